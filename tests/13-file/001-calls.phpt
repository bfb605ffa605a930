--TEST--
Event\File: every call with its result, and the errors of each (missing path, a directory where a file is expected, a file where a directory is expected), as node's error-first callbacks
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/file.inc';
use Event\File;
$guard = edges_guard(30);
$d = file_tmpdir('calls');
$show = fn(string $what) => fn(?Throwable $e, $r = null) => print("$what: " . file_err($e) . ($r !== null && !$e ? ' => ' . (is_array($r) ? json_encode($r) : var_export($r, true)) : '') . "\n");

file_series([
    fn($next) => File::writeFile("$d/a.txt", "hello", function ($e) use ($show, $next) { $show('writeFile')($e); $next(); }),
    fn($next) => File::appendFile("$d/a.txt", " world", function ($e) use ($show, $next) { $show('appendFile')($e); $next(); }),
    fn($next) => File::readFile("$d/a.txt", function ($e, $data) use ($show, $next) { $show('readFile')($e, $data); $next(); }),
    fn($next) => File::writeFile("$d/a.txt", "x", ['flags' => 'wx'], function ($e) use ($show, $next) { $show('writeFile wx on an existing file')($e); $next(); }),
    fn($next) => File::writeFile("$d/mode.txt", "m", ['mode' => 0600], function ($e) use ($show, $next, $d) { $show('writeFile mode 0600')($e); printf("mode %o\n", fileperms("$d/mode.txt") & 0777); $next(); }),
    fn($next) => File::stat("$d/a.txt", function ($e, $st) use ($next) {
        echo "stat: size {$st['size']} file ", var_export($st['isFile'], true), " dir ", var_export($st['isDirectory'], true),
            " link ", var_export($st['isSymbolicLink'], true), " mtime float ", var_export(is_float($st['mtime']) && $st['mtime'] > 1e9, true),
            " keys ", implode(',', array_keys($st)), "\n";
        $next();
    }),
    fn($next) => symlink("$d/a.txt", "$d/link") && File::lstat("$d/link", function ($e, $st) use ($next) {
        echo "lstat of a link: link ", var_export($st['isSymbolicLink'], true), " file ", var_export($st['isFile'], true), "\n";
        $next();
    }),
    fn($next) => File::mkdir("$d/x/y/z", function ($e) use ($show, $next) { $show('mkdir without recursive')($e); $next(); }),
    fn($next) => File::mkdir("$d/x/y/z", ['recursive' => true], function ($e) use ($show, $next) { $show('mkdir recursive')($e); $next(); }),
    fn($next) => File::mkdir("$d/x/y/z", ['recursive' => true], function ($e) use ($show, $next) { $show('mkdir recursive, again')($e); $next(); }),
    fn($next) => File::mkdir("$d/x", function ($e) use ($show, $next) { $show('mkdir existing')($e); $next(); }),
    fn($next) => File::mkdir("$d/a.txt/sub", function ($e) use ($show, $next) { $show('mkdir under a file')($e); $next(); }),
    fn($next) => File::writeFile("$d/x/y/z/f", "f", function ($e) use ($next) { $next(); }),
    fn($next) => File::readdir($d, function ($e, $names) use ($show, $next) { $show('readdir')($e, $names); $next(); }),
    fn($next) => File::readdir("$d/a.txt", function ($e, $names) use ($show, $next) { $show('readdir of a file')($e, $names); $next(); }),
    fn($next) => File::readFile("$d/x", function ($e, $data) use ($show, $next) { $show('readFile of a directory')($e, $data); $next(); }),
    fn($next) => File::readFile("$d/missing", function ($e, $data) use ($show, $next) {
        $show('readFile missing')($e, $data);
        echo "  class ", get_class($e), ", syscall {$e->syscall}, errno {$e->errno}, path ", basename($e->path), ", data ", var_export($data, true), "\n";
        $next();
    }),
    fn($next) => File::readFile("$d/a.txt/nope", function ($e, $data) use ($show, $next) { $show('readFile under a file')($e, $data); $next(); }),
    fn($next) => File::realpath("$d/x/../link", function ($e, $p) use ($next, $d) { echo "realpath: ", $p === realpath("$d/a.txt") ? 'resolved' : $p, "\n"; $next(); }),
    fn($next) => File::rename("$d/a.txt", "$d/b.txt", function ($e) use ($show, $next) { $show('rename')($e); $next(); }),
    fn($next) => File::rename("$d/a.txt", "$d/c.txt", function ($e) use ($show, $next) { $show('rename missing')($e); $next(); }),
    fn($next) => File::rename("$d/b.txt", "$d/x", function ($e) use ($show, $next) { $show('rename a file onto a directory')($e); $next(); }),
    fn($next) => File::copyFile("$d/b.txt", "$d/c.txt", function ($e) use ($show, $next, $d) { $show('copyFile')($e); echo "  copy: ", file_get_contents("$d/c.txt"), "\n"; $next(); }),
    fn($next) => File::copyFile("$d/b.txt", "$d/c.txt", ['exclusive' => true], function ($e) use ($show, $next) { $show('copyFile exclusive onto an existing file')($e); $next(); }),
    fn($next) => File::copyFile("$d/x", "$d/d.txt", function ($e) use ($show, $next) { $show('copyFile of a directory')($e); $next(); }),
    fn($next) => File::truncate("$d/c.txt", 3, function ($e) use ($show, $next, $d) { $show('truncate')($e); echo "  now: ", file_get_contents("$d/c.txt"), "\n"; $next(); }),
    fn($next) => File::truncate("$d/x", 3, function ($e) use ($show, $next) { $show('truncate a directory')($e); $next(); }),
    fn($next) => File::unlink("$d/c.txt", function ($e) use ($show, $next) { $show('unlink')($e); $next(); }),
    fn($next) => File::unlink("$d/c.txt", function ($e) use ($show, $next) { $show('unlink missing')($e); $next(); }),
    fn($next) => File::unlink("$d/x", function ($e) use ($show, $next) { $show('unlink a directory')($e); $next(); }),
    fn($next) => File::rm("$d/x", function ($e) use ($show, $next) { $show('rm a directory without recursive')($e); $next(); }),
    fn($next) => File::rm("$d/x", ['recursive' => true], function ($e) use ($show, $next, $d) { $show('rm recursive')($e); echo "  gone: ", var_export(!file_exists("$d/x"), true), "\n"; $next(); }),
    fn($next) => File::rm("$d/x", function ($e) use ($show, $next) { $show('rm missing')($e); $next(); }),
    fn($next) => File::rm("$d/x", ['force' => true], function ($e) use ($show, $next) { $show('rm missing with force')($e); $next(); }),
    // Handles
    fn($next) => File::open("$d/b.txt", 'r+', function ($e, $f) use ($next) {
        echo "open: ", get_class($f), " fd int ", var_export(is_int($f->fd), true), " path ", basename($f->path), "\n";
        $f->read(5, null, function ($e, $data) use ($f, $next) {
            echo "read 5 at the position: ", var_export($data, true), "\n";
            $f->read(100, null, function ($e, $data) use ($f, $next) {
                echo "read on: ", var_export($data, true), "\n";
                $f->read(3, 6, function ($e, $data) use ($f, $next) {
                    echo "read 3 at 6: ", var_export($data, true), "\n";
                    $f->write('HELLO', 0, function ($e, $n) use ($f, $next) {
                        echo "write at 0: $n\n";
                        $f->fstat(function ($e, $st) use ($f, $next) {
                            echo "fstat size {$st['size']}\n";
                            $f->sync(function ($e) use ($f, $next) {
                                echo "sync: ", file_err($e), "\n";
                                $f->close(function ($e) use ($f, $next) {
                                    echo "close: ", file_err($e), ", fd now ", var_export($f->fd, true), "\n";
                                    $f->read(1, null, function ($e, $d) use ($f, $next) {
                                        echo "read after close: ", file_err($e), "\n";
                                        $f->close(function ($e) use ($next) { echo "close again: ", file_err($e), "\n"; $next(); });
                                    });
                                });
                            });
                        });
                    });
                });
            });
        });
    }),
    fn($next) => File::readFile("$d/b.txt", function ($e, $data) use ($next) { echo "after the writes: $data\n"; $next(); }),
    fn($next) => File::open("$d/nope", 'r', function ($e, $f) use ($show, $next) { $show('open missing')($e, $f); $next(); }),
    fn($next) => File::open("$d/b.txt", 'wx', function ($e, $f) use ($show, $next) { $show('open wx existing')($e, $f); $next(); }),
    // close() with reads still in flight waits for them
    fn($next) => File::open("$d/b.txt", 'r', function ($e, $f) use ($next) {
        $got = [];
        for ($i = 0; $i < 4; $i++) $f->read(2, $i * 2, function ($e, $d) use (&$got, $i) { $got[$i] = file_err($e) . " $d"; });
        $f->close(function ($e) use (&$got, $next) { ksort($got); echo "close after 4 reads in flight: ", file_err($e), "; reads: ", implode(', ', $got), "\n"; $next(); });
    }),
    function ($next) {
        // Bad arguments are PHP errors at once.
        foreach ([
            fn() => File::open('/tmp/x', 'rw', fn() => 0),
            fn() => File::writeFile('/tmp/x', 'd', ['flags' => 'q'], fn() => 0),
            fn() => File::mkdir('/tmp/x', ['recursive' => 'yes'], fn() => 0),
            fn() => File::readFile("/tmp/a\0b", fn() => 0),
            fn() => File::truncate('/tmp/x', -1, fn() => 0),
            fn() => File::mkdir('/tmp/x', ['recursive' => true]),
            fn() => File::stat('/tmp/x', 'no such function'),
        ] as $bad) {
            try { $bad(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        }
        $next();
    },
]);
Event\Loop::run();
echo "done\n";
?>
--EXPECTF--
writeFile: ok
appendFile: ok
readFile: ok => 'hello world'
writeFile wx on an existing file: EEXIST [open]: EEXIST: File exists, open '%s/a.txt'
writeFile mode 0600: ok
mode 600
stat: size 11 file true dir false link false mtime float true keys dev,ino,mode,nlink,uid,gid,rdev,size,blksize,blocks,atime,mtime,ctime,isFile,isDirectory,isSymbolicLink
lstat of a link: link true file false
mkdir without recursive: ENOENT [mkdir]: ENOENT: No such file or directory, mkdir '%s/x/y/z'
mkdir recursive: ok
mkdir recursive, again: ok
mkdir existing: EEXIST [mkdir]: EEXIST: File exists, mkdir '%s/x'
mkdir under a file: ENOTDIR [mkdir]: ENOTDIR: Not a directory, mkdir '%s/a.txt/sub'
readdir: ok => ["a.txt","link","mode.txt","x"]
readdir of a file: ENOTDIR [scandir]: ENOTDIR: Not a directory, scandir '%s/a.txt'
readFile of a directory: EISDIR [read]: EISDIR: Is a directory, read '%s/x'
readFile missing: ENOENT [open]: ENOENT: No such file or directory, open '%s/missing'
  class Event\FileException, syscall open, errno 2, path missing, data NULL
readFile under a file: ENOTDIR [open]: ENOTDIR: Not a directory, open '%s/a.txt/nope'
realpath: resolved
rename: ok
rename missing: ENOENT [rename]: ENOENT: No such file or directory, rename '%s/a.txt' -> '%s/c.txt'
rename a file onto a directory: EISDIR [rename]: EISDIR: Is a directory, rename '%s/b.txt' -> '%s/x'
copyFile: ok
  copy: hello world
copyFile exclusive onto an existing file: EEXIST [copyfile]: EEXIST: File exists, copyfile '%s/b.txt' -> '%s/c.txt'
copyFile of a directory: EISDIR [copyfile]: EISDIR: Is a directory, copyfile '%s/x' -> '%s/d.txt'
truncate: ok
  now: hel
truncate a directory: EISDIR [truncate]: EISDIR: Is a directory, truncate '%s/x'
unlink: ok
unlink missing: ENOENT [unlink]: ENOENT: No such file or directory, unlink '%s/c.txt'
unlink a directory: EISDIR [unlink]: EISDIR: Is a directory, unlink '%s/x'
rm a directory without recursive: EISDIR [rm]: EISDIR: Is a directory, rm '%s/x'
rm recursive: ok
  gone: true
rm missing: ENOENT [rm]: ENOENT: No such file or directory, rm '%s/x'
rm missing with force: ok
open: Event\File fd int true path b.txt
read 5 at the position: 'hello'
read on: ' world'
read 3 at 6: 'wor'
write at 0: 5
fstat size 11
sync: ok
close: ok, fd now NULL
read after close: EBADF [read]: EBADF: Bad file descriptor, read
close again: EBADF [close]: EBADF: Bad file descriptor, close
after the writes: HELLO world
open missing: ENOENT [open]: ENOENT: No such file or directory, open '%s/nope'
open wx existing: EEXIST [open]: EEXIST: File exists, open '%s/b.txt'
close after 4 reads in flight: ok; reads: ok HE, ok LL, ok O , ok wo
ValueError: Event\File::open(): Argument #2 ($flags) must be one of 'r', 'r+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+'
ValueError: Event\File::writeFile(): Argument #3 ($options) option 'flags' must be one of 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'r+'
TypeError: Event\File::mkdir(): Argument #2 ($options) option 'recursive' must be of type bool, string given
ValueError: Event\File::readFile(): Argument #1 ($path) must not contain any null bytes
ValueError: Event\File::truncate(): Argument #2 ($length) must be greater than or equal to 0
TypeError: Event\File::mkdir(): Argument #3 ($callback) must be a valid callback, none given
TypeError: Event\File::stat(): Argument #2 ($callback) must be a valid callback
done
