<?php

// Generated from src/php/*.stub.php by `make ide-stubs` (stubs/generate.php): do not edit.
// IDE stubs of the edges extension (namespace Event): declarations and doc comments only.

// cluster.stub.php
namespace Event {
    /**
     * This process's place in a cluster started with `bin/edges --workers N script.php`:
     * N workers run the script, a primary (no user code) supervises them and shares their
     * listening sockets. Outside a cluster: worker 0 of 1.
     */
    final class Cluster
    {
        private function __construct() {}

        /**
         * Whether this process is a worker of a cluster (bin/edges --workers N); false in a plain
         * process.
         */
        public static function isWorker(): bool {}

        /** 0 .. workers() - 1; a replacement worker has the id of the one it replaces. */
        public static function workerId(): int {}

        /** How many workers the cluster has; 1 outside a cluster. */
        public static function workers(): int {}

        /**
         * The worker that owns $key: a consistent hash, stable across reloads and respawns.
         * $workers: for that many workers instead of this cluster's (a client computing where a key goes).
         */
        public static function ownerOf(string $key, ?int $workers = null): int {}

        /**
         * Sends a message to a worker (to itself too); one sent to a worker being replaced
         * reaches its replacement; order is kept from one worker to another.
         */
        public static function send(int $workerId, string $message): void {}

        /** Events: 'message' (string $message, int $fromWorker). */
        public static function on(string $event, callable $listener): void {}

        /** Removes a 'message' listener (all of them without $listener). */
        public static function off(string $event, ?callable $listener = null): void {}

        /**
         * bin/edges --workers runs this, not scripts: the primary, starting $workers workers
         * with $command (the PHP binary and its arguments). Returns the exit status.
         */
        public static function primary(array $command, int $workers, string $watch = ""): int {}
    }
}

// datagram.stub.php
namespace Event {
    /**
     * A UDP socket (node's dgram). Events: 'message' (string $msg, array $rinfo with
     * address, port, family, size), 'error', 'close'.
     */
    final class Datagram extends Emitter
    {
        private function __construct() {}

        /** Binds to $host:$port (port 0 picks a free port) and starts receiving. */
        public static function bind(int $port = 0, string $host = '0.0.0.0'): Datagram {}

        /** Where the socket is bound: ['address' => ..., 'port' => ..., 'family' => 'IPv4'|'IPv6']. */
        public function address(): array {}

        /** Sends one datagram; a host name is resolved first (failures arrive as 'error'). */
        public function send(string $message, int $port, string $host = '127.0.0.1'): void {}

        /** Stops receiving and closes the socket; $onClose (and 'close') once it is closed. */
        public function close(?callable $onClose = null): void {}

        /** Lets the socket keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the socket is still bound. */
        public function unref(): static {}
    }
}

// dns.stub.php
namespace Event {
    /** Host name lookups through the loop's resolver (node's dns.lookup). */
    final class Dns
    {
        private function __construct() {}

        /**
         * A promise of ['address' => string, 'family' => 4|6] (the first answer), or with
         * 'all' => true of the list of them. Options: 'family' (0, 4 or 6), 'all' (bool). A name
         * that does not resolve rejects with Event\DnsException (code ENOTFOUND ...).
         */
        public static function lookup(string $host, array $options = []): Promise {}
    }
}

// emitter.stub.php
namespace Event {
    /**
     * Node's EventEmitter. Every edges class that emits events extends it, and
     * user classes may extend it too.
     */
    class Emitter
    {
        /** Adds $listener for $event, after those there are (node's on/addListener). */
        public function on(string $event, callable $listener): static {}

        /** Adds $listener for the next $event only: it is removed before it is called. */
        public function once(string $event, callable $listener): static {}

        /** Removes $listener from $event; without $listener, every listener of $event. */
        public function off(string $event, ?callable $listener = null): static {}

        /**
         * Calls the listeners of $event registered when it starts, in order, with $args; whether
         * there were any. 'error' with no listener throws its argument; a listener's exception
         * stops the emit and goes to the caller.
         */
        public function emit(string $event, mixed ...$args): bool {}

        /** How many listeners $event has. */
        public function listenerCount(string $event): int {}
    }
}

// errors.stub.php
namespace Event {
    /** Base of every operational failure edges reports (bind in use, refused, DNS, peer reset...). */
    class Exception extends \Exception
    {
    }

    /** A socket operation failed; the code is the OS errno (ECONNREFUSED, EADDRINUSE, ECONNRESET...). */
    class SocketException extends Exception
    {
    }

    /** A host name did not resolve; the code is the resolver's (EVUTIL_EAI_*) code. */
    class DnsException extends Exception
    {
    }

    /**
     * A TLS failure: a handshake refused (the code is node's name for it: 'CERT_HAS_EXPIRED',
     * 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER',
     * 'ERR_TLS_HANDSHAKE_TIMEOUT'; the message OpenSSL's reason), or bad TLS options.
     */
    class TLSException extends Exception
    {
    }

    /** A WebSocket failure: a refused handshake, a protocol violation (code: the close code sent), a dropped connection. */
    class WebSocketException extends Exception
    {
    }

    /** A bad HTTP request ('clientError'); the code is the status it was answered with (400, 408, 413, 414, 431). */
    class HttpException extends Exception
    {
    }

    /**
     * A child process failed: it could not start (code: the errno name, 'ENOENT', 'EACCES'),
     * it exited with a status other than 0 (code: that status), a signal ended it, or it
     * went past maxBuffer or timeout (Event\Process::exec()).
     */
    class ProcessException extends Exception
    {
        /** The signal that ended the child ('SIGTERM'), if one did. */
        public ?string $signal = null;

        /** Whether edges killed it (timeout, maxBuffer). */
        public bool $killed = false;
    }

    /**
     * A file system call failed. As node's: the code is the errno name ('ENOENT', 'EISDIR',
     * 'ENOTDIR', 'EACCES' ...), the message names the call and the path.
     */
    class FileException extends Exception
    {
        /** The system call that failed ('open', 'connect' ...), or ''. */
        public string $syscall = "";

        /** The path the call was about, or ''. */
        public string $path = "";

        /** The errno value (ENOENT is 2), or 0. */
        public int $errno = 0;
    }

