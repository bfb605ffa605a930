--TEST--
Event\Socket\Server::close(): stops accepting at once, lets open connections finish, then emits 'close'
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$closed = false;
$clients = [];
// Each step starts from the event before it: the server's second 'connection' (both
// accepted), a's echo (a is still served after close()), b's end.
$server = Socket::createServer(function (Socket $c) use (&$server, &$clients, &$closed) {
    $c->on('data', fn($d) => $c->write("ok:$d"));
    if ($server->connectionCount() < 2) return;
    [$a, $b] = $clients;
    echo "connections before close: ", $server->connectionCount(), "\n";
    $server->close(fn() => print("close callback\n"));
    var_dump($server->address());
    $late = Socket::connect($GLOBALS['port']);
    $late->on('error', fn($e) => print("new connection after close: " . $e->getMessage() . "\n"));
    $late->on('close', function () use ($a) { $a->write('a'); });
    $a->on('data', function ($d) use ($a, $b, &$closed) {
        echo "a still served: $d, server closed yet: ", var_export($closed, true), "\n";
        $a->end();
        echo "b ends, server closed yet: ", var_export($closed, true), "\n";
        $b->end();
    });
    $b->on('data', fn() => null);
});
$server->listen(0, '127.0.0.1');
$port = $server->address()['port'];
$server->on('close', function () use (&$closed) { $closed = true; echo "server close event\n"; });
$clients = [Socket::connect($port), Socket::connect($port)];
Event\Loop::run();
echo "connections after: ", $server->connectionCount(), "\n";
?>
===DONE===
--EXPECTF--
connections before close: 2
NULL
new connection after close: connect ECONNREFUSED: Connection refused 127.0.0.1:%d
a still served: ok:a, server closed yet: false
b ends, server closed yet: false
server close event
close callback
connections after: 0
===DONE===
