--TEST--
Event\Socket::setTimeout(): 'timeout' after idle time, activity postpones it, the socket stays open until the user acts
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\{Socket, Loop};
$guard = edges_guard();
// The timer is the subject: what holds however the machine runs is that 'timeout' comes
// only after 100 ms without activity, counted from the last read.
$server = Socket::createServer(function (Socket $c) {
    $last = Loop::now();
    $c->on('data', function ($d) use (&$last) { $last = Loop::now(); });
    $c->setTimeout(100, function () use ($c, &$last) {
        $idle = Loop::now() - $last;
        echo "timeout after 100 ms without activity: ", $idle >= 99 ? 'yes' : "no ($idle ms)", ", still open: ", var_export(!$c->destroyed, true), "\n";
        $c->end('bye');
    });
})->listen(0, '127.0.0.1');
$client = Socket::connect($server->address()['port']);
$n = 0;
$t = Event\setInterval(function () use ($client, &$n, &$t) { $client->write('.'); if (++$n === 5) Event\clearInterval($t); }, 40);
$client->on('data', fn($d) => print("client got $d\n"));
$client->on('close', fn() => $server->close());
try { $client->setTimeout(-1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
Loop::run();
?>
===DONE===
--EXPECT--
Event\Socket::setTimeout(): Argument #1 ($ms) must be greater than or equal to 0
timeout after 100 ms without activity: yes, still open: true
client got bye
===DONE===
