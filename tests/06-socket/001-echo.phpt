--TEST--
Event\Socket: a TCP echo round trip with every event in order; addresses and byte counters
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$log = ['server' => [], 'client' => []];
$server = Socket::createServer(function (Socket $conn) use (&$log) {
    $log['server'][] = "connection, remote is 127.0.0.1: " . var_export($conn->remoteAddress === '127.0.0.1', true);
    $conn->on('data', fn($d) => $conn->write("echo:$d"));
    $conn->on('end', function () use (&$log) { $log['server'][] = "end"; });
    $conn->on('close', function ($hadError) use ($conn, &$log) {
        $log['server'][] = "close " . var_export($hadError, true) . " read {$conn->bytesRead} wrote {$conn->bytesWritten}";
    });
});
$server->on('listening', function () use (&$log) { $log['server'][] = "listening"; });
var_dump($server->listen(0, '127.0.0.1') === $server);
$addr = $server->address();
var_dump($addr['address'], $addr['family'], $addr['port'] > 0);
$client = Socket::connect($addr['port'], '127.0.0.1', function () use (&$client, $addr, &$log) {
    $log['client'][] = "connect, readyState {$client->readyState}, remotePort matches: " . var_export($client->remotePort === $addr['port'], true);
    $log['client'][] = "write returned " . var_export($client->write('hello'), true);
});
var_dump($client->connecting, $client->readyState);
$client->on('data', function ($d) use ($client, $server, &$log) {
    $log['client'][] = "data $d";
    $client->end();
    $log['client'][] = "readyState after end {$client->readyState}";
    $server->close(function () use (&$log) { $log['server'][] = "server close"; });
});
$client->on('end', function () use (&$log) { $log['client'][] = "end"; });
$client->on('close', function ($hadError) use ($client, &$log) {
    $log['client'][] = "close " . var_export($hadError, true) . ", destroyed " . var_export($client->destroyed, true);
});
Event\Loop::run();
foreach ($log as $side => $lines) foreach ($lines as $l) echo "$side: $l\n";
?>
===DONE===
--EXPECT--
bool(true)
string(9) "127.0.0.1"
string(4) "IPv4"
bool(true)
bool(true)
string(7) "opening"
server: listening
server: connection, remote is 127.0.0.1: true
server: end
server: close false read 5 wrote 10
server: server close
client: connect, readyState open, remotePort matches: true
client: write returned true
client: data echo:hello
client: readyState after end readOnly
client: end
client: close false, destroyed true
===DONE===