    /**
     * A PostgreSQL failure (Event\Postgres). As PDOException's, the code is the SQLSTATE
     * ('23505' unique_violation, '42P01' undefined_table, '57014' query_canceled ...): the
     * server's for an error it reported, '08001' when no connection could be made, '08006' when
     * the connection was lost, '08003' when the pool was closed; the message is the server's
     * (or libpq's) primary message.
     */
    class PostgresException extends Exception
    {
        /** The SQLSTATE (the same as getCode()). */
        public string $sqlState = "";

        /** The server's DETAIL line, if any. */
        public ?string $detail = null;

        /** The server's HINT line, if any. */
        public ?string $hint = null;
    }
}

// file.stub.php
namespace Event {
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
}

// file_stream.stub.php
namespace Event\File {
    /**
     * A file read in chunks on the thread pool (node's fs.ReadStream), from
     * Event\File::createReadStream(). As Event\Socket: reading starts at once, what comes
     * before a 'data' listener (or resume()) is held, and pause() stops the reading.
     *
     * @property-read string $path
     * @property-read int $bytesRead
     * @property-read bool $pending true until the file is open
     * @property-read bool $destroyed
     */
    final class ReadStream extends \Event\Emitter
    {
        private function __construct() {}

        /** Adds a listener (as Emitter::on()); a 'data' listener starts the flow. */
        public function on(string $event, callable $listener): static {}

        /**
         * Adds a listener for the next event only (as Emitter::once()); a 'data' listener starts
         * the flow.
         */
        public function once(string $event, callable $listener): static {}

        /** Stops 'data' events until resume() (reads stop too). */
        public function pause(): static {}

        /** Starts 'data' events again. */
        public function resume(): static {}

        /**
         * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
         * pausing while its write() returns false; option 'end' (true): end() it after the last.
         */
        public function pipe(\Event\Emitter $destination, array $options = []): \Event\Emitter {}

        /** Stops reading and closes the file ('close' follows). */
        public function destroy(): static {}
    }

    /**
     * A file written in order on the thread pool (node's fs.WriteStream), from
     * Event\File::createWriteStream(). write() queues; it returns false once the queue holds
     * the high-water mark, and 'drain' says when to go on.
     *
     * @property-read string $path
     * @property-read int $bytesWritten
     * @property-read int $writableLength bytes queued, not written yet
     * @property-read bool $pending true until the file is open
     * @property-read bool $destroyed
     */
    final class WriteStream extends \Event\Emitter
    {
        private function __construct() {}

        /**
         * Queues $data to be written at the stream's position; false once more than the high-water
         * mark waits: wait for 'drain'.
         */
        public function write(string $data): bool {}

        /** Writes $data (when given), then closes the file: 'finish', then 'close'. */
        public function end(?string $data = null, ?callable $onFinish = null): static {}

        /** Closes the file without writing what is queued ('close' follows). */
        public function destroy(): static {}
    }
}

// file_watcher.stub.php
namespace Event\File {
    /**
     * A watch from Event\File::watch(). Events: 'change' (string $event, ?string $filename),
     * 'error' (FileException: the kernel's queue overflowed and events were lost; the watch
     * goes on), 'close'.
     *
     * @property-read string $path
     */
    final class Watcher extends \Event\Emitter
    {
        private function __construct() {}

        /** Stops watching ('close' follows). */
        public function close(): void {}

        /** Lets the watcher keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the watcher is open. */
        public function unref(): static {}
    }
}

// functions.stub.php
namespace Event {
    /** Calls $callback(...$args) once, $ms milliseconds from now (node's setTimeout; 1 ms at least). */
    function setTimeout(callable $callback, float $ms = 0, mixed ...$args): Timer {}

    /** Calls $callback(...$args) every $ms milliseconds until cleared (node's setInterval). */
    function setInterval(callable $callback, float $ms, mixed ...$args): Timer {}

    /** Cancels a timer of setTimeout() (null: nothing). */
    function clearTimeout(?Timer $timer): void {}

    /** Cancels a timer of setInterval() (null: nothing). */
    function clearInterval(?Timer $timer): void {}

    /** Calls $callback(...$args) in the next loop iteration, after its I/O (node's setImmediate). */
    function setImmediate(callable $callback, mixed ...$args): void {}

    /** Runs $fn(...$args) in a new Fiber; its return value fulfills the promise, a throw rejects it. */
    function async(callable $fn, mixed ...$args): Promise {}

    /**
     * Suspends the current Fiber until $promise settles: its value, or its reason thrown. At the
     * top level of the script (outside any Fiber, the loop not running) it runs the loop until then.
     */
    function await(Promise $promise): mixed {}

    /** A promise fulfilled (with null) after $ms milliseconds. */
    function sleep(float $ms): Promise {}
}

// http.stub.php
namespace Event {
    /** node's http module: `(new Event\HTTP())->createServer($handler)` or `Event\HTTP::createServer($options, $handler)`. */
    final class HTTP
    {
        /**
         * The HTTP module as an object (the original API's form: (new
         * Event\HTTP())->createServer($onRequest)).
         */
        public function __construct() {}

        /**
         * createServer(callable $onRequest) or createServer(array $options, ?callable $onRequest = null).
         * Options (node's defaults): maxHeaderSize 16384, headersTimeout 60000, requestTimeout 300000,
         * keepAliveTimeout 5000, maxRequestsPerSocket 0, maxBodySize 0 (unlimited), noDelay true, backlog 511.
         */
        public static function createServer(array|callable $options, ?callable $onRequest = null): HTTP\Server {}

        /**
         * node's http.request/https.request: request(string $url), request($url, callable $onResponse),
         * request($url, array $options, ?callable $onResponse), request(array $options, ?callable $onResponse).
         * Options: protocol ('http:'|'https:'), hostname (or host), port, path, method, headers, auth
         * ('user:password'), timeout (ms), agent (an Event\HTTP\Agent, or false for a connection of
         * its own), socketPath, tls (true or TLS options), followRedirects (int), decompress (bool).
         * Nothing is sent before write() or end().
         */
        public static function request(string|array $url, array|callable|null $options = null, ?callable $onResponse = null): HTTP\ClientRequest {}

        /** As request() with method GET, and end() already called. */
        public static function get(string|array $url, array|callable|null $options = null, ?callable $onResponse = null): HTTP\ClientRequest {}

