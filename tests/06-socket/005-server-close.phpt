--TEST--
Event\Socket\Server::close(): stops accepting at once, lets open connections finish, then emits 'close'
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$conns = [];
$server = Socket::createServer(function (Socket $c) use (&$conns) {
    $conns[] = $c;
    $c->on('data', fn($d) => $c->write("ok:$d"));
});
$server->listen(0, '127.0.0.1');
$port = $server->address()['port'];
$closed = false;
$server->on('close', function () use (&$closed) { $closed = true; echo "server close event\n"; });
$a = Socket::connect($port);
$b = Socket::connect($port);
$ready = 0;
foreach ([$a, $b] as $i => $c) {
    $c->on('connect', function () use (&$ready, $server, $port, $a, $b, &$closed) {
        if (++$ready < 2) return;
        Event\setTimeout(function () use ($server, $port, $a, $b, &$closed) {
            echo "connections before close: ", $server->connectionCount(), "\n";
            $server->close(fn() => print("close callback\n"));
            var_dump($server->address());
            $late = Socket::connect($port);
            $late->on('error', fn($e) => print("new connection after close: " . $e->getMessage() . "\n"));
            $a->write('a');
            $a->on('data', function ($d) use ($a, &$closed) {
                echo "a still served: $d, server closed yet: ", var_export($closed, true), "\n";
                $a->end();
            });
            $b->on('data', fn() => null);
            Event\setTimeout(function () use ($b, &$closed) {
                echo "b ends, server closed yet: ", var_export($closed, true), "\n";
                $b->end();
            }, 50);
        }, 10);
    });
}
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
