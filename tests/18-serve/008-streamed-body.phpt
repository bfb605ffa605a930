--TEST--
edges serve, request bodies as streams while they arrive (a PSR-15 application): an echo sends back the first half before the client has sent the second, a large body read in pieces, a client that goes mid-body, then a normal request; X-Sendfile from the handler
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Nyholm/Psr7/autoload.php')) die('skip php-nyholm-psr7 is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--env', 'APP_NAME=streams'], [],
    __DIR__ . '/../_inc/serve-psr15-app.php');
$port = serve_port($pipes);
$deadline = fn() => microtime(true) + 30 * cluster_slowdown();
// Reads from $s until $done($received) says so (bounded); returns what came.
$read_until = function ($s, callable $done) use ($deadline): string {
    $got = '';
    $end = $deadline();
    while (!$done($got) && microtime(true) < $end && !feof($s)) {
        $r = [$s]; $w = $e = null;
        if (stream_select($r, $w, $e, 0, 100000)) $got .= (string) fread($s, 65536);
    }
    return $got;
};

// The echo: half the body, then wait for it to come back, then the other half.
$s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10);
stream_set_blocking($s, false);
fwrite($s, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: 200000\r\n\r\n");
$half = str_repeat('x', 100000);
for ($off = 0; $off < strlen($half); $off += (int) fwrite($s, substr($half, $off))) {
    $r = $e = null; $w = [$s];
    stream_select($r, $w, $e, 1);
}
$first = $read_until($s, fn(string $got) => substr_count($got, 'x') >= 100000);
echo "first half echoed before the second was sent: ", var_export(substr_count($first, 'x') === 100000, true), "\n";
echo strtok($first, "\r\n"), "\n";
echo preg_match('/^X-Body-Size: (\d+)/mi', $first, $m) ? "size known from Content-Length: $m[1]\n" : "no size\n";
$second = str_repeat('y', 100000);
for ($off = 0; $off < strlen($second); $off += (int) fwrite($s, substr($second, $off))) {
    $r = $e = null; $w = [$s];
    stream_select($r, $w, $e, 1);
}
$rest = $read_until($s, fn(string $got) => str_ends_with($got, "\r\n0\r\n\r\n"));
echo "second half echoed: ", var_export(substr_count($rest, 'y') === 100000, true), ", chunked end: ",
    var_export(str_ends_with($rest, "\r\n0\r\n\r\n"), true), "\n";
fclose($s);

// 8 MiB read in pieces as it arrives (the worker never holds it whole).
$file = tempnam(sys_get_temp_dir(), 'edges-body');
$data = random_bytes(8 << 20);
file_put_contents($file, $data);
$r = serve_curl($port, '/sum', ['-H', 'Content-Type: application/octet-stream', '-H', 'Expect:', '--data-binary', "@$file"]);
echo substr($r, strpos($r, "\n\n") + 2) === (8 << 20) . " bytes, sha1 " . sha1($data) . ", in pieces\n" ? "8 MiB summed in pieces\n" : $r;
unlink($file);

// A client that goes after part of its body: the application sees the body end, the worker goes on.
$s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10);
fwrite($s, "POST /sum HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n" . str_repeat('z', 5000));
fclose($s);
$r = serve_curl($port, '/echo', ['-H', 'Content-Type: text/plain', '-d', 'after the one that left']);
echo substr($r, strpos($r, "\n\n") + 2), "\n";
// X-Sendfile from a PSR-15 handler: the file instead of the body the response had.
$file = tempnam(sys_get_temp_dir(), 'edges-xsend');
file_put_contents($file, "sent by the server\n");
$r = serve_curl($port, '/xsend?file=' . urlencode($file), ['-H', 'Range: bytes=8-']);
echo strtok($r, "\n"), ': ', substr($r, strpos($r, "\n\n") + 2);
unlink($file);
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
first half echoed before the second was sent: true
HTTP/1.1 200 OK
size known from Content-Length: 200000
second half echoed: true, chunked end: true
8 MiB summed in pieces
after the one that left
HTTP/1.1 206 Partial Content: the server
stopped: exit 0
===DONE===
