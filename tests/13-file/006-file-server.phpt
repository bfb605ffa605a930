--TEST--
Event\HTTP\FileServer: GET and HEAD, types from mime.types, ETag and Last-Modified with 304s, one range (206, 416), index and redirect, precompressed siblings with Vary, what falls through, and nothing outside the root (.., encoded slashes, NUL, symlinks out: 403)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/file.inc';
$root = file_tmpdir('www');
$outside = file_tmpdir('outside');
file_put_contents("$outside/secret.txt", "secret\n");
mkdir("$root/docs");
mkdir("$root/.hidden");
mkdir("$root/empty");
file_put_contents("$root/index.html", "<h1>home</h1>\n");
file_put_contents("$root/docs/index.html", "<h1>docs</h1>\n");
file_put_contents("$root/.hidden/x", "hidden\n");
file_put_contents("$root/.env", "SECRET=1\n");
file_put_contents("$root/app.js", str_repeat("console.log(1);\n", 100));
file_put_contents("$root/app.js.gz", gzencode(file_get_contents("$root/app.js")));
file_put_contents("$root/app.js.br", "not really brotli, but served as the .br sibling");
$bin = '';
for ($i = 0; $i < 256; $i++) $bin .= chr($i);
file_put_contents("$root/bytes.bin", str_repeat($bin, 8)); // 2048 bytes
file_put_contents("$root/space name.txt", "spaced\n");
file_put_contents("$root/style.CSS", "body{}\n");
touch("$root/zero.txt");
symlink("$outside/secret.txt", "$root/leak.txt");
symlink($outside, "$root/leakdir");
symlink("$root/bytes.bin", "$root/inside-link.bin");
exec("mkfifo " . escapeshellarg("$root/fifo"));

