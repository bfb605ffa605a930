<?php
// The server of bench/route: hello world with routeKey (the X-Key header), in a cluster.
$port = (int) ($argv[1] ?? 8080);
Event\HTTP::createServer(['routeKey' => fn($req) => $req->headers['x-key'] ?? null], function ($req, $res) {
    $res->end("Hello World\n");
})->listen($port, '127.0.0.1');
