<?php

/** @generate-class-entries */

namespace Event;

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
