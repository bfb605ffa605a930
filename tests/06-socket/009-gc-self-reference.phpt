--TEST--
Event\Socket: a socket whose closures capture itself is freed once closed; a dropped open socket stays open until closed
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
class Witness { function __construct(public string $n) {} function __destruct() { echo "{$this->n} freed\n"; } }
$server = Socket::createServer(function (Socket $c) {
    $w = new Witness('server-side closure');
    $c->on('data', function ($d) use ($c, $w) { $c->end("got $d"); }); // $c captures itself
});
$server->listen(0, '127.0.0.1');
function start(int $port, Socket\Server $server) {
    $w = new Witness('client-side closure');
    // No variable outside keeps the client: the loop does, while it is open.
    $c = Socket::connect($port, '127.0.0.1', function () use (&$c) { $c->write('ping'); });
    $c->on('data', function ($d) use (&$c, $w) { echo "client: $d\n"; });
    $c->on('close', function () use ($server) { echo "client closed\n"; $server->close(); });
}
start($server->address()['port'], $server);
gc_collect_cycles();
echo "nothing freed while open\n";
Event\Loop::run();
gc_collect_cycles();
echo "after gc\n";
?>
===DONE===
--EXPECT--
nothing freed while open
client: got ping
client closed
server-side closure freed
client-side closure freed
after gc
===DONE===
