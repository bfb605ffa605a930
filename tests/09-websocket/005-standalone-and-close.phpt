--TEST--
Event\WebSocket\Server standalone ('port'): plain HTTP gets 426; close() says 1001 to every client, then 'close'; a peer that never answers our close is cut after the timeout
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
require __DIR__ . '/../_inc/ws.inc';
$guard = edges_guard();
$wss = new Event\WebSocket\Server(['port' => 0, 'host' => '127.0.0.1']);
$wss->on('listening', function () use ($wss) {
    $port = $wss->address()['port'];
    echo "listening\n";
    $clients = [];
    for ($i = 0; $i < 3; $i++) {
        $c = Event\WebSocket::connect("ws://127.0.0.1:$port/");
        $c->on('close', function ($code, $reason) { $GLOBALS['log'][] = "a client: close $code [$reason]"; });
        $clients[] = $c;
    }
});
$opened = 0;
$wss->on('connection', function ($ws) use (&$opened, $wss) {
    if (++$opened < 3) return;
    echo "clients: ", $wss->clientCount(), "\n";
    $wss->close(function () use ($wss) { $GLOBALS['log'][] = "server close, clients left: " . $wss->clientCount(); });
});
$log = [];
Event\Loop::run();
// The server closes TCP as soon as each close handshake is done; which side of this one
// process hears of it first is not the point.
sort($log);
echo implode("\n", $log), "\n";

// A raw peer that never answers the close frame: the session cuts it after the close timeout.
$server = Event\HTTP::createServer([], fn() => null)->listen(0, '127.0.0.1');
$ws2 = new Event\WebSocket\Server(['server' => $server, 'closeTimeout' => 300]);
$ws2->on('connection', function (Event\WebSocket $ws) use ($server) {
    $ws->close(1000, 'going');
    $t = Event\Loop::now();
    $ws->on('close', function ($code) use ($t, $server) {
        echo "silent peer: close $code after the timeout: ", var_export(Event\Loop::now() - $t >= 290, true), "\n";
        $server->close();
    });
});
$port = $server->address()['port'];
$raw = Event\Socket::connect($port);
$raw->write("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
$raw->on('data', fn() => null); // reads, never answers
$raw->on('close', fn() => print("raw peer: connection closed by the server\n"));
Event\Loop::run();
?>
===DONE===
--EXPECT--
listening
clients: 3
a client: close 1001 [server closing]
a client: close 1001 [server closing]
a client: close 1001 [server closing]
server close, clients left: 0
silent peer: close 1006 after the timeout: true
raw peer: connection closed by the server
===DONE===
