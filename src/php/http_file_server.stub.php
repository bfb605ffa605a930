<?php

/** @generate-class-entries */

namespace Event\HTTP;

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
