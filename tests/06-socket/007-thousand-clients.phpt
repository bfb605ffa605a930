--TEST--
Event\Socket: 1,000 concurrent client connections to one server in one process
--EXTENSIONS--
edges
--SKIPIF--
<?php
preg_match('/Max open files\s+(\d+)/', file_get_contents('/proc/self/limits'), $m);
if ((int) $m[1] < 2100) die("skip needs 2100 open files (ulimit -n)");
?>
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard(60);
const N = 1000;
$accepted = [];
// The server answers nobody until all 1,000 connections are open at once.
$server = Socket::createServer(function (Socket $c) use (&$accepted) {
    $accepted[] = $c;
    $c->on('data', fn() => null); // read, so the clients' FIN is seen
    if (count($accepted) < N) return;
    foreach ($accepted as $j => $conn) $conn->write("go $j");
})->listen(0, '127.0.0.1');
$port = $server->address()['port'];
$connected = 0; $answered = 0; $closed = 0;
for ($i = 0; $i < N; $i++) {
    $c = Socket::connect($port, '127.0.0.1');
    $c->on('connect', function () use (&$connected) { $connected++; });
    $c->on('data', function ($d) use ($c, &$answered) {
        if (str_starts_with($d, 'go ')) $answered++;
        $c->end();
    });
    $c->on('close', function () use (&$closed, $server) { if (++$closed === N) $server->close(); });
    $c->on('error', fn($e) => print($e->getMessage() . "\n"));
}
Event\Loop::run();
var_dump($connected, $answered, $closed, count($accepted), $server->connectionCount());
?>
===DONE===
--EXPECT--
int(1000)
int(1000)
int(1000)
int(1000)
int(0)
===DONE===