        /**
         * The promise form of request() (the shape of the web's fetch): a promise of the response
         * (Event\HTTP\IncomingMessage: then text() or json()), rejected with what 'error' would
         * give. fetch($url), fetch($url, $options), fetch($options); request()'s options plus
         * 'body' (string); redirects are followed (20) and bodies decoded unless the options say
         * otherwise.
         */
        public static function fetch(string|array $url, ?array $options = null): Promise {}

        /** The agent requests use when their options name none (keep-alive, as node's since 19). */
        public static function globalAgent(): HTTP\Agent {}
    }
}

// http_client.stub.php
namespace Event\HTTP {
    /**
     * An outgoing request (node's http.ClientRequest), from Event\HTTP::request() or ::get().
     * Events: 'response' (Event\HTTP\IncomingMessage), 'error' (Event\SocketException,
     * Event\DnsException, Event\TLSException or Event\HttpException: nothing came back),
     * 'timeout' (the socket was idle for the 'timeout' option's ms; abort() it or wait on),
     * 'drain', 'close' (last, always).
     *
     * @property-read string $method
     * @property-read string $path
     * @property-read string $host
     * @property-read string $protocol 'http:' or 'https:'
     * @property-read bool $reusedSocket the request went out on a kept-alive socket
     * @property-read bool $writableEnded end() was called
     * @property-read bool $aborted
     * @property-read int $redirectCount redirects followed
     */
    final class ClientRequest extends \Event\Emitter
    {
        private function __construct() {}

        /** Sets a header to send (before the head goes out with the first write() or end()). */
        public function setHeader(string $name, string|int|float|array $value): static {}

        /** A header set on the request (a list for repeated ones), or null. */
        public function getHeader(string $name): string|array|null {}

        /** Whether the request has the header $name (any case). */
        public function hasHeader(string $name): bool {}

        /** Removes the header $name before the head is sent. */
        public function removeHeader(string $name): static {}

        /** The headers to send, names lowercased. */
        public function getHeaders(): array {}

        /**
         * Sends a chunk of the body (chunked transfer coding unless a Content-Length was set).
         * False when more than 16 KiB is waiting: wait for 'drain'.
         */
        public function write(string $chunk): bool {}

        /** Sends $data if given and finishes the request; $callback runs once at 'response' time. */
        public function end(?string $data = null, ?callable $callback = null): static {}

        /** Closes the connection: no 'response' from now on (an unfinished response emits 'aborted'). */
        public function abort(): static {}

        /** node's destroy(): abort(), then 'error' with $error when given. */
        public function destroy(?\Throwable $error = null): static {}

        /** The idle timeout in ms (0: none); $callback is added as a 'timeout' listener. */
        public function setTimeout(int $ms, ?callable $callback = null): static {}
    }

    /**
     * A response to an Event\HTTP\ClientRequest (node's IncomingMessage). The body flows as
     * 'data' (string) chunks once it has a consumer (a 'data' listener, resume(), pipe() or body()),
     * then 'end'; 'aborted' and 'error' (ECONNRESET) when the connection breaks first; 'close' last.
     * Until a consumer comes the body is held (reading stops past 16 KiB).
     *
     * @property-read int $statusCode
     * @property-read string $statusMessage
     * @property-read string $httpVersion
     * @property-read array $headers names lowercased, as node's
     * @property-read array $rawHeaders
     * @property-read string $url the URL that answered (after redirects)
     * @property-read bool $complete
     */
    final class IncomingMessage extends \Event\Emitter
    {
        private function __construct() {}

        /** Adds a listener (as Emitter::on()); a 'data' listener starts the body's flow. */
        public function on(string $event, callable $listener): static {}

        /** Adds a listener for the next event only; a 'data' listener starts the body's flow. */
        public function once(string $event, callable $listener): static {}

        /** Stops 'data' events (and reading from the socket) until resume(). */
        public function pause(): static {}

        /** Starts 'data' events again. */
        public function resume(): static {}

        /** As Event\HTTP\Request::pipe(). */
        public function pipe(\Event\Emitter $destination, array $options = []): \Event\Emitter {}

        /** Calls $callback(string $body) with the whole body once it has arrived. */
        public function body(callable $callback): static {}

        /** The whole body, as a promise (body() underneath). */
        public function text(): \Event\Promise {}

        /** The body decoded as JSON (to arrays), as a promise; a body that is not JSON rejects with JsonException. */
        public function json(): \Event\Promise {}
    }

    /**
     * Keeps connections for later requests to the same host (node's http.Agent). Options:
     * keepAlive (true), maxSockets (per host, 0: no limit), maxFreeSockets (256),
     * freeSocketTimeout (ms an idle socket is kept, 4000). Idle sockets do not keep the loop alive.
     */
    final class Agent
    {
        /**
         * A pool of connections per host (node's http.Agent): 'keepAlive' (true), 'maxSockets' per
         * host (0: no limit), 'maxFreeSockets' (256), 'freeSocketTimeout' ms (4000).
         */
        public function __construct(array $options = []) {}

        /** Closes the idle sockets; busy ones close when their request is done. */
        public function destroy(): void {}

        /** Idle and busy sockets: ['idle' => int, 'open' => int]. */
        public function sockets(): array {}
    }
}

// http_file_server.stub.php
namespace Event\HTTP {
    /**
     * Static files from a directory, as nginx serves them (see docs/http-server.md, "Static files"):
     * GET and HEAD, sendfile(2), Content-Type from /etc/mime.types, ETag and Last-Modified with
     * 304s, one byte range (206; 416 when it cannot be met), an index file for directories,
     * precompressed .br/.gz siblings by Accept-Encoding, and an open-file cache. Nothing outside
     * $root is served: "..", encoded slashes, backslashes and NUL bytes get 403, and so does a
     * symbolic link leading outside.
     *
     * Options: 'index' (string|array|false, 'index.html'), 'etag' (true), 'lastModified' (true),
     * 'precompressed' (true), 'fallthrough' (true: handle() returns false for a missing file or a
     * method other than GET and HEAD; false: 404 / 405), 'redirect' (true: "/dir" -> 301 "/dir/"),
     * 'dotfiles' ('ignore': as missing, 'allow', 'deny': 403), 'maxAge' (seconds, 0:
     * Cache-Control: public, max-age=N), 'cacheValid' (ms a descriptor and its stat are reused,
     * 1000), 'cacheMax' (entries, 1024; 0: no cache).
     *
     * @property-read string $root
     */
    final class FileServer
    {
        /**
         * Serves the files below $root (node's serve-static / nginx): options 'maxAge', 'index',
         * 'dotfiles' ('ignore'|'allow'|'deny'), 'fallthrough', 'redirect', 'etag', 'lastModified',
         * 'precompressed' (see docs/http-server.md).
         */
        public function __construct(string $root, array $options = []) {}

