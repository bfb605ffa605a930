--TEST--
interop: curl against the edges HTTP server: keep-alive reuse, chunked upload, --http1.0, Expect: 100-continue
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v curl'))) die('skip curl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$server = Event\HTTP::createServer([], function ($req, $res) {
    $hash = hash_init('sha256'); $n = 0;
    $req->on('data', function ($d) use ($hash, &$n) { hash_update($hash, $d); $n += strlen($d); });
    $req->on('end', function () use ($req, $res, $hash, &$n) {
        $res->setHeader('Content-Type', 'text/plain');
        $res->end("{$req->method} {$req->url} HTTP/{$req->httpVersion} bytes=$n sha=" . substr(hash_final($hash), 0, 16)
            . " te=" . ($req->headers['transfer-encoding'] ?? '-') . " expect=" . ($req->headers['expect'] ?? '-') . "\n");
    });
})->listen(0, '127.0.0.1');
$base = "http://127.0.0.1:" . $server->address()['port'];
$file = tempnam(sys_get_temp_dir(), 'edges-curl');
file_put_contents($file, str_repeat('0123456789', 200000)); // 2 MB
$sha = substr(hash_file('sha256', $file), 0, 16);
echo "expected sha $sha\n";
$runs = [
    'keep-alive' => ['curl', '-sv', "$base/one", "$base/two"],
    'chunked upload' => ['curl', '-s', '-H', 'Transfer-Encoding: chunked', '--data-binary', "@$file", "$base/chunked"],
    'http/1.0' => ['curl', '-s', '--http1.0', '-D', '-', "$base/old"],
    'expect' => ['curl', '-s', '-H', 'Expect: 100-continue', '--data-binary', "@$file", "$base/expect"],
];
$next = function () use (&$runs, &$next, $server, $file) {
    if (!$runs) { $server->close(); unlink($file); return; }
    $name = array_key_first($runs);
    $cmd = array_shift($runs);
    edges_run_client($cmd, function ($out, $err, $status) use ($name, $next) {
        echo "== $name (exit $status)\n";
        if ($name === 'keep-alive') echo "connection reused: ", var_export(str_contains($err, 'Re-using existing connection'), true), "\n";
        if ($name === 'http/1.0') $out = preg_replace(['/^Date: .*\r\n/m', '/\r\n/'], ['', "\n"], $out);
        echo $out;
        $next();
    });
};
$next();
Event\Loop::run();
?>
===DONE===
--EXPECTF--
expected sha %s
== keep-alive (exit 0)
connection reused: true
GET /one HTTP/1.1 bytes=0 sha=e3b0c44298fc1c14 te=- expect=-
GET /two HTTP/1.1 bytes=0 sha=e3b0c44298fc1c14 te=- expect=-
== chunked upload (exit 0)
POST /chunked HTTP/1.1 bytes=2000000 sha=%s te=chunked expect=%s
== http/1.0 (exit 0)
HTTP/1.1 200 OK
Content-Type: text/plain
Content-Length: 61
Connection: close

GET /old HTTP/1.0 bytes=0 sha=e3b0c44298fc1c14 te=- expect=-
== expect (exit 0)
POST /expect HTTP/1.1 bytes=2000000 sha=%s te=- expect=100-continue
===DONE===
