<?php
$http = new Event\HTTP();
$srv = $http->createServer(function($request, $response) {
    $response->writeHead(200, array('Content-Type'=>'text/plain'));
    $response->end("Hello World\n");
})->listen((int) ($argv[1] ?? 8080));
print "Server running at http://127.0.0.1:{$srv->address()['port']}\n";
