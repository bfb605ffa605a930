<?php
// A TCP echo server (node's net): ./bin/edges demo/echo_server.php [port]
// Try it: nc 127.0.0.1 7000
use Event\Socket;

$port = (int) ($argv[1] ?? 7000);
$server = Socket::createServer(function (Socket $conn) {
    echo "connection from {$conn->remoteAddress}:{$conn->remotePort}\n";
    $conn->on('data', function (string $data) use ($conn) {
        // Back-pressure: stop reading while the peer does not take what we send.
        if (!$conn->write($data)) {
            $conn->pause();
        }
    });
    $conn->on('drain', fn() => $conn->resume());
    $conn->on('close', fn() => print("closed after {$conn->bytesRead} bytes\n"));
    $conn->on('error', fn(Throwable $e) => print("error: {$e->getMessage()}\n"));
});
$server->listen($port, '127.0.0.1', function () use ($server) {
    $a = $server->address();
    echo "Echo server listening on {$a['address']}:{$a['port']}\n";
});
