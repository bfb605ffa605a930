--TEST--
Event\Socket: a peer reset is an 'error' (ECONNRESET or EPIPE), then 'close' with $hadError, never silence
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
// Destroying a socket with unread data makes the kernel send RST: the server takes the
// first chunk of a megabyte and destroys the socket with the rest unread.
$server = Socket::createServer(function (Socket $c) {
    $c->once('data', fn() => $c->destroy());
})->listen(0, '127.0.0.1');
$client = Socket::connect($server->address()['port']);
$client->on('connect', fn() => $client->write(str_repeat('x', 1 << 20)));
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