        /**
         * Answers $req when it is for a file under the root (true), else leaves $res alone and
         * returns false so the application goes on. Throws when $res has started already.
         * With $path (a file path below the root, taken as it is: not URL-decoded; the leading
         * '/' optional), that file answers instead of the one the URL names (X-Sendfile, Express'
         * res.sendFile()): the request still decides the method, conditionals and range, and
         * headers set on $res beforehand go out with it (the file's own win, but for a
         * Content-Type the application set). Empty: ValueError.
         */
        public function handle(Request $req, Response $res, ?string $path = null): bool {}
    }
}

// http_request.stub.php
namespace Event\HTTP {
    /**
     * An incoming request (node's IncomingMessage). Body: 'data' (string) chunks as
     * they arrive, then 'end'; 'aborted' and 'close' when the client goes first.
     * As in node, the body flows once it has a consumer (a 'data' listener, resume()
     * or body()); until then it is held (reading stops past 16 KiB), and a body
     * nobody consumed is discarded when the response finishes.
     *
     * @property-read string $method
     * @property-read string $url
     * @property-read string $httpVersion
     * @property-read array $headers
     * @property-read array $rawHeaders
     * @property-read \Event\Socket $socket
     * @property-read bool $complete
     */
    final class Request extends \Event\Emitter
    {
        private function __construct() {}

        /** As Emitter::on(); a 'data' listener starts the flow of the body. */
        public function on(string $event, callable $listener): static {}

        /** Adds a listener for the next event only; a 'data' listener starts the body's flow. */
        public function once(string $event, callable $listener): static {}

        /** Stops reading the body (and the socket) until resume(). */
        public function pause(): static {}

        /** Lets the body flow again (or for the first time: with no 'data' listener it is discarded). */
        public function resume(): static {}

        /**
         * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
         * pausing while its write() returns false; option 'end' (true): end() it after the last.
         */
        public function pipe(\Event\Emitter $destination, array $options = []): \Event\Emitter {}

        /**
         * Calls $callback(string $body) once the whole body has arrived (bounded by maxBodySize).
         * Callable any time before the request's 'end'; what was held back is part of the body.
         */
        public function body(callable $callback): static {}
    }
}

// http_response.stub.php
namespace Event\HTTP {
    /**
     * The response to a request (node's ServerResponse). Events: 'drain', 'finish', 'close'.
     *
     * @property int $statusCode
     * @property string $statusMessage
     * @property-read bool $headersSent
     * @property-read bool $finished
     */
    final class Response extends \Event\Emitter
    {
        private function __construct() {}

        /**
         * Sets a header of the response before its head is sent (a list: one line per value);
         * replaces one of the same name.
         */
        public function setHeader(string $name, string|int|array $value): static {}

        /** A header set on the response (a list for repeated ones), or null. */
        public function getHeader(string $name): string|array|null {}

        /** The headers set so far, by lower-case name. */
        public function getHeaders(): array {}

        /** Whether the response has the header $name (any case). */
        public function hasHeader(string $name): bool {}

        /** Removes the header $name before the head is sent. */
        public function removeHeader(string $name): static {}

        /**
         * Sends the status line and the headers (those set and $headers); with a string second
         * argument, the reason phrase.
         */
        public function writeHead(int $statusCode, array|string $reasonOrHeaders = [], array $headers = []): static {}

        /** Returns false when the output is past the high-water mark: wait for 'drain'. */
        public function write(string $chunk): bool {}

        /**
         * Finishes the response, with $data as its last piece; $onFinish (and 'finish') once it is
         * handed to the system.
         */
        public function end(?string $data = null, ?callable $onFinish = null): void {}

        /** Sends "100 Continue" (for a 'checkContinue' request). */
        public function writeContinue(): void {}
    }
}

// http_server.stub.php
namespace Event\HTTP {
    /**
     * An HTTP/1.1 server (node's http.Server). Events: 'request' (Request, Response),
     * 'checkContinue' (Request, Response), 'upgrade' (Request, Event\Socket, string $head),
     * 'clientError' (Event\HttpException, Event\Socket), 'connection' (Event\Socket),
     * 'listening', 'close', 'error'.
     */
    final class Server extends \Event\Emitter
    {
        private function __construct() {}

        /** listen(int $port = 0, string $host = '0.0.0.0', ?callable $onListening = null) or listen(string $unixPath, ?callable $onListening = null). */
        public function listen(int|string $port = 0, string|callable|null $host = null, ?callable $onListening = null): static {}

        /**
         * Where the server listens: ['address', 'port', 'family'] (a Unix socket: its path), or
         * null before listening.
         */
        public function address(): ?array {}

        /** Stops accepting, closes idle keep-alive connections, lets requests in flight finish, then 'close'. */
        public function close(?callable $onClose = null): static {}

        /** How many connections are open. */
        public function connectionCount(): int {}

        /** Lets the server keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the server listens. */
        public function unref(): static {}

        /** Replaces the certificate (the 'tls' options) for the connections to come; the open ones keep theirs. */
        public function setSecureContext(array $tls): void {}
    }
}

// loop.stub.php
namespace Event {
    /** The process's event loop. Scripts rarely call run(): it starts by itself when the main script returns. */
    final class Loop
    {
        private function __construct() {}

        /** Runs until nothing referenced is left or stop() is called; throws when the loop is already running. */
        public static function run(): void {}

        /**
         * Stops the loop after the current callback: run() returns (the process ends unless the
         * script goes on).
         */
        public static function stop(): void {}

        /** Loop time in milliseconds (monotonic, cached per loop iteration). */
        public static function now(): float {}

        /** Runs $callback($args...) on the next loop iteration, before its timers (node's setImmediate). */
        public static function defer(callable $callback, mixed ...$args): void {}

