--TEST--
Event\Socket: a peer reset is an 'error' (ECONNRESET or EPIPE), then 'close' with $hadError, never silence
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
// The server never reads: destroying a socket with unread data makes the kernel send RST.
$server = Socket::createServer(function (Socket $c) {
    Event\setTimeout(fn() => $c->destroy(), 50);
})->listen(0, '127.0.0.1');
$client = Socket::connect($server->address()['port']);
$client->on('connect', fn() => $client->write(str_repeat('x', 1000)));
$client->on('data', fn() => null);
$client->on('error', function ($e) {
    echo get_class($e), ": ", in_array($e->getCode(), [104, 32], true) ? 'reset' : $e->getMessage(), "\n";
});
$client->on('close', function ($hadError) use ($server) { echo "close hadError=", var_export($hadError, true), "\n"; $server->close(); });
Event\Loop::run();
?>
===DONE===
--EXPECT--
Event\SocketException: reset
close hadError=true
===DONE===
