--TEST--
Event\Socket: destroy() inside a 'data' handler stops further events except 'close'; the peer sees the connection end
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$server = Socket::createServer(function (Socket $c) {
    $c->on('data', function ($d) use ($c) {
        echo "server data once: ", strlen($d) > 0 ? 'yes' : 'no', "\n";
        $c->destroy();
        var_dump($c->destroyed, $c->readyState);
        try { $c->write('x'); } catch (Event\SocketException $e) { echo $e->getMessage(), "\n"; }
    });
    $c->on('end', fn() => print("never: end after destroy\n"));
    $c->on('close', fn($e) => print("server close hadError=" . var_export($e, true) . "\n"));
})->listen(0, '127.0.0.1');
$client = Socket::connect($server->address()['port']);
$client->on('connect', function () use ($client) { $client->write('first'); });
$client->on('data', fn() => print("never: no data\n"));
$client->on('end', fn() => print("client end\n"));
$client->on('close', function () use ($server) { echo "client close\n"; $server->close(); });
Event\Loop::run();
?>
===DONE===
--EXPECT--
server data once: yes
bool(true)
string(6) "closed"
Cannot call write after a stream was destroyed
server close hadError=false
client end
client close
===DONE===
