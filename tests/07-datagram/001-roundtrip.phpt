--TEST--
Event\Datagram: UDP round trip over IPv4 and IPv6; 'message' carries the sender's address
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Datagram;
$guard = edges_guard();
foreach (['127.0.0.1', '::1'] as $host) {
    $server = Datagram::bind(0, $host);
    $server->on('message', function ($msg, $rinfo) use ($server) {
        echo "server got '$msg' from {$rinfo['family']} size {$rinfo['size']}\n";
        $server->send(strtoupper($msg), $rinfo['port'], $rinfo['address']);
    });
    $client = Datagram::bind(0, $host);
    $client->on('message', function ($msg, $rinfo) use ($client, $server) {
        echo "client got '$msg' from port ", $rinfo['port'] === $server->address()['port'] ? 'of the server' : $rinfo['port'], "\n";
        $client->close(fn() => print("client closed\n"));
        $server->close();
    });
    $a = $server->address();
    echo "bound {$a['address']} {$a['family']}\n";
    $client->send("hello $host", $a['port'], $host);
    Event\Loop::run();
}
try { Datagram::bind(70000); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$d = Datagram::bind();
try { Datagram::bind($d->address()['port']); } catch (Event\SocketException $e) { echo $e->getCode() === 98 ? 'EADDRINUSE' : $e->getMessage(), "\n"; }
$d->on('error', fn($e) => print(get_class($e) . ": " . $e->getMessage() . "\n"));
$d->send('x', 9, 'host.invalid');
$d->unref();
Event\Loop::run();
$d->close();
?>
===DONE===
--EXPECTF--
bound 127.0.0.1 IPv4
server got 'hello 127.0.0.1' from IPv4 size 15
client got 'HELLO 127.0.0.1' from port of the server
client closed
bound ::1 IPv6
server got 'hello ::1' from IPv6 size 9
client got 'HELLO ::1' from port of the server
client closed
Event\Datagram::bind(): Argument #1 ($port) must be between 0 and 65535
EADDRINUSE
Event\DnsException: getaddrinfo ENOTFOUND host.invalid (%s)
===DONE===
