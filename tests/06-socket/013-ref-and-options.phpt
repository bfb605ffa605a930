--TEST--
Event\Socket: unref() lets the loop end with the socket open; setNoDelay/setKeepAlive/address/ref chain; properties are read-only
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$accepted = null;
$server = Socket::createServer(function (Socket $c) use (&$accepted) { $accepted = $c->unref(); })->listen(0, '127.0.0.1');
$c = Socket::connect($server->address()['port']);
var_dump($c->setNoDelay() === $c, $c->setKeepAlive(true, 1000) === $c, $c->ref() === $c);
$c->on('connect', function () use ($c, $server) {
    $a = $c->address();
    var_dump($a['address'], $a['family'], $a['port'] === $c->localPort);
    try { $c->remotePort = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
    var_dump(isset($c->remoteAddress), isset($c->nothing));
    $c->unref();
    $server->unref();
    echo "unref'ed both: the loop may end\n";
});
Event\Loop::run();
echo "loop ended with the socket open: ", var_export(!$c->destroyed, true), "\n";
$c->destroy();
$accepted->destroy();
$server->close();
Event\Loop::run();
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
bool(true)
string(9) "127.0.0.1"
string(4) "IPv4"
bool(true)
Cannot modify readonly property Event\Socket::$remotePort
bool(true)
bool(false)
unref'ed both: the loop may end
loop ended with the socket open: true
===DONE===
