--TEST--
Event\Socket: 10 MB echoed through one connection with write()/'drain' and pause()/resume() on both sides, in bounded memory
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard(60);
const TOTAL = 10 * 1024 * 1024;
$chunk = str_repeat('0123456789abcdef', 4096); // 64 KiB
$peakMem = 0; $peakQueued = 0; $pauses = 0; $drains = ['server' => 0, 'client' => 0];
$baseline = memory_get_usage();

$server = Socket::createServer(function (Socket $conn) use (&$pauses, &$drains, &$peakQueued) {
    // Echo with back-pressure: stop reading while the peer does not take our writes.
    $conn->on('data', function ($d) use ($conn, &$pauses, &$peakQueued) {
        $peakQueued = max($peakQueued, $conn->writableLength);
        if (!$conn->write($d)) { $conn->pause(); $pauses++; }
    });
    $conn->on('drain', function () use ($conn, &$drains) { $drains['server']++; $conn->resume(); });
    $conn->on('end', fn() => $conn->end());
})->listen(0, '127.0.0.1');

$sent = 0; $received = 0; $hash = hash_init('sha256'); $expect = hash_init('sha256');
$client = Socket::connect($server->address()['port'], '127.0.0.1');
$pump = function () use ($client, $chunk, &$sent, $expect, &$pump) {
    while ($sent < TOTAL) {
        $sent += strlen($chunk);
        hash_update($expect, $chunk);
        if (!$client->write($chunk)) return; // wait for 'drain'
    }
    $client->end();
};
$client->on('connect', $pump);
$client->on('drain', function () use ($pump, &$drains) { $drains['client']++; $pump(); });
$client->on('data', function ($d) use (&$received, $hash, &$peakMem, $baseline, $client) {
    $received += strlen($d);
    hash_update($hash, $d);
    $peakMem = max($peakMem, memory_get_usage() - $baseline);
    // Stop reading once, until the server had to pause: it must pause, not buffer.
    static $stalled = false;
    if (!$stalled) {
        $stalled = true;
        $client->pause();
        $wait = Event\setInterval(function () use (&$wait, $client) {
            global $pauses;
            if ($pauses > 0) { Event\clearInterval($wait); $client->resume(); }
        }, 10);
    }
});
$client->on('close', function () use ($server) { $server->close(); });
Event\Loop::run();

var_dump($sent === TOTAL, $received === TOTAL, hash_final($hash) === hash_final($expect));
echo "client drained: ", $drains['client'] > 0 ? 'yes' : 'no', "\n";
echo "server paused and drained: ", $pauses > 0 && $drains['server'] > 0 ? 'yes' : 'no', "\n";
echo "server queue bounded (< 1 MiB): ", $peakQueued < (1 << 20) ? 'yes' : "no ($peakQueued)", "\n";
echo "PHP memory bounded (< 4 MiB): ", $peakMem < (4 << 20) ? 'yes' : "no ($peakMem)", "\n";
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
bool(true)
client drained: yes
server paused and drained: yes
server queue bounded (< 1 MiB): yes
PHP memory bounded (< 4 MiB): yes
===DONE===