        /**
         * Calls $callback($streamOrFd, Event\Watcher $watcher) each time the stream (a PHP stream
         * resource: stream_socket_client(), proc_open() pipes...) or descriptor can be read
         * without blocking, until $watcher->cancel(). Cancel before closing the stream.
         * @param resource|int $streamOrFd
         */
        public static function onReadable(mixed $streamOrFd, callable $callback): Watcher {}

        /** The same for writing. @param resource|int $streamOrFd */
        public static function onWritable(mixed $streamOrFd, callable $callback): Watcher {}

        /** Registered by edges as the first shutdown function: runs the loop after the main script. */
        private static function runAtExit(): void {}
    }
}

// pipe.stub.php
namespace Event {
    /**
     * @internal What pipe() leaves between a readable and a writable: the listeners that move
     * the data and the back-pressure. Made only by pipe().
     */
    final class StreamPipe
    {
        private function __construct() {}

        private function onData(mixed $chunk, mixed ...$args): void {}

        private function onEnd(mixed ...$args): void {}

        private function onDrain(mixed ...$args): void {}

        private function onClose(mixed ...$args): void {}
    }
}

// postgres.stub.php
namespace Event {
    /**
     * A pool of PostgreSQL connections that never blocks the loop, on PHP's pgsql extension
     * (Debian: php8.2-pgsql). Connections open on demand (PGSQL_CONNECT_ASYNC) up to 'pool';
     * queries past that wait in a queue, first come first served. Parameters always travel as
     * parameters ($1, $2 ...), never spliced into the SQL. A query in flight keeps the loop
     * alive; an idle pool does not.
     *
     * Row values: int2/int4/int8/oid as int, float4/float8 as float, bool as bool, bytea as a
     * binary string, NULL as null; every other type (numeric, json, dates, arrays ...) as
     * PostgreSQL's text for it.
     *
     * @property-read int $size connections open or opening
     * @property-read int $idle connections open and free
     * @property-read int $waiting queries and transactions waiting for a connection
     */
    final class Postgres
    {
        private function __construct() {}

        /**
         * A pool for $conninfo (libpq's "host=/run/postgresql dbname=app user=app" or a
         * postgresql:// URI). Options: 'pool' (most connections, default 10), 'connectTimeout'
         * (ms for one connection to open, default 10000; 0: none). No connection is made until
         * the first query. A host name in $conninfo is resolved by libpq without the loop: give
         * a Unix socket directory or an address ('hostaddr') where that matters.
         * Throws an Error that says what to install when the pgsql extension is not loaded.
         */
        public static function connect(string $conninfo, array $options = []): Postgres {}

        /**
         * A promise of the rows (a list of column => value arrays; [] for a command) of one
         * statement; $params fill $1, $2 ... (null, bool, int, float, string or Stringable).
         * Without $params the SQL goes as a simple query: several statements separated by ';'
         * run in turn and the rows are the last one's. Rejected with Event\PostgresException
         * (its code the SQLSTATE).
         */
        public function query(string $sql, array $params = []): Promise {}

        /**
         * Runs $fn(Event\Postgres\Transaction $tx) in a Fiber (it may Event\await) between
         * BEGIN and COMMIT on one connection kept for it; $fn's result (a value, or a promise's)
         * fulfills the returned promise once COMMIT succeeded. When $fn throws, its promise
         * rejects, or a statement failed and left the transaction aborted, the transaction is
         * rolled back and the promise rejects (with $fn's reason, or an Event\PostgresException
         * with SQLSTATE '25P02').
         */
        public function transaction(callable $fn): Promise {}

        /**
         * Stops taking queries (later ones reject with SQLSTATE '08003'); the queries already
         * asked for still run. The promise fulfills once every connection is closed.
         */
        public function close(): Promise {}
    }
}

// postgres.stub.php
namespace Event\Postgres {
    /** The connection of one Event\Postgres::transaction(), while its function runs. */
    final class Transaction
    {
        private function __construct() {}

        /**
         * As Event\Postgres::query(), on the transaction's connection, in the order of the
         * calls. Rejects with SQLSTATE '25000' once the transaction is over.
         */
        public function query(string $sql, array $params = []): \Event\Promise {}
    }
}

// process.stub.php
namespace Event {
    /**
     * A child process (node's ChildProcess). No shell is involved unless 'shell' => true:
     * arguments reach the program as given. stdin, stdout and stderr are Event\Socket objects
     * when piped (write() with back-pressure on stdin; 'data', 'end', pause() and resume() on
     * the others), null otherwise. The child is reaped from the loop; a running child keeps
     * the loop alive unless unref()'d.
     * Events: 'spawn', 'exit' (?int $code, ?string $signal), 'close' (?int $code, ?string $signal)
     * after 'exit' and the end of every pipe, 'error' (Event\ProcessException).
     *
     * @property-read int|null $pid
     * @property-read Socket|null $stdin
     * @property-read Socket|null $stdout
     * @property-read Socket|null $stderr
     * @property-read int|null $exitCode
     * @property-read string|null $signalCode
     * @property-read bool $killed
     */
    final class Process extends Emitter
    {
        private function __construct() {}

        /**
         * Options: 'cwd' (string), 'env' (array name => value: replaces the environment),
         * 'stdio' ('pipe', 'inherit', 'ignore', or a list of three), 'detached' (bool: a
         * session of its own), 'shell' (bool: run "$file $args..." with /bin/sh -c).
         */
        public static function spawn(string $file, array $args = [], array $options = []): Process {}

        /**
         * Runs a program and collects its output (node's execFile):
         * $done(?Event\ProcessException $error, string $stdout, string $stderr, int $code), $code
         * being the exit status, 128 + the signal number when a signal ended it, -1 when it never
         * ran. Options: those of spawn() but stdio, and 'maxBuffer' (bytes per stream, default
         * 1 MiB: past it the child is killed), 'timeout' (ms, 0: none), 'killSignal' (default
         * SIGTERM), 'input' (a string written to the child's stdin).
         */
        public static function exec(string $file, array $args, callable $done, array $options = []): void {}

        /**
         * exec()'s promise twin: fulfilled with ['stdout' => string, 'stderr' => string, 'code' => 0],
         * rejected with the Event\ProcessException (a failure to start, a status other than 0, a signal).
         */
        public static function execAsync(string $file, array $args = [], array $options = []): Promise {}

        /** The current process's id. */
        public static function pid(): int {}

        /** Sends a signal (default SIGTERM); false when the child has exited already. */
        public function kill(int|string $signal = 'SIGTERM'): bool {}

