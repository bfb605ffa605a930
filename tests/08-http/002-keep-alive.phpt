--TEST--
Event\HTTP: keep-alive by default for HTTP/1.1; HTTP/1.0 closes unless it asks; Connection: close honoured both ways
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    if ($req->url === "/bye") $res->setHeader("Connection", "close");
    $res->end("r:" . $req->url);
});');
$show = fn($r) => preg_replace(['/^Date: .*\r\n/m', '/\r\n/'], ['', '|'], $r);
// Each request on a kept connection: its response read to its end (the connection stays open).
$ask = function ($c, string $request, string $last) {
    fwrite($c, $request);
    return http_read($c, 10, fn($o) => str_ends_with($o, $last));
};
// Two requests on one connection, both answered; a third proves it was kept open.
$c = stream_socket_client("tcp://127.0.0.1:$port");
echo $show($ask($c, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n", 'r:/a') . $ask($c, "GET /b HTTP/1.1\r\nHost: x\r\n\r\n", 'r:/b')), "\n";
echo "still open: ", $show($ask($c, "GET /a2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 'r:/a2')), "\n";
// HTTP/1.0 without keep-alive: closed after the response.
echo $show(http_raw($port, "GET /c HTTP/1.0\r\n\r\n")), "\n";
// HTTP/1.0 asking for keep-alive: kept.
$c = stream_socket_client("tcp://127.0.0.1:$port");
echo $show($ask($c, "GET /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 'r:/d')), "\n";
echo "still open: ", $show($ask($c, "GET /d2 HTTP/1.0\r\n\r\n", 'r:/d2')), "\n";
// The client says close.
echo $show(http_raw($port, "GET /e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
// The handler says close: requests pipelined after it are dropped.
echo $show(http_raw($port, "GET /bye HTTP/1.1\r\nHost: x\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n")), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK|Content-Length: 4|Connection: keep-alive|Keep-Alive: timeout=5||r:/aHTTP/1.1 200 OK|Content-Length: 4|Connection: keep-alive|Keep-Alive: timeout=5||r:/b
still open: HTTP/1.1 200 OK|Content-Length: 5|Connection: close||r:/a2
HTTP/1.1 200 OK|Content-Length: 4|Connection: close||r:/c
HTTP/1.1 200 OK|Content-Length: 4|Connection: keep-alive|Keep-Alive: timeout=5||r:/d
still open: HTTP/1.1 200 OK|Content-Length: 5|Connection: close||r:/d2
HTTP/1.1 200 OK|Content-Length: 4|Connection: close||r:/e
HTTP/1.1 200 OK|Connection: close|Content-Length: 6||r:/bye
===DONE===
