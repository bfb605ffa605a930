--TEST--
Event\WebSocket\Server: handshake validation (400, 426 with the version, verifyClient refusals) and the RFC 6455 accept key
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], fn($req, $res) => $res->end("plain"));
$wss = new Event\WebSocket\Server(["server" => $server, "path" => "/ws", "verifyClient" => function ($req) {
    return match ($req->headers["x-token"] ?? "") { "ok" => true, "forbidden" => 403, default => false };
}]);
$wss->on("connection", fn($ws) => $ws->send("welcome"));');
$base = "Host: x\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n";
$key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
$cases = [
    'accepted' => "GET /ws HTTP/1.1\r\n{$base}{$key}Sec-WebSocket-Version: 13\r\nX-Token: ok\r\n\r\n",
    'no key' => "GET /ws HTTP/1.1\r\n{$base}Sec-WebSocket-Version: 13\r\nX-Token: ok\r\n\r\n",
    'bad key' => "GET /ws HTTP/1.1\r\n{$base}Sec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\nX-Token: ok\r\n\r\n",
    'version 8' => "GET /ws HTTP/1.1\r\n{$base}{$key}Sec-WebSocket-Version: 8\r\nX-Token: ok\r\n\r\n",
    'POST' => "POST /ws HTTP/1.1\r\n{$base}{$key}Sec-WebSocket-Version: 13\r\nContent-Length: 0\r\nX-Token: ok\r\n\r\n",
    'no Upgrade: websocket' => "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n{$key}Sec-WebSocket-Version: 13\r\nX-Token: ok\r\n\r\n",
    'verifyClient false' => "GET /ws HTTP/1.1\r\n{$base}{$key}Sec-WebSocket-Version: 13\r\n\r\n",
    'verifyClient 403' => "GET /ws HTTP/1.1\r\n{$base}{$key}Sec-WebSocket-Version: 13\r\nX-Token: forbidden\r\n\r\n",
];
foreach ($cases as $name => $raw) {
    $r = http_raw($port, $raw, 2);
    $head = strstr($r, "\r\n\r\n", true) ?: $r;
    echo str_pad($name, 24), strtok($head, "\r\n");
    if (preg_match('/Sec-WebSocket-Accept: (\S+)/', $head, $m)) echo " accept=$m[1]";
    if (preg_match('/Sec-WebSocket-Version: (\S+)/', $head, $m)) echo " version=$m[1]";
    if (str_starts_with($head, "HTTP/1.1 101")) echo " first frame: ", ws_describe(ws_parse(substr($r, strlen($head) + 4)));
    echo "\n";
}
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
accepted                HTTP/1.1 101 Switching Protocols accept=s3pPLMBiTxaQ9kYGzzhZRbK+xOo= first frame: text:welcome
no key                  HTTP/1.1 400 Bad Request
bad key                 HTTP/1.1 400 Bad Request
version 8               HTTP/1.1 426 Upgrade Required version=13
POST                    HTTP/1.1 400 Bad Request
no Upgrade: websocket   HTTP/1.1 400 Bad Request
verifyClient false      HTTP/1.1 401 Unauthorized
verifyClient 403        HTTP/1.1 403 Forbidden
===DONE===