        /** Lets the running child keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the child runs. */
        public function unref(): static {}
    }
}

// promise.stub.php
namespace Event {
    /**
     * A promise with Promises/A+ semantics (JavaScript's Promise). Reactions run as microtasks:
     * after the current callback (or the main script), before the loop goes on, in the order they
     * were added. A rejection nobody handles by the end of the microtasks that follow it is
     * reported like an uncaught exception (and the process goes on). Reasons are Throwables.
     */
    final class Promise
    {
        /** Calls $executor(callable $resolve, callable $reject) at once; a throw rejects. */
        public function __construct(callable $executor) {}

        /**
         * A promise of what $onFulfilled or $onRejected returns (or of this one's outcome when the
         * one it needs is null); they run as microtasks.
         */
        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise {}

        /** then(null, $onRejected). */
        public function catch(callable $onRejected): Promise {}

        /** $onFinally() runs either way; the result passes through (unless $onFinally throws or rejects). */
        public function finally(callable $onFinally): Promise {}

        /** 'pending', 'fulfilled' or 'rejected'. */
        public function state(): string {}

        /**
         * A promise fulfilled with $value (one that follows $value when it is a promise or a
         * thenable).
         */
        public static function resolve(mixed $value = null): Promise {}

        /** A promise rejected with $reason. */
        public static function reject(\Throwable $reason): Promise {}

        /** Fulfills with the values in the keys' order when all fulfill; rejects with the first rejection. */
        public static function all(iterable $promises): Promise {}

        /** Fulfills with ['status' => 'fulfilled', 'value' => ...] / ['status' => 'rejected', 'reason' => ...] for each. */
        public static function allSettled(iterable $promises): Promise {}

        /** Fulfills with the first fulfillment; rejects with an Event\AggregateException when all reject. */
        public static function any(iterable $promises): Promise {}

        /** Settles as the first to settle. */
        public static function race(iterable $promises): Promise {}

        private function resolver(mixed $value = null): void {}

        private function rejecter(mixed $reason = null): void {}

        private function run(callable $fn, array $args): void {}

        /** An error-first callback (the promise twins): rejects with $error, else fulfills with $value. */
        private function settle(?\Throwable $error = null, mixed $value = null): void {}

        /** Event\Process::exec()'s callback: fulfills with ['stdout', 'stderr', 'code']. */
        private function settleExec(?\Throwable $error, string $stdout, string $stderr, int $code): void {}

        /** Fulfills with the value preset for it, whatever it is given. */
        private function fulfillPreset(mixed ...$ignored): void {}

        /** The body of the Fibers that HTTP handlers run in (one per handler in flight, reused). */
        private static function work(): void {}
    }

    /** Every promise given to Promise::any() rejected; getErrors() lists the reasons in order. */
    final class AggregateException extends Exception
    {
        private array $errors = [];

        /** The reasons of the promises any() was given, in their order. */
        public function getErrors(): array {}
    }
}

// serve.stub.php
namespace Event {
    /**
     * What `edges serve` is built on: runs a PHP script written for php-fpm once per request inside
     * this long-lived process, in a request scope made at the C level (see docs/serve.md,
     * "edges serve"). One script runs at a time per process.
     */
    final class Serve
    {
        private function __construct() {}

        /**
         * Runs $script for one request and answers it on $res. $server is the request's $_SERVER
         * (REQUEST_METHOD, REQUEST_URI, QUERY_STRING, CONTENT_TYPE, HTTP_COOKIE ... as php-fpm
         * gives them; the process environment is added below them), $body the request body:
         * whole, or a Closure `fn(int $max): string` that gives its next piece of at most $max
         * bytes ('' at its end) and may await while the body arrives (the script then runs in a
         * Fiber; php://input reads through it as the script reads, and PHP parses no form from
         * it: give forms whole; what it throws, or a TypeError when it returns no string, reaches
         * the script at its read). $_GET, $_POST, $_COOKIE, $_FILES (uploads spooled to temporary files that
         * is_uploaded_file() accepts) and $_REQUEST are parsed by PHP's own code, php://input
         * reads $body; header(), setcookie(), http_response_code(), echo and flush() reach $res;
         * exit() ends the request; an uncaught exception is logged and answered with a 500 when
         * nothing was sent yet. Afterwards the scope is taken back: globals, functions, classes
         * and constants the script declared, files it included, ini settings, putenv(),
         * autoloaders, error and exception handlers, shutdown functions (run first), output
         * buffers, the session, uploaded files. Returns false when the process should be replaced
         * before it serves another script (a fatal error, or objects of the script's classes that
         * outlived it). $timeout (seconds of wall-clock time, 0: none) stops a script that runs
         * longer with PHP's "Maximum execution time" fatal error and answers 504.
         */
        public static function script(string $script, array $server, string|\Closure $body, HTTP\Response $res, float $timeout = 0): bool {}

        /**
         * Parses a form body (application/x-www-form-urlencoded or multipart/form-data, as
         * $contentType says) with PHP's own code, the one that fills $_POST and $_FILES (with
         * post_max_size, upload_max_filesize, max_file_uploads), and calls $handler(array $post,
         * array $files) with $files shaped as $_FILES. While it runs the uploads are temporary
         * files that is_uploaded_file() and move_uploaded_file() accept; those not moved are
         * deleted when it returns. Returns what $handler returns.
         */
        public static function form(string $contentType, string $body, callable $handler): mixed {}

        /**
         * Calls $fn (an application handling one request) in the share of PHP's request state that
         * the application modes have, as a SAPI's request start makes it: headers_sent() is false,
         * and header(), setcookie() and session_start()'s cookie add to a header list of this
         * request (headers_list() reads it; `edges serve` puts what is on it on the response, below
         * the application's own headers); session_start() works, as Symfony's NativeSessionStorage
         * needs. Afterwards, as PHP's request shutdown: a session still open is written and
         * closed, its id and $_SESSION are let go (the save handler stays), the list is dropped.
         * Returns what $fn returns; what it throws goes on to the caller once that is done.
         */
        public static function request(callable $fn): mixed {}

