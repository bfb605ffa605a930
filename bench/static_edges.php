<?php
// bench/static's edges server: Event\HTTP\FileServer over a directory, nothing else.
//   bin/edges bench/static_edges.php <root> <port>
$files = new Event\HTTP\FileServer($argv[1]);
Event\HTTP::createServer(function ($req, $res) use ($files) {
    $files->handle($req, $res) || $res->writeHead(404)->end();
})->listen((int) $argv[2], '127.0.0.1');
