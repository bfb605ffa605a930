--TEST--
Event\HTTP: a request read whole from a client that asked to close is answered and closed at once (no lingering wait for the client's FIN); the response is complete
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) use (&$server) {
    $res->end($req->url === "/count" ? "open connections: " . $server->connectionCount() : str_repeat("x", 100000));
});');
foreach (["GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET / HTTP/1.0\r\n\r\n",
          "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"] as $request) {
    $a = stream_socket_client("tcp://127.0.0.1:$port");
    fwrite($a, $request);
    $r = http_read($a, 10); // until the server closes; $a itself stays open
    echo strtok($r, "\r\n"), ", body complete: ", var_export(strlen(http_body($r)) === 100000, true), "\n";
    // The server no longer holds $a: it did not wait for $a's FIN.
    echo http_body(http_raw($port, "GET /count HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
    fclose($a);
}
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK, body complete: true
open connections: 1
HTTP/1.1 200 OK, body complete: true
open connections: 1
HTTP/1.1 200 OK, body complete: true
open connections: 1
===DONE===
