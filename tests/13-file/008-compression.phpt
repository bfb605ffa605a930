--TEST--
HTTP option 'compression': gzip and brotli by Accept-Encoding with q-values, Vary, streamed writes each a decodable piece, and nothing done under the threshold, for other types, HEAD, 204/304, or a body the application encoded
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$text = str_repeat("The quick brown fox jumps over the lazy dog. ", 200); // 9000 bytes
[$proc, $pipes, $port] = http_child('
$text = ' . var_export($text, true) . ';
$server = Event\HTTP::createServer(["compression" => ["threshold" => 1024, "level" => ["gzip" => 6, "br" => 5]]], function ($req, $res) use ($text) {
    switch (strtok($req->url, "?")) {
        case "/text": $res->setHeader("Content-Type", "text/plain; charset=utf-8"); $res->end($text); return;
        case "/json": $res->setHeader("Content-Type", "application/json"); $res->setHeader("Vary", "Origin"); $res->end(json_encode(array_fill(0, 300, "value"))); return;
        case "/small": $res->setHeader("Content-Type", "text/plain"); $res->end("tiny"); return;
        case "/png": $res->setHeader("Content-Type", "image/png"); $res->end($text); return;
        case "/untyped": $res->end($text); return;
        case "/encoded": $res->writeHead(200, ["Content-Type" => "text/plain", "Content-Encoding" => "identity-ish"]); $res->end($text); return;
        case "/no-transform": $res->writeHead(200, ["Content-Type" => "text/plain", "Cache-Control" => "no-transform"]); $res->end($text); return;
        case "/204": $res->writeHead(204, ["Content-Type" => "text/plain"]); $res->end(); return;
        case "/304": $res->writeHead(304, ["Content-Type" => "text/plain"]); $res->end(); return;
        case "/length": $res->writeHead(200, ["Content-Type" => "text/plain", "Content-Length" => strlen($text)]); $res->end($text); return;
        case "/stream":
            $res->setHeader("Content-Type", "text/html");
            $res->write("<p>first part</p>");
            // The second part only once the client has decoded the first: each write is flushed.
            $GLOBALS["stream_res"] = $res;
            return;
        case "/stream-next":
            $GLOBALS["stream_res"]->end("<p>second part</p>");
            $res->end("ok");
            return;
    }
});');

function get(int $port, string $path, string $accept = null, string $method = 'GET'): array
{
    $req = "$method $path HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" . ($accept !== null ? "Accept-Encoding: $accept\r\n" : '') . "\r\n";
    $out = http_raw($port, $req);
    [$head] = explode("\r\n\r\n", $out, 2);
    $h = [];
    foreach (array_slice(explode("\r\n", $head), 1) as $l) { [$k, $v] = explode(': ', $l, 2); $h[strtolower($k)] = $v; }
    return [strtok($head, "\r"), $h, http_body($out)];
}

function brotli_decode(string $data): string
{
    $p = proc_open(['/usr/bin/python3', '-c', 'import sys, brotli; sys.stdout.buffer.write(brotli.decompress(sys.stdin.buffer.read()))'],
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    fwrite($pipes[0], $data);
    fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    proc_close($p);
    return $err === '' ? $out : "python: $err";
}
$have_brotli = is_executable('/usr/bin/python3') && trim((string) shell_exec("/usr/bin/python3 -c 'import brotli; print(1)' 2>/dev/null")) === '1';

function report(string $label, array $r, string $expect): void
{
    [$status, $h, $body] = $r;
    $enc = $h['content-encoding'] ?? '-';
    $decoded = match ($enc) { 'gzip' => gzdecode($body), 'br' => $GLOBALS['have_brotli'] ? brotli_decode($body) : $expect, default => $body };
    printf("%-34s %s, encoding %s, vary %s, length %s, %s\n", $label, $status, $enc, $h['vary'] ?? '-',
        isset($h['content-length']) ? ($enc === '-' ? $h['content-length'] : 'compressed ' . ($h['content-length'] < strlen($expect) ? 'smaller' : 'BIGGER')) : (isset($h['transfer-encoding']) ? 'chunked' : 'none'),
        $decoded === $expect ? 'body right' : 'BODY WRONG: ' . substr($decoded, 0, 60));
}

report('text, gzip', get($port, '/text', 'gzip'), $text);
report('text, br', get($port, '/text', 'br'), $text);
report('text, gzip and br', get($port, '/text', 'gzip, deflate, br'), $text);
report('text, br;q=0.1 gzip;q=0.9', get($port, '/text', 'br;q=0.1, gzip;q=0.9'), $text);
report('text, gzip;q=0', get($port, '/text', 'gzip;q=0'), $text);
report('text, *', get($port, '/text', '*'), $text);
report('text, identity', get($port, '/text', 'identity'), $text);
report('text, no Accept-Encoding', get($port, '/text'), $text);
report('json with Vary: Origin', get($port, '/json', 'gzip'), json_encode(array_fill(0, 300, 'value')));
report('under the threshold', get($port, '/small', 'gzip'), 'tiny');
report('image/png', get($port, '/png', 'gzip'), $text);
report('no Content-Type', get($port, '/untyped', 'gzip'), $text);
report('Content-Encoding set', get($port, '/encoded', 'gzip'), $text);
report('Cache-Control: no-transform', get($port, '/no-transform', 'gzip'), $text);
report('Content-Length set', get($port, '/length', 'gzip'), $text);
report('HEAD', get($port, '/text', 'gzip', 'HEAD'), '');
report('204', get($port, '/204', 'gzip'), '');
report('304', get($port, '/304', 'gzip'), '');

// Streamed: the first write arrives compressed and decodable before the response ends.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET /stream HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n");
// Read until one whole chunk is in.
$raw = http_read($c, 10, fn($out) => preg_match('/\r\n\r\n([0-9a-f]+)\r\n/', $out, $m, PREG_OFFSET_CAPTURE)
    && strlen($out) >= $m[0][1] + strlen($m[0][0]) + hexdec($m[1][0]) + 2);
$inflate = inflate_init(ZLIB_ENCODING_GZIP);
echo "streamed, first write decoded before the end: ", inflate_add($inflate, http_body($raw . "0\r\n\r\n"), ZLIB_SYNC_FLUSH), "\n";
http_raw($port, "GET /stream-next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
$rest = http_read($c, 10, fn($out) => str_ends_with($out, "0\r\n\r\n"));
echo "then the rest: ", inflate_add($inflate, http_body("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" . $rest), ZLIB_FINISH), "\n";
edges_stop_child($proc, $pipes);

foreach ([['compression' => 'yes'], ['compression' => ['level' => 12]], ['compression' => ['threshold' => -1]], ['compression' => ['types' => 'text/*']], ['compression' => ['speed' => 1]]] as $bad) {
    try { Event\HTTP::createServer($bad, fn() => 0); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
?>
===DONE===
--EXPECTF--
text, gzip                         HTTP/1.1 200 OK, encoding gzip, vary Accept-Encoding, length compressed smaller, body right
text, br                           HTTP/1.1 200 OK, encoding br, vary Accept-Encoding, length compressed smaller, body right
text, gzip and br                  HTTP/1.1 200 OK, encoding br, vary Accept-Encoding, length compressed smaller, body right
text, br;q=0.1 gzip;q=0.9          HTTP/1.1 200 OK, encoding gzip, vary Accept-Encoding, length compressed smaller, body right
text, gzip;q=0                     HTTP/1.1 200 OK, encoding -, vary Accept-Encoding, length 9000, body right
text, *                            HTTP/1.1 200 OK, encoding br, vary Accept-Encoding, length compressed smaller, body right
text, identity                     HTTP/1.1 200 OK, encoding -, vary Accept-Encoding, length 9000, body right
text, no Accept-Encoding           HTTP/1.1 200 OK, encoding -, vary Accept-Encoding, length 9000, body right
json with Vary: Origin             HTTP/1.1 200 OK, encoding gzip, vary Origin, Accept-Encoding, length compressed smaller, body right
under the threshold                HTTP/1.1 200 OK, encoding -, vary -, length 4, body right
image/png                          HTTP/1.1 200 OK, encoding -, vary -, length 9000, body right
no Content-Type                    HTTP/1.1 200 OK, encoding -, vary -, length 9000, body right
Content-Encoding set               HTTP/1.1 200 OK, encoding identity-ish, vary -, length %s
Cache-Control: no-transform        HTTP/1.1 200 OK, encoding -, vary -, length 9000, body right
Content-Length set                 HTTP/1.1 200 OK, encoding gzip, vary Accept-Encoding, length compressed smaller, body right
HEAD                               HTTP/1.1 200 OK, encoding -, vary -, length 9000, body right
204                                HTTP/1.1 204 No Content, encoding -, vary -, length none, body right
304                                HTTP/1.1 304 Not Modified, encoding -, vary -, length none, body right
streamed, first write decoded before the end: <p>first part</p>
then the rest: <p>second part</p>
TypeError: Event\HTTP::createServer(): Argument #1 ($options) option "compression" must be of type bool|array, string given
ValueError: Event\HTTP::createServer(): Argument #1 ($options) compression "level" must be an integer from 0 to 11, or ['gzip' => 1..9, 'br' => 0..11]
ValueError: Event\HTTP::createServer(): Argument #1 ($options) compression "threshold" must be a non-negative integer
TypeError: Event\HTTP::createServer(): Argument #1 ($options) compression "types" must be an array of media types
ValueError: Event\HTTP::createServer(): Argument #1 ($options) unknown compression setting "speed"
===DONE===
