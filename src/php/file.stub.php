<?php

/** @generate-class-entries */

namespace Event;

/**
 * Files without blocking the loop (node's fs): every call runs on a pool of threads
 * (EDGES_THREADPOOL_SIZE, default 4) and its callback comes from the loop, error first:
 * $callback(?Event\FileException $error, mixed $result). An instance is an open file
 * (node's FileHandle), from File::open().
 *
 * @property-read int|null $fd the descriptor, null once closed
 * @property-read string $path
 */
final class File
{
    private function __construct() {}

    /** $callback(?FileException $error, string $contents) */
    public static function readFile(string $path, callable $callback): void {}

    /** Options: 'flags' ('w', 'wx', 'a' ...), 'mode' (0666). $callback(?FileException $error) */
    public static function writeFile(string $path, string $data, array|callable $options, ?callable $callback = null): void {}

    /** $callback(?FileException $error) */
    public static function appendFile(string $path, string $data, callable $callback): void {}

    /**
     * $callback(?FileException $error, array $stat): size, mode, isFile, isDirectory, isSymbolicLink,
     * mtime, atime, ctime (float seconds), dev, ino, nlink, uid, gid, blksize, blocks.
     */
    public static function stat(string $path, callable $callback): void {}

    /** As stat(), of a symbolic link itself. */
    public static function lstat(string $path, callable $callback): void {}

    /** Removes the file $path; $callback(?FileException $e). */
    public static function unlink(string $path, callable $callback): void {}

    /** Renames $from to $to (replacing $to); $callback(?FileException $e). */
    public static function rename(string $from, string $to, callable $callback): void {}

    /** Options: 'recursive' (bool: parents too, no error when it exists), 'mode' (0777). */
    public static function mkdir(string $path, array|callable $options, ?callable $callback = null): void {}

    /** Options: 'recursive' (bool: a directory and what is in it), 'force' (bool: no error when missing). */
    public static function rm(string $path, array|callable $options, ?callable $callback = null): void {}

    /** $callback(?FileException $error, array $names): sorted, without "." and "..". */
    public static function readdir(string $path, callable $callback): void {}

    /** $callback(?FileException $error, string $resolved) */
    public static function realpath(string $path, callable $callback): void {}

    /** Options: 'exclusive' (bool: fail when $to exists). In the kernel (copy_file_range) where it can. */
    public static function copyFile(string $from, string $to, array|callable $options, ?callable $callback = null): void {}

    /** Cuts or extends the file $path to $length bytes; $callback(?FileException $e). */
    public static function truncate(string $path, int $length, callable $callback): void {}

    /**
     * A readable stream of the file (node's fs.createReadStream). Options: 'start', 'end'
     * (byte offsets, both included), 'highWaterMark' (bytes per read, 65536), 'flags' ('r').
     * Events: 'open' (int $fd), 'ready', 'data' (string), 'end', 'error' (FileException), 'close'.
     */
    // Promise twins of the calls above (error-first callbacks become promises: the result,
    // or the Event\FileException as the reason).

    /** readFile() as a promise: of the file's contents, or rejected with the FileException. */
    public static function readFileAsync(string $path): \Event\Promise {}

    /** writeFile() as a promise: of null once written, or rejected with the FileException. */
    public static function writeFileAsync(string $path, string $data, array $options = []): \Event\Promise {}

    /** appendFile() as a promise: of null once written, or rejected with the FileException. */
    public static function appendFileAsync(string $path, string $data): \Event\Promise {}

    /** stat() as a promise: of the stat array, or rejected with the FileException. */
    public static function statAsync(string $path): \Event\Promise {}

    /**
     * lstat() as a promise: of the stat array (of a link itself), or rejected with the
     * FileException.
     */
    public static function lstatAsync(string $path): \Event\Promise {}

    /** unlink() as a promise: of null once removed, or rejected with the FileException. */
    public static function unlinkAsync(string $path): \Event\Promise {}

    /** rename() as a promise: of null once renamed, or rejected with the FileException. */
    public static function renameAsync(string $from, string $to): \Event\Promise {}

    /**
     * mkdir() as a promise ('recursive' option): of null once made, or rejected with the
     * FileException.
     */
    public static function mkdirAsync(string $path, array $options = []): \Event\Promise {}

    /**
     * rm() as a promise ('recursive', 'force' options): of null once removed, or rejected with
     * the FileException.
     */
    public static function rmAsync(string $path, array $options = []): \Event\Promise {}

    /** readdir() as a promise: of the list of names, or rejected with the FileException. */
    public static function readdirAsync(string $path): \Event\Promise {}

    /** realpath() as a promise: of the resolved path, or rejected with the FileException. */
    public static function realpathAsync(string $path): \Event\Promise {}

    /**
     * copyFile() as a promise ('exclusive' option): of null once copied, or rejected with the
     * FileException.
     */
    public static function copyFileAsync(string $from, string $to, array $options = []): \Event\Promise {}

    /** truncate() as a promise: of null once done, or rejected with the FileException. */
    public static function truncateAsync(string $path, int $length): \Event\Promise {}

    /** A promise of the Event\File handle. */
    public static function openAsync(string $path, string $flags): \Event\Promise {}

    /**
     * A readable stream of the file $path (options 'start', 'end' inclusive, 'highWaterMark'
     * 65536): events 'open', 'data', 'end', 'error', 'close'; pause(), resume(), pipe().
     */
    public static function createReadStream(string $path, array $options = []): File\ReadStream {}

    /**
     * A writable stream to the file (node's fs.createWriteStream). Options: 'flags' ('w'; 'a'
     * appends), 'mode' (0666), 'start' (byte offset), 'highWaterMark' (16384: write() returns
     * false past it). Events: 'open' (int $fd), 'ready', 'drain', 'finish', 'error', 'close'.
     */
    public static function createWriteStream(string $path, array $options = []): File\WriteStream {}

    /**
     * Watches a file or a directory (node's fs.watch, on inotify): $listener(string $event,
     * ?string $filename) with $event 'change' (contents or attributes) or 'rename' (created,
     * deleted, moved). Options: 'recursive' (bool: directories below, those created later
     * too), 'persistent' (bool, true: keeps the loop alive). Throws FileException when the
     * path cannot be watched.
     */
    public static function watch(string $path, array|callable $options = [], ?callable $listener = null): File\Watcher {}

    /** $flags: 'r', 'r+', 'w', 'wx', 'w+', 'a', 'ax', 'a+'. $callback(?FileException $error, ?File $file) */
    public static function open(string $path, string $flags, callable $callback): void {}

    /** Reads up to $length bytes at $position (null: where the last read ended). $callback(?FileException $error, string $data) */
    public function read(int $length, ?int $position, callable $callback): void {}

    /** $callback(?FileException $error, int $written) */
    public function write(string $data, ?int $position, callable $callback): void {}

    /** $callback(?FileException $error, array $stat) */
    public function fstat(callable $callback): void {}

    /** $callback(?FileException $error) */
    public function sync(callable $callback): void {}

    /** $callback(?FileException $error) */
    public function close(?callable $callback = null): void {}
}
