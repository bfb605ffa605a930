--TEST--
interop: curl against Event\HTTP\FileServer and the 'compression' option: ranges, conditionals, HEAD, traversal attempts sent as they are (--path-as-is), --compressed for gzip and brotli
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v curl'))) die('skip curl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/file.inc';
$root = file_tmpdir('curl-www');
$outside = file_tmpdir('curl-outside');
file_put_contents("$outside/secret", "secret\n");
$data = random_bytes(1 << 20);
file_put_contents("$root/data.bin", $data);
file_put_contents("$root/page.html", str_repeat("<p>hello edges</p>\n", 500));
symlink("$outside/secret", "$root/link");
$files = new Event\HTTP\FileServer($root);
$server = Event\HTTP::createServer(['compression' => true], function ($req, $res) use ($files) {
    if ($req->url === '/dynamic') {
        $res->setHeader('Content-Type', 'text/html');
        $res->end(str_repeat("<li>dynamic</li>\n", 1000));
        return;
    }
    if (!$files->handle($req, $res)) $res->writeHead(404)->end("not here\n");
})->listen(0, '127.0.0.1');
$base = "http://127.0.0.1:" . $server->address()['port'];
$tmp = "$root-dl";
$runs = [
    'whole file' => [['curl', '-s', '-o', $tmp, '-w', '%{http_code} %{size_download}', "$base/data.bin"],
        fn($out) => "$out " . (file_get_contents($tmp) === $data ? 'same bytes' : 'DIFFERENT')],
    'range' => [['curl', '-s', '-r', '1000-1999', '-o', $tmp, '-w', '%{http_code} %{size_download}', "$base/data.bin"],
        fn($out) => "$out " . (file_get_contents($tmp) === substr($data, 1000, 1000) ? 'right bytes' : 'WRONG')],
    'resume (-C)' => [['curl', '-s', '-C', '1048000', '-o', '-', '-w', ' %{http_code}', "$base/data.bin"],
        fn($out) => (substr($out, 0, -4) === substr($data, 1048000) ? 'tail right' : 'WRONG') . substr($out, -4)],
    'unsatisfiable' => [['curl', '-s', '-r', '2000000-', '-o', '/dev/null', '-w', '%{http_code}', "$base/data.bin"], fn($out) => $out],
    'HEAD' => [['curl', '-s', '-I', "$base/data.bin"], fn($out) => preg_replace('/\r\n(?!(Content-Length|Accept-Ranges|HTTP))[^\r]*/', '', trim($out))],
    'time condition (-z)' => [['curl', '-s', '-z', gmdate('D, d M Y H:i:s', time() + 3600) . ' GMT', '-o', '/dev/null', '-w', '%{http_code}', "$base/data.bin"], fn($out) => $out],
    'etag save and compare' => [['sh', '-c', "curl -s -o /dev/null --etag-save $tmp.etag $base/data.bin && curl -s -o /dev/null -w '%{http_code}' --etag-compare $tmp.etag $base/data.bin"], fn($out) => $out],
    'traversal ../' => [['curl', '-s', '--path-as-is', '-o', '/dev/null', '-w', '%{http_code}', "$base/../" . basename($outside) . "/secret"], fn($out) => $out],
    'traversal %2e%2e' => [['curl', '-s', '--path-as-is', '-o', '/dev/null', '-w', '%{http_code}', "$base/%2e%2e/" . basename($outside) . "/secret"], fn($out) => $out],
    'encoded slash' => [['curl', '-s', '--path-as-is', '-o', '/dev/null', '-w', '%{http_code}', "$base/..%2f" . basename($outside) . "%2fsecret"], fn($out) => $out],
    'link out of the root' => [['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', "$base/link"], fn($out) => $out],
    'compressed page (br preferred)' => [['curl', '-s', '--compressed', '-D', "$tmp.h", '-o', $tmp, "$base/dynamic"],
        fn($out) => (preg_match('/^Content-Encoding: (\S+)/mi', file_get_contents("$tmp.h"), $m) ? $m[1] : 'none') . ', ' . (file_get_contents($tmp) === str_repeat("<li>dynamic</li>\n", 1000) ? 'decoded right' : 'WRONG')],
    'gzip only' => [['curl', '-s', '-H', 'Accept-Encoding: gzip', '-D', "$tmp.h", '-o', $tmp, "$base/dynamic"],
        fn($out) => (preg_match('/^Content-Encoding: (\S+)/mi', file_get_contents("$tmp.h"), $m) ? $m[1] : 'none') . ', ' . (gzdecode(file_get_contents($tmp)) === str_repeat("<li>dynamic</li>\n", 1000) ? 'gunzipped right' : 'WRONG')],
];
$next = function () use (&$runs, &$next, $server, $tmp) {
    if (!$runs) { $server->close(); @unlink($tmp); @unlink("$tmp.h"); @unlink("$tmp.etag"); return; }
    $name = array_key_first($runs);
    [$cmd, $show] = array_shift($runs);
    edges_run_client($cmd, function ($out, $err, $status) use ($name, $next, $show) {
        echo "$name: ", $show($out), $status ? " (exit $status: $err)" : '', "\n";
        $next();
    });
};
$next();
Event\Loop::run();
?>
===DONE===
--EXPECT--
whole file: 200 1048576 same bytes
range: 206 1000 right bytes
resume (-C): tail right 206
unsatisfiable: 416
HEAD: HTTP/1.1 200 OK
Accept-Ranges: bytes
Content-Length: 1048576
time condition (-z): 304
etag save and compare: 304
traversal ../: 403
traversal %2e%2e: 403
encoded slash: 403
link out of the root: 403
compressed page (br preferred): br, decoded right
gzip only: gzip, gunzipped right
===DONE===
