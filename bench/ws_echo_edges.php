<?php
// The edges WebSocket echo server of bench/websocket.
$wss = new Event\WebSocket\Server(['port' => (int) ($argv[1] ?? 0), 'host' => '127.0.0.1']);
$wss->on('connection', function (Event\WebSocket $ws) {
    $ws->on('message', fn($data, $binary) => $ws->send($data, $binary));
});
$wss->on('listening', fn() => print("listening on 127.0.0.1:" . $wss->address()['port'] . "\n"));
