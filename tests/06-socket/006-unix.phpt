--TEST--
Event\Socket: Unix socket round trip; the socket file is removed on close
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$path = sys_get_temp_dir() . '/edges-test-' . getmypid() . '.sock';
$server = Socket::createServer(function (Socket $c) {
    echo "server: remoteFamily ", var_export($c->remoteFamily, true), "\n";
    $c->on('data', fn($d) => $c->end(strrev($d)));
});
$server->listen($path, fn() => print("listening on a Unix socket\n"));
var_dump($server->address() === ['address' => $path, 'family' => 'Unix'], file_exists($path));
$client = Socket::connect($path, function () use (&$client) { $client->write('stressed'); });
$client->on('data', fn($d) => print("client got: $d\n"));
$client->on('close', function () use ($server, $path) {
    $server->close(function () use ($path) { echo "file removed: ", var_export(!file_exists($path), true), "\n"; });
});
Event\Loop::run();
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
listening on a Unix socket
server: remoteFamily 'Unix'
client got: desserts
file removed: true
===DONE===
