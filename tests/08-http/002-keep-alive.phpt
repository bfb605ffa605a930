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
// Two requests on one connection: both answered, the connection stays open (timeout, not close).
echo $show(http_raw($port, ["GET /a HTTP/1.1\r\nHost: x\r\n\r\n", "GET /b HTTP/1.1\r\nHost: x\r\n\r\n"], 1)), "\n";
// HTTP/1.0 without keep-alive: closed after the response.
echo $show(http_raw($port, "GET /c HTTP/1.0\r\n\r\n")), "\n";
// HTTP/1.0 asking for keep-alive: kept.
echo $show(http_raw($port, "GET /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 1)), "\n";
// The client says close.
echo $show(http_raw($port, "GET /e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
// The handler says close: requests pipelined after it are dropped.
echo $show(http_raw($port, "GET /bye HTTP/1.1\r\nHost: x\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n")), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK|Content-Length: 4|Connection: keep-alive|Keep-Alive: timeout=5||r:/aHTTP/1.1 200 OK|Content-Length: 4|Connection: keep-alive|Keep-Alive: timeout=5||r:/b<<timeout>>
HTTP/1.1 200 OK|Content-Length: 4|Connection: close||r:/c
HTTP/1.1 200 OK|Content-Length: 4|Connection: keep-alive|Keep-Alive: timeout=5||r:/d<<timeout>>
HTTP/1.1 200 OK|Content-Length: 4|Connection: close||r:/e
HTTP/1.1 200 OK|Connection: close|Content-Length: 6||r:/bye
===DONE===
