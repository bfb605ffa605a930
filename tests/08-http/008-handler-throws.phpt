--TEST--
Event\HTTP: a handler that throws gets its client a 500 (or a cut connection once the head is out); the server keeps serving
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    if ($req->url === "/throw") { $res->setHeader("X-Lost", "1"); throw new RuntimeException("handler failed"); }
    if ($req->url === "/late") { $res->write("partial"); throw new LogicException("after the head"); }
    $res->end("fine");
});');
echo json_encode(preg_replace('/^Date: .*\r\n/m', '', http_raw($port, "GET /throw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))), "\n";
$r = http_raw($port, "GET /late HTTP/1.1\r\nHost: x\r\n\r\n");
echo "late: ", strtok($r, "\r\n"), ", cut before the end: ", var_export(!str_contains($r, "0\r\n\r\n") && !str_contains($r, '<<timeout>>'), true), "\n";
echo "next: ", strstr(http_raw($port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), "fine"), "\n";
$out = edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
"HTTP\/1.1 500 Internal Server Error\r\nContent-Type: text\/plain\r\nContent-Length: 22\r\nConnection: close\r\n\r\nInternal Server Error\n"
late: HTTP/1.1 200 OK, cut before the end: true
next: fine
===DONE===