        /**
         * Calls $fn (an application's handling of the request $res answers) with a wall-clock
         * limit of $seconds (--exec-timeout of the application modes) and returns what it returns.
         * Past the limit $fn stops with PHP's "Maximum execution time" fatal error at its next
         * instruction (a sleep() or a blocking read is interrupted); then, as after any fatal error
         * in $fn, $res gets a 504 (a 500 for another fatal error) when nothing of it went out, else
         * its connection is cut, this returns null and the process ends with status 255 once that
         * is written (a cluster starts another: PHP runs no more code in a process after a fatal
         * error). While $fn awaits, the clock runs on; a limit that passes then ends the process
         * without the 504.
         */
        public static function limit(HTTP\Response $res, float $seconds, callable $fn): mixed {}
    }
}

// signal.stub.php
namespace Event {
    /**
     * A listener for a signal (node's process.on('SIGTERM', ...)), called from the loop with
     * the signal number, never inside the signal handler. Several listeners per signal are
     * called in the order they were added. An active listener does not keep the loop alive
     * unless ref()'d. While the script listens for SIGTERM or SIGINT itself, edges does not
     * start its graceful stop for that signal.
     *
     * @property-read int $signal the signal number
     */
    final class Signal
    {
        private function __construct() {}

        /** @param int|string $signal SIGTERM, 15, 'SIGTERM' or 'TERM' */
        public static function on(int|string $signal, callable $listener): Signal {}

        /** Stops listening; idempotent. */
        public function close(): void {}

        /** Lets the listener keep the loop alive (signals do not by default). */
        public function ref(): static {}

        /** Lets the loop end while the listener is there (the default). */
        public function unref(): static {}

        /** Whether the listener keeps the loop alive. */
        public function hasRef(): bool {}
    }
}

// socket.stub.php
namespace Event {
    /**
     * A TCP or Unix stream socket (node's net.Socket). Reading starts when a 'data'
     * listener is added or resume() is called. Events: 'connect', 'data' (string),
     * 'end', 'drain', 'timeout', 'error' (Event\SocketException|Event\DnsException),
     * 'close' (bool $hadError).
     *
     * @property-read string|null $remoteAddress
     * @property-read int|null $remotePort
     * @property-read string|null $remoteFamily
     * @property-read string|null $localAddress
     * @property-read int|null $localPort
     * @property-read int $bytesRead
     * @property-read int $bytesWritten
     * @property-read int $writableLength
     * @property-read string $readyState
     * @property-read bool $connecting
     * @property-read bool $destroyed
     * @property-read bool $encrypted TLS
     * @property-read bool $authorized the TLS peer's certificate verified
     * @property-read string|null $authorizationError why not ('DEPTH_ZERO_SELF_SIGNED_CERT' ...)
     * @property-read string|false|null $alpnProtocol
     * @property-read string|null $servername the SNI name
     */
    final class Socket extends Emitter
    {
        private function __construct() {}

        /**
         * createServer(?callable $onConnection) or createServer(array $options, ?callable $onConnection):
         * option 'tls' (cert, key, ...: see docs/socket.md) makes it a TLS server, whose 'connection'
         * comes after each handshake ('tlsClientError' when one fails).
         */
        public static function createServer(array|callable|null $options = null, ?callable $onConnection = null): Socket\Server {}

        /**
         * connect(int $port, string $host = '127.0.0.1', ?callable $onConnect = null, ?array $options = null)
         * or connect(string $unixPath, ?callable $onConnect = null, ?array $options = null); the
         * options may come in place of the callback. Option 'tls': true (verify the peer against
         * the system's store, with the host as SNI and the name to check) or TLS options; then
         * $onConnect waits for the handshake ('secureConnect').
         */
        public static function connect(int|string $port, string|callable|array|null $host = null, callable|array|null $onConnect = null, ?array $options = null): Socket {}

        /**
         * connect()'s promise twin: connectAsync(int $port, string $host = '127.0.0.1', array $options = [])
         * or connectAsync(string $unixPath, array $options = []); fulfilled with the socket once
         * connected (after the handshake with 'tls'), rejected with the connection's error.
         */
        public static function connectAsync(int|string $port, string|array|null $host = null, array $options = []): Promise {}

        /** Adds a listener (as Emitter::on()); a 'data' listener starts reading. */
        public function on(string $event, callable $listener): static {}

        /** Adds a listener for the next event only; a 'data' listener starts reading. */
        public function once(string $event, callable $listener): static {}

        /** Returns false when more than the high-water mark (64 KiB) is queued: wait for 'drain'. */
        public function write(string $data): bool {}

        /** Sends $data and what is queued, then half-closes (FIN). */
        public function end(?string $data = null): static {}

        /** Closes now, dropping queued data. */
        public function destroy(): static {}

        /** Stops reading ('data' events) until resume(): the peer is slowed by TCP. */
        public function pause(): static {}

        /** Starts reading again. */
        public function resume(): static {}

        /**
         * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
         * pausing while its write() returns false; option 'end' (true): end() it after the last.
         */
        public function pipe(Emitter $destination, array $options = []): Emitter {}

        /** Turns Nagle's algorithm off (TCP_NODELAY) or on. */
        public function setNoDelay(bool $noDelay = true): static {}

        /** Turns TCP keep-alive probes on or off, the first after $initialDelay ms of silence. */
        public function setKeepAlive(bool $enable = false, int $initialDelay = 0): static {}

        /** 'timeout' after $ms without activity (0 turns it off); $callback is added as a once('timeout') listener. */
        public function setTimeout(int $ms, ?callable $callback = null): static {}

        /** Lets the socket keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the socket is open. */
        public function unref(): static {}

        /** ['address' => ..., 'port' => ..., 'family' => 'IPv4'|'IPv6'|'Unix'] of the local end. */
        public function address(): array {}

        /** The TLS peer's certificate: subject, issuer, valid_from, valid_to, fingerprint256, serialNumber, subjectaltname; null without one. */
        public function getPeerCertificate(): ?array {}

        /** 'TLSv1.3', 'TLSv1.2'; null without TLS or before the handshake. */
        public function getProtocol(): ?string {}

        /** Whether the TLS handshake resumed an earlier session. */
        public function isSessionReused(): bool {}
    }
}

// socket_server.stub.php
namespace Event\Socket {
    /**
     * A listening TCP or Unix socket (node's net.Server). Events: 'connection'
     * (Event\Socket), 'listening', 'close', 'error'.
     */
    final class Server extends \Event\Emitter
    {
        private function __construct() {}

