--TEST--
Event\HTTP\FileServer: pipelined file responses in order, a big file by sendfile to a slow reader, and the open-file cache (a cached descriptor outlives an unlink within cacheValid; cacheValid 0 looks every time)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/file.inc';
$root = file_tmpdir('cache');
$big = random_bytes(5 << 20);
file_put_contents("$root/big.bin", $big);
file_put_contents("$root/small.txt", "small\n");
file_put_contents("$root/gone.txt", "cached\n");
file_put_contents("$root/live.txt", "first\n");
[$proc, $pipes, $port] = http_child('
$cached = new Event\HTTP\FileServer(' . var_export($root, true) . ', ["cacheValid" => 600000]);
$live = new Event\HTTP\FileServer(' . var_export($root, true) . ', ["cacheValid" => 0]);
$server = Event\HTTP::createServer([], function ($req, $res) use ($cached, $live) {
    (str_starts_with($req->url, "/live") ? $live : $cached)->handle($req, $res) || $res->writeHead(404)->end("none\n");
});');

$reqs = "GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n"
      . "GET /small.txt HTTP/1.1\r\nHost: x\r\n\r\n"
      . "GET /big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=100-199\r\n\r\n"
      . "GET /small.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
$out = http_raw($port, $reqs, 30);
$parts = [];
while ($out !== '' && preg_match('/^HTTP\/1.1 (\d+)[^\r]*\r\n(.*?)\r\n\r\n/s', $out, $m)) {
    preg_match('/Content-Length: (\d+)/', $m[2], $len);
    $body = substr($out, strlen($m[0]), (int) $len[1]);
    $parts[] = [$m[1], $body];
    $out = substr($out, strlen($m[0]) + (int) $len[1]);
}
echo "pipelined: ", count($parts), " responses: ",
    implode(', ', array_map(fn($p) => $p[0] . ' ' . ($p[1] === $big ? 'big' : ($p[1] === substr($big, 100, 100) ? 'big[100..199]' : trim($p[1]))), $parts)), "\n";

// A reader that takes its time: the 5 MiB go out by sendfile in many rounds.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
$got = '';
$reads = 0;
while (!feof($c)) {
    $chunk = fread($c, 65536);
    if ($chunk === false) break;
    $got .= $chunk;
    if (++$reads % 16 === 0) usleep(2000);
}
echo "slow reader: ", explode("\r\n\r\n", $got, 2)[1] === $big ? 'same 5 MiB' : 'DIFFERENT', "\n";

echo "cached: ", http_body(http_raw($port, "GET /gone.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
unlink("$root/gone.txt");
echo "unlinked, within cacheValid: ", http_body(http_raw($port, "GET /gone.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo "live: ", http_body(http_raw($port, "GET /live.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
file_put_contents("$root/live.txt.new", "second, longer\n");
rename("$root/live.txt.new", "$root/live.txt");
echo "live after replace: ", http_body(http_raw($port, "GET /live.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
unlink("$root/live.txt");
echo "live after unlink: ", http_body(http_raw($port, "GET /live.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
pipelined: 4 responses: 200 big, 200 small, 206 big[100..199], 200 small
slow reader: same 5 MiB
cached: cached
unlinked, within cacheValid: cached
live: first
live after replace: second, longer
live after unlink: none
===DONE===
