--TEST--
Event\Socket: IPv6 server and client on ::1
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!@stream_socket_server('tcp://[::1]:0')) die('skip no IPv6 loopback'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$server = Socket::createServer(function (Socket $c) {
    echo "server: remote {$c->remoteAddress} {$c->remoteFamily}\n";
    $c->on('data', fn($d) => $c->end("v6 $d"));
})->listen(0, '::1');
$a = $server->address();
echo "listening on {$a['address']} {$a['family']}\n";
$c = Socket::connect($a['port'], '::1', function () use (&$c) { $c->write('hi'); });
$c->on('data', fn($d) => print("client: $d\n"));
$c->on('close', fn() => $server->close());
Event\Loop::run();
?>
===DONE===
--EXPECT--
listening on ::1 IPv6
server: remote ::1 IPv6
client: v6 hi
===DONE===
