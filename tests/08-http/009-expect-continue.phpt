--TEST--
Event\HTTP: 'Expect: 100-continue' is answered automatically, unless a 'checkContinue' listener decides
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$handler = '$req->body(fn($b) => $res->end("got " . strlen($b)));';
[$proc, $pipes, $port] = http_child('$server = Event\HTTP::createServer([], function ($req, $res) { ' . $handler . ' });');
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
echo json_encode(http_read($c, 5, fn($o) => str_contains($o, "\r\n\r\n"))), "\n";
fwrite($c, "hello");
echo strstr(http_read($c), "got"), "\n";
edges_stop_child($proc, $pipes);

[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], fn() => print("never: request\n"));
$server->on("checkContinue", function ($req, $res) {
    if ($req->headers["x-allowed"] ?? false) {
        $res->writeContinue();
        $req->body(fn($b) => $res->end("accepted " . $b));
    } else {
        $res->writeHead(417);
        $res->end("refused");
    }
});');
foreach (["X-Allowed: 1\r\n", ""] as $extra) {
    $c = stream_socket_client("tcp://127.0.0.1:$port");
    fwrite($c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n{$extra}Connection: close\r\n\r\n");
    $first = http_read($c, 5, fn($o) => str_contains($o, "\r\n\r\n"));
    echo strtok($first, "\r\n"), "\n";
    if (str_starts_with($first, "HTTP/1.1 100")) { fwrite($c, "ok"); $first = http_read($c); }
    echo substr($first, strrpos($first, "\n") + 1), "\n";
}
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
"HTTP\/1.1 100 Continue\r\n\r\n"
got 5
HTTP/1.1 100 Continue
accepted ok
HTTP/1.1 417 Expectation Failed
refused
===DONE===