[$proc, $pipes, $port] = http_child('
$files = new Event\HTTP\FileServer(' . var_export($root, true) . ');
$strict = new Event\HTTP\FileServer(' . var_export($root, true) . ', ["fallthrough" => false, "index" => false, "dotfiles" => "deny", "maxAge" => 3600, "etag" => false]);
$server = Event\HTTP::createServer([], function ($req, $res) use ($files, $strict) {
    if ($req->url === "/started") {
        $res->write("begun ");
        try { $files->handle($req, $res); } catch (Error $e) { $res->end($e->getMessage()); }
        return;
    }
    $res->setHeader("X-App", "kept");
    if ((isset($req->headers["x-strict"]) ? $strict : $files)->handle($req, $res)) return;
    $res->writeHead(404, ["Content-Type" => "text/plain"]);
    $res->end("app says 404\n");
});');

// Sends one request, prints the status line, the headers named, and what the body is.
function show(int $port, string $target, array $headers = [], string $method = 'GET', array $names = [], bool $full = false): string
{
    $req = "$method $target HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
    foreach ($headers as $k => $v) $req .= "$k: $v\r\n";
    $out = http_raw($port, "$req\r\n");
    [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
    $lines = explode("\r\n", $head);
    $line = "$method $target" . ($headers ? ' [' . implode(', ', array_map(fn($k, $v) => "$k: $v", array_keys($headers), $headers)) . ']' : '') . " -> {$lines[0]}";
    foreach ($lines as $l) {
        [$n] = explode(':', $l, 2);
        if (in_array(strtolower($n), $names, true)) $line .= " | $l";
    }
    $line .= " | body " . (strlen($body) > 40 && !$full ? strlen($body) . ' bytes' : json_encode($body, JSON_INVALID_UTF8_SUBSTITUTE));
    echo $line, "\n";
    return $out;
}

$std = ['content-type', 'content-length', 'content-encoding', 'content-range', 'vary', 'location', 'accept-ranges', 'cache-control', 'x-app'];
show($port, '/', names: $std);
show($port, '/docs/', names: $std);
show($port, '/docs', names: $std);
show($port, '/docs?x=1', names: $std);
show($port, '/empty/', names: $std);
show($port, '/bytes.bin', names: $std);
show($port, '/bytes.bin', method: 'HEAD', names: $std);
show($port, '/space%20name.txt', names: ['content-type']);
show($port, '/style.CSS', names: ['content-type']);
show($port, '/zero.txt', names: ['content-length']);
show($port, '/inside-link.bin', names: ['content-length']);
show($port, '/bytes.bin/', names: []);
show($port, '/missing', names: []);
show($port, '/bytes.bin', method: 'POST', names: []);
echo "-- conditionals\n";
$out = http_raw($port, "GET /bytes.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
preg_match('/^ETag: (.*)\r$/m', $out, $etag);
preg_match('/^Last-Modified: (.*)\r$/m', $out, $lm);
echo "etag form: ", preg_match('/^"[0-9a-f]+-800"$/', $etag[1]) ? 'ok' : $etag[1], ", last-modified form: ", preg_match('/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/', $lm[1]) ? 'ok' : $lm[1], "\n";
show($port, '/bytes.bin', ['If-None-Match' => $etag[1]], names: ['etag', 'content-length']);
show($port, '/bytes.bin', ['If-None-Match' => "\"other\", W/{$etag[1]}"], names: []);
show($port, '/bytes.bin', ['If-None-Match' => '*'], names: []);
show($port, '/bytes.bin', ['If-None-Match' => '"other"'], names: []);
show($port, '/bytes.bin', ['If-Modified-Since' => $lm[1]], names: []);
show($port, '/bytes.bin', ['If-Modified-Since' => 'Thu, 01 Jan 1970 00:00:00 GMT'], names: []);
show($port, '/bytes.bin', ['If-Modified-Since' => 'garbage'], names: []);
show($port, '/bytes.bin', ['If-None-Match' => '"other"', 'If-Modified-Since' => $lm[1]], names: []);
echo "-- ranges\n";
$out = show($port, '/bytes.bin', ['Range' => 'bytes=10-19'], names: ['content-range', 'content-length']);
echo "   bytes right: ", var_export(substr($out, -10) === substr(str_repeat($bin, 8), 10, 10), true), "\n";
show($port, '/bytes.bin', ['Range' => 'bytes=2040-'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=-5'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=2000-5000'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=2048-'], names: ['content-range', 'content-type']);
show($port, '/bytes.bin', ['Range' => 'bytes=-0'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=5-1'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=0-1,5-6'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'lines=1-2'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=0-9', 'If-Range' => $etag[1]], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=0-9', 'If-Range' => '"stale"'], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=0-9', 'If-Range' => $lm[1]], names: ['content-range']);
show($port, '/bytes.bin', ['Range' => 'bytes=0-9'], 'HEAD', names: ['content-range', 'content-length']);
echo "-- precompressed\n";
show($port, '/app.js', names: ['content-encoding', 'vary', 'content-length', 'content-type']);
$out = show($port, '/app.js', ['Accept-Encoding' => 'gzip'], names: ['content-encoding', 'vary', 'etag']);
echo "   gunzipped right: ", var_export(gzdecode(explode("\r\n\r\n", $out, 2)[1]) === str_repeat("console.log(1);\n", 100), true), "\n";
show($port, '/app.js', ['Accept-Encoding' => 'gzip, br'], names: ['content-encoding']);
show($port, '/app.js', ['Accept-Encoding' => 'br;q=0.5, gzip'], names: ['content-encoding']);
show($port, '/app.js', ['Accept-Encoding' => 'br;q=0, gzip;q=0'], names: ['content-encoding']);
show($port, '/app.js', ['Accept-Encoding' => '*'], names: ['content-encoding']);
show($port, '/app.js.gz', names: ['content-type', 'content-encoding']);
echo "-- never outside the root\n";
foreach (['/../' . basename($outside) . '/secret.txt', '/%2e%2e/' . basename($outside) . '/secret.txt', '/docs/..%2f..%2fsecret.txt',
          '/docs%2findex.html', '/docs%5cindex.html', '/docs\\index.html', '/bytes.bin%00.txt', '/leak.txt', '/leakdir/secret.txt',
          '/fifo', '/%zz', '/.env', '/.hidden/x', '/docs/./index.html', '//docs//index.html'] as $t) {
    show($port, $t, names: []);
}
echo "-- options\n";
foreach (['/missing', '/empty/', '/.env', '/bytes.bin'] as $t) show($port, $t, ['X-Strict' => '1'], names: ['cache-control', 'etag']);
show($port, '/bytes.bin', ['X-Strict' => '1'], 'DELETE', names: ['allow']);
show($port, '/started', names: [], full: true);
foreach ([fn() => new Event\HTTP\FileServer('/nonexistent-dir'), fn() => new Event\HTTP\FileServer(__FILE__),
          fn() => new Event\HTTP\FileServer('/tmp', ['dotfiles' => 'maybe']), fn() => new Event\HTTP\FileServer('/tmp', ['index' => '../x'])] as $bad) {
    try { $bad(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECTF--
GET / -> HTTP/1.1 200 OK | X-App: kept | Content-Type: text/html; charset=utf-8 | Accept-Ranges: bytes | Cache-Control: public, max-age=0 | Content-Length: 14 | body "<h1>home<\/h1>\n"
GET /docs/ -> HTTP/1.1 200 OK | X-App: kept | Content-Type: text/html; charset=utf-8 | Accept-Ranges: bytes | Cache-Control: public, max-age=0 | Content-Length: 14 | body "<h1>docs<\/h1>\n"
GET /docs -> HTTP/1.1 301 Moved Permanently | X-App: kept | Content-Type: text/plain; charset=utf-8 | Location: /docs/ | Content-Length: 18 | body "Moved Permanently\n"
GET /docs?x=1 -> HTTP/1.1 301 Moved Permanently | X-App: kept | Content-Type: text/plain; charset=utf-8 | Location: /docs/?x=1 | Content-Length: 18 | body "Moved Permanently\n"
GET /empty/ -> HTTP/1.1 404 Not Found | X-App: kept | Content-Type: text/plain | Content-Length: 13 | body "app says 404\n"
GET /bytes.bin -> HTTP/1.1 200 OK | X-App: kept | Content-Type: application/octet-stream | Accept-Ranges: bytes | Cache-Control: public, max-age=0 | Content-Length: 2048 | body 2048 bytes
HEAD /bytes.bin -> HTTP/1.1 200 OK | X-App: kept | Content-Type: application/octet-stream | Accept-Ranges: bytes | Cache-Control: public, max-age=0 | Content-Length: 2048 | body ""
GET /space%20name.txt -> HTTP/1.1 200 OK | Content-Type: text/plain; charset=utf-8 | body "spaced\n"
GET /style.CSS -> HTTP/1.1 200 OK | Content-Type: text/css; charset=utf-8 | body "body{}\n"
GET /zero.txt -> HTTP/1.1 200 OK | Content-Length: 0 | body ""
GET /inside-link.bin -> HTTP/1.1 200 OK | Content-Length: 2048 | body 2048 bytes
GET /bytes.bin/ -> HTTP/1.1 404 Not Found | body "app says 404\n"
GET /missing -> HTTP/1.1 404 Not Found | body "app says 404\n"
POST /bytes.bin -> HTTP/1.1 404 Not Found | body "app says 404\n"
-- conditionals
etag form: ok, last-modified form: ok
GET /bytes.bin [If-None-Match: "%s"] -> HTTP/1.1 304 Not Modified | ETag: "%s" | body ""
GET /bytes.bin [If-None-Match: "other", W/"%s"] -> HTTP/1.1 304 Not Modified | body ""
GET /bytes.bin [If-None-Match: *] -> HTTP/1.1 304 Not Modified | body ""
GET /bytes.bin [If-None-Match: "other"] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [If-Modified-Since: %s GMT] -> HTTP/1.1 304 Not Modified | body ""
GET /bytes.bin [If-Modified-Since: Thu, 01 Jan 1970 00:00:00 GMT] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [If-Modified-Since: garbage] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [If-None-Match: "other", If-Modified-Since: %s GMT] -> HTTP/1.1 200 OK | body 2048 bytes
-- ranges
GET /bytes.bin [Range: bytes=10-19] -> HTTP/1.1 206 Partial Content | Content-Range: bytes 10-19/2048 | Content-Length: 10 | body "\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013"
   bytes right: true
GET /bytes.bin [Range: bytes=2040-] -> HTTP/1.1 206 Partial Content | Content-Range: bytes 2040-2047/2048 | body "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd"
GET /bytes.bin [Range: bytes=-5] -> HTTP/1.1 206 Partial Content | Content-Range: bytes 2043-2047/2048 | body "\ufffd\ufffd\ufffd\ufffd\ufffd"
GET /bytes.bin [Range: bytes=2000-5000] -> HTTP/1.1 206 Partial Content | Content-Range: bytes 2000-2047/2048 | body 48 bytes
GET /bytes.bin [Range: bytes=2048-] -> HTTP/1.1 416 Range Not Satisfiable | Content-Type: text/plain; charset=utf-8 | Content-Range: bytes */2048 | body "Range Not Satisfiable\n"
GET /bytes.bin [Range: bytes=-0] -> HTTP/1.1 416 Range Not Satisfiable | Content-Range: bytes */2048 | body "Range Not Satisfiable\n"
GET /bytes.bin [Range: bytes=5-1] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [Range: bytes=0-1,5-6] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [Range: lines=1-2] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [Range: bytes=0-9, If-Range: "%s"] -> HTTP/1.1 206 Partial Content | Content-Range: bytes 0-9/2048 | body "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t"
GET /bytes.bin [Range: bytes=0-9, If-Range: "stale"] -> HTTP/1.1 200 OK | body 2048 bytes
GET /bytes.bin [Range: bytes=0-9, If-Range: %s GMT] -> HTTP/1.1 206 Partial Content | Content-Range: bytes 0-9/2048 | body "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t"
HEAD /bytes.bin [Range: bytes=0-9] -> HTTP/1.1 200 OK | Content-Length: 2048 | body ""
-- precompressed
GET /app.js -> HTTP/1.1 200 OK | Content-Type: text/javascript; charset=utf-8 | Vary: Accept-Encoding | Content-Length: 1600 | body 1600 bytes
GET /app.js [Accept-Encoding: gzip] -> HTTP/1.1 200 OK | Content-Encoding: gzip | ETag: "%s-gz" | Vary: Accept-Encoding | body %d bytes
   gunzipped right: true
GET /app.js [Accept-Encoding: gzip, br] -> HTTP/1.1 200 OK | Content-Encoding: br | body 48 bytes
GET /app.js [Accept-Encoding: br;q=0.5, gzip] -> HTTP/1.1 200 OK | Content-Encoding: gzip | body %d bytes
GET /app.js [Accept-Encoding: br;q=0, gzip;q=0] -> HTTP/1.1 200 OK | body 1600 bytes
GET /app.js [Accept-Encoding: *] -> HTTP/1.1 200 OK | Content-Encoding: br | body 48 bytes
GET /app.js.gz -> HTTP/1.1 200 OK | Content-Type: application/gzip | body %d bytes
-- never outside the root
GET /../edges-outside-%d/secret.txt -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /%2e%2e/edges-outside-%d/secret.txt -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /docs/..%2f..%2fsecret.txt -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /docs%2findex.html -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /docs%5cindex.html -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /docs\index.html -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /bytes.bin%s.txt -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /leak.txt -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /leakdir/secret.txt -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /fifo -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /%zz -> HTTP/1.1 400 Bad Request | body "Bad Request\n"
GET /.env -> HTTP/1.1 404 Not Found | body "app says 404\n"
GET /.hidden/x -> HTTP/1.1 404 Not Found | body "app says 404\n"
GET /docs/./index.html -> HTTP/1.1 200 OK | body "<h1>docs<\/h1>\n"
GET //docs//index.html -> HTTP/1.1 200 OK | body "<h1>docs<\/h1>\n"
-- options
GET /missing [X-Strict: 1] -> HTTP/1.1 404 Not Found | body "Not Found\n"
GET /empty/ [X-Strict: 1] -> HTTP/1.1 404 Not Found | body "Not Found\n"
GET /.env [X-Strict: 1] -> HTTP/1.1 403 Forbidden | body "Forbidden\n"
GET /bytes.bin [X-Strict: 1] -> HTTP/1.1 200 OK | Cache-Control: public, max-age=3600 | body 2048 bytes
DELETE /bytes.bin [X-Strict: 1] -> HTTP/1.1 405 Method Not Allowed | Allow: GET, HEAD | body "Method Not Allowed\n"
GET /started -> HTTP/1.1 200 OK | body "6\r\nbegun \r\n35\r\nCannot serve a file: the response has started already\r\n0\r\n\r\n"
ValueError: Event\HTTP\FileServer::__construct(): Argument #1 ($root) must be a readable directory: open ENOENT: No such file or directory /nonexistent-dir
ValueError: Event\HTTP\FileServer::__construct(): Argument #1 ($root) must be a readable directory: open ENOTDIR: Not a directory %s
ValueError: Event\HTTP\FileServer::__construct(): Argument #2 ($options) option 'dotfiles' must be 'ignore', 'allow' or 'deny'
ValueError: Event\HTTP\FileServer::__construct(): Argument #2 ($options) option 'index' must be a file name, a list of them, or false
===DONE===
