--TEST--
Event\HTTP: request bodies (Content-Length and chunked) arrive as 'data' chunks as they come; body() collects them
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    $chunks = 0; $size = 0; $hash = hash_init("sha256");
    $req->on("data", function ($d) use (&$chunks, &$size, $hash) { $chunks++; $size += strlen($d); hash_update($hash, $d); });
    $req->on("end", function () use ($req, $res, &$chunks, &$size, $hash) {
        $res->end(json_encode(["chunks>1" => $chunks > 1, "size" => $size, "sha" => substr(hash_final($hash), 0, 12), "complete" => $req->complete]));
    });
    if ($req->url === "/collect") $req->body(fn($b) => print("collected " . strlen($b) . "\n"));
});');
$body = str_repeat("abcdefghij", 100000); // 1 MB
$sha = substr(hash('sha256', $body), 0, 12);
// Content-Length, sent in pieces.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "POST /cl HTTP/1.1\r\nHost: x\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n");
foreach (str_split($body, 100000) as $piece) { fwrite($c, $piece); usleep(10000); }
$r = http_read($c);
echo substr($r, strpos($r, "\r\n\r\n") + 4), " expected sha $sha\n";
// Chunked.
$chunked = "";
foreach (str_split($body, 65536) as $piece) $chunked .= dechex(strlen($piece)) . "\r\n$piece\r\n";
$chunked .= "0\r\n\r\n";
$r = http_raw($port, "POST /collect HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n$chunked");
echo substr($r, strpos($r, "\r\n\r\n") + 4), "\n";
echo edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
{"chunks>1":true,"size":1000000,"sha":"8c0e615e999e","complete":true} expected sha 8c0e615e999e
{"chunks>1":true,"size":1000000,"sha":"8c0e615e999e","complete":true}
collected 1000000
===DONE===
