<?php
// The https hello world of bench/https: demo/helloworld.php's response over TLS.
// php https_edges.php PORT CERT KEY
[, $port, $cert, $key] = $argv;
Event\HTTP::createServer(['tls' => ['cert' => $cert, 'key' => $key]], function ($req, $res) {
    $res->writeHead(200, ['Content-Type' => 'text/plain']);
    $res->end("Hello World\n");
})->listen((int) $port, '127.0.0.1');
