<?php
// A UDP echo server (node's dgram): ./bin/edges demo/udp_echo.php [port]
// Try it: echo hello | nc -u -w1 127.0.0.1 7001
$port = (int) ($argv[1] ?? 7001);
$udp = Event\Datagram::bind($port, '127.0.0.1');
$udp->on('message', function (string $msg, array $from) use ($udp) {
    echo "{$from['size']} bytes from {$from['address']}:{$from['port']}\n";
    $udp->send($msg, $from['port'], $from['address']);
});
$a = $udp->address();
echo "UDP echo listening on {$a['address']}:{$a['port']}\n";
