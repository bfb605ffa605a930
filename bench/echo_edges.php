<?php
// The edges echo server of bench/tcp-echo (what demo/echo_server.php does, without logging).
$server = Event\Socket::createServer(function (Event\Socket $c) {
    $c->setNoDelay(true);
    $c->on('data', fn($d) => $c->write($d));
    $c->on('error', fn() => null);
});
$server->listen((int) ($argv[1] ?? 0), '127.0.0.1', function () use ($server) {
    echo "listening on 127.0.0.1:", $server->address()['port'], "\n";
});
