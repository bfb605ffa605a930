<?php
// Swoole's hello world, an optional peer of bench/http (SWOOLE_SO=/path/to/swoole.so):
// SWOOLE_BASE with one worker, the mode that serves from one process as edges does.
$port = (int) ($argv[1] ?? 8080);
$server = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
$server->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING, 'enable_coroutine' => false]);
$server->on('request', function ($req, $res) {
    $res->header('Content-Type', 'text/plain');
    $res->end("Hello World\n");
});
$server->start();
