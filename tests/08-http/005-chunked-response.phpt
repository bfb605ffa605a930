--TEST--
Event\HTTP: a streamed response is chunked for HTTP/1.1 and close-delimited for HTTP/1.0 (byte-exact)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    $res->setHeader("Content-Type", "text/plain");
    $res->write("Hello");
    Event\setTimeout(function () use ($res) { $res->write(", "); $res->end("world"); }, 20);
});');
$mask = fn($r) => json_encode(preg_replace('/^Date: .*\r\n/m', '', $r));
echo $mask(http_raw($port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
echo $mask(http_raw($port, "GET / HTTP/1.0\r\n\r\n")), "\n";
echo $mask(http_raw($port, "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
"HTTP\/1.1 200 OK\r\nContent-Type: text\/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nHello\r\n2\r\n, \r\n5\r\nworld\r\n0\r\n\r\n"
"HTTP\/1.1 200 OK\r\nContent-Type: text\/plain\r\nConnection: close\r\n\r\nHello, world"
"HTTP\/1.1 200 OK\r\nContent-Type: text\/plain\r\nConnection: close\r\n\r\n"
===DONE===