        /**
         * listen(int $port = 0, string $host = '0.0.0.0', ?callable $onListening = null, int $backlog = 511)
         * or listen(string $unixPath, ?callable $onListening = null). Throws Event\SocketException
         * (errno as code) when the address is in use.
         */
        public function listen(int|string $port = 0, string|callable|null $host = null, ?callable $onListening = null, int $backlog = 511): static {}

        /** ['address' => ..., 'port' => ..., 'family' => ...], or null when not listening. */
        public function address(): ?array {}

        /** Stops accepting; 'close' follows once every connection has ended. */
        public function close(?callable $onClose = null): static {}

        /** How many connections are open. */
        public function connectionCount(): int {}

        /** Lets the server keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the server listens. */
        public function unref(): static {}

        /** Replaces the certificate (the 'tls' options) for the connections to come; the open ones keep theirs. */
        public function setSecureContext(array $tls): void {}
    }
}

// timer.stub.php
namespace Event {
    /** A one-shot or repeating timer (node's Timeout). The loop keeps an active timer alive on its own. */
    final class Timer
    {
        private function __construct() {}

        /** Calls $callback(...$args) once, $ms milliseconds from now (1 ms at least). */
        public static function after(float $ms, callable $callback, mixed ...$args): Timer {}

        /** Calls $callback(...$args) every $ms milliseconds until cancel(). */
        public static function every(float $ms, callable $callback, mixed ...$args): Timer {}

        /** Idempotent; safe inside the timer's own callback. */
        public function cancel(): void {}

        /** Restarts the countdown from now with the same delay; re-arms a timer that already fired, not a cancelled one. */
        public function refresh(): static {}

        /** An unref'ed timer does not keep the loop alive. */
        public function unref(): static {}

        /** Lets the timer keep the loop alive (the default). */
        public function ref(): static {}

        /** Whether the timer keeps the loop alive. */
        public function hasRef(): bool {}
    }
}

// watcher.stub.php
namespace Event {
    /**
     * A watch on a stream or descriptor from Event\Loop::onReadable()/onWritable(). Active until
     * cancel(); while active and referenced it keeps the loop alive.
     *
     * @property-read int $fd
     * @property-read bool $writable
     */
    final class Watcher
    {
        private function __construct() {}

        /** Stops watching (cancel before closing the stream). */
        public function cancel(): void {}

        /** Lets the watcher keep the loop alive (the default). */
        public function ref(): static {}

        /** Lets the loop end while the watcher watches. */
        public function unref(): static {}

        /** Whether the watcher keeps the loop alive. */
        public function hasRef(): bool {}
    }
}

// websocket.stub.php
namespace Event {
    /**
     * One WebSocket connection (the shape of npm ws). Events: 'open', 'message'
     * (string $data, bool $isBinary), 'ping' (string), 'pong' (string), 'close'
     * (int $code, string $reason), 'error' (Event\WebSocketException), 'drain'.
     *
     * @property-read int $readyState
     * @property-read string $protocol
     * @property-read string $extensions
     * @property-read int $bufferedAmount
     * @property-read string $url
     */
    final class WebSocket extends Emitter
    {
        /** @var int */
        public const CONNECTING = 0;
        /** @var int */
        public const OPEN = 1;
        /** @var int */
        public const CLOSING = 2;
        /** @var int */
        public const CLOSED = 3;

        private function __construct() {}

        /**
         * Opens a client connection to a ws:// URL. Options: 'protocols' (string|array),
         * 'headers' (array), 'perMessageDeflate' (bool), 'maxPayload' (int, bytes), 'closeTimeout' (ms).
         */
        public static function connect(string $url, array $options = []): WebSocket {}

        /** Returns false past the high-water mark: wait for 'drain'. Throws when the connection is not open. */
        public function send(string $data, bool $binary = false): bool {}

        /** Sends a ping frame with $data (125 bytes at most); the peer answers with a pong. */
        public function ping(string $data = ""): void {}

        /** Sends an unsolicited pong frame with $data (125 bytes at most). */
        public function pong(string $data = ""): void {}

        /** Starts the closing handshake; $code is 1000 or 3000-4999, $reason at most 123 bytes. */
        public function close(int $code = 1000, string $reason = ""): void {}

        /** Drops the connection at once. */
        public function terminate(): void {}
    }
}

// websocket_server.stub.php
namespace Event\WebSocket {
    /**
     * A WebSocket server (the shape of npm ws's WebSocketServer). Options: 'server'
     * (an Event\HTTP\Server to attach to) or 'port' (+ 'host') to listen on its own;
     * 'path'; 'maxPayload' (bytes, default 100 MiB); 'perMessageDeflate' (bool|array:
     * serverNoContextTakeover, clientNoContextTakeover, serverMaxWindowBits,
     * clientMaxWindowBits); 'handleProtocols' (callable(array $protocols, Request): string|false);
     * 'verifyClient' (callable(Request): bool|int, false or a status refuses); 'closeTimeout' (ms a peer
     * gets to answer our close frame, default 30000).
     * Events: 'connection' (Event\WebSocket, Event\HTTP\Request), 'listening', 'error', 'close'.
     */
    final class Server extends \Event\Emitter
    {
        /**
         * A WebSocket server with the options above: 'port' (+ 'host') to listen by itself, or
         * 'server' (an Event\HTTP\Server) to take its upgrades; handleUpgrade() takes upgrades you
         * route yourself.
         */
        public function __construct(array $options) {}

        /** Completes (or refuses) the handshake of an 'upgrade' request and emits 'connection'. */
        public function handleUpgrade(\Event\HTTP\Request $request, \Event\Socket $socket, string $head): void {}

        /** Where the server listens: ['address', 'port', 'family'], or null. */
        public function address(): ?array {}

        /** How many clients are connected. */
        public function clientCount(): int {}

        /** Closes every client (1001) and, when it listens on its own, the server. */
        public function close(?callable $onClose = null): static {}

        /** @internal the 'upgrade' listener on the HTTP server */
        private function onUpgrade(\Event\HTTP\Request $request, \Event\Socket $socket, string $head): void {}

        /** @internal answers plain requests to a standalone server: 426 */
        private function onRequest(\Event\HTTP\Request $request, \Event\HTTP\Response $response): void {}

        /** @internal */
        private function onListening(): void {}
    }
}
