--TEST--
Event\HTTP: 'upgrade' hands the Event\Socket and the bytes already read to user code; without a listener it is an ordinary request
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], fn($req, $res) => $res->end("plain " . $req->url));
$server->on("upgrade", function (Event\HTTP\Request $req, Event\Socket $socket, string $head) {
    $socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n");
    $socket->write("head was [" . $head . "] for " . $req->headers["upgrade"] . ";");
    $socket->on("data", fn($d) => $socket->write(strtoupper($d)));
    $socket->on("end", fn() => $socket->end());
});');
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nearly bytes");
echo http_read($c, 5, fn($o) => str_ends_with($o, ';')), "\n";
fwrite($c, "now raw tcp");
echo http_read($c, 5, fn($o) => str_contains($o, 'RAW')), "\n";
stream_socket_shutdown($c, STREAM_SHUT_WR);
var_dump(http_read($c));
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
HTTP/1.1 101 Switching Protocols
Upgrade: echo
Connection: Upgrade

head was [early bytes] for echo;
NOW RAW TCP
string(0) ""
===DONE===
