--TEST--
Event\Socket: connect refused, DNS failure and EADDRINUSE arrive as Event\SocketException / Event\DnsException
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$probe = Socket::createServer()->listen(0, '127.0.0.1');
$port = $probe->address()['port'];
try {
    Socket::createServer()->listen($port, '127.0.0.1');
} catch (Event\SocketException $e) {
    echo get_class($e), " code=", $e->getCode() === 98 ? 'EADDRINUSE' : $e->getCode(), ": ", $e->getMessage() === "listen EADDRINUSE: Address already in use 127.0.0.1:$port" ? 'message ok' : $e->getMessage(), "\n";
}
$probe->close();

$refused = Socket::connect($port, '127.0.0.1');   // nothing listens there any more
$refused->on('connect', fn() => print("never\n"));
$refused->on('error', function ($e) use ($port) {
    echo "refused: ", get_class($e), " ", $e->getCode() === 111 ? 'ECONNREFUSED' : $e->getCode(), " ", $e->getMessage() === "connect ECONNREFUSED: Connection refused 127.0.0.1:$port" ? 'message ok' : $e->getMessage(), "\n";
});
$refused->on('close', fn($hadError) => print("refused: close " . var_export($hadError, true) . "\n"));

$dns = Socket::connect(80, 'no-such-host.invalid');
$dns->on('error', fn($e) => print("dns: " . get_class($e) . " " . $e->getMessage() . "\n"));
$dns->on('close', fn($hadError) => print("dns: close " . var_export($hadError, true) . "\n"));

$unix = Socket::connect('/nonexistent/edges.sock');
$unix->on('error', fn($e) => print("unix: " . $e->getMessage() . "\n"));

foreach ([fn() => Socket::connect(0), fn() => Socket::connect(70000), fn() => Socket::connect(1.5), fn() => Socket::connect(80, 'h', 'nope'),
          fn() => Socket::createServer()->listen(-1), fn() => Socket::createServer('nope'),
          fn() => Socket::connect('/tmp/x.sock', fn() => 1, fn() => 2), fn() => Socket::connect(str_repeat('p', 200)),
          fn() => Event\HTTP::createServer([])->listen(65536), fn() => Event\HTTP::createServer([])->listen('/tmp/y.sock', 'host')] as $bad) {
    try { $bad(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
Event\Loop::run();
?>
===DONE===
--EXPECT--
Event\SocketException code=EADDRINUSE: message ok
ValueError: Event\Socket::connect(): Argument #1 ($port) must be between 1 and 65535
ValueError: Event\Socket::connect(): Argument #1 ($port) must be between 1 and 65535
TypeError: Event\Socket::connect(): Argument #1 ($port) must be of type int|string, float given
TypeError: Event\Socket::connect(): Argument #3 ($onConnect) must be a valid callback or null
ValueError: Event\Socket\Server::listen(): Argument #1 ($port) must be between 0 and 65535
TypeError: Event\Socket::createServer(): Argument #1 ($options) must be a valid callback or null, function "nope" not found or invalid function name
ArgumentCountError: Event\Socket::connect() takes at most 2 arguments with a Unix socket path
ValueError: Event\Socket::connect(): Argument #1 ($port) must be a Unix socket path of 1 to 107 bytes
ValueError: Event\HTTP\Server::listen(): Argument #1 ($port) must be between 0 and 65535
TypeError: Event\HTTP\Server::listen(): Argument #2 ($host) must be a valid callback or null
dns: Event\DnsException getaddrinfo ENOTFOUND no-such-host.invalid (nodename nor servname provided, or not known)
dns: close true
unix: connect ENOENT: No such file or directory /nonexistent/edges.sock
refused: Event\SocketException ECONNREFUSED message ok
refused: close true
===DONE===
