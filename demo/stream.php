<?php
// A large streamed response (chunked) that honours back-pressure: it writes
// until write() returns false, then waits for 'drain'.
//   ./bin/edges demo/stream.php [port] [megabytes]      then: curl -o /dev/null http://127.0.0.1:8082/
$port = (int) ($argv[1] ?? 8082);
$megabytes = (int) ($argv[2] ?? 100);
$server = Event\HTTP::createServer([], function ($req, $res) use ($megabytes) {
    $res->setHeader('Content-Type', 'application/octet-stream');
    $block = str_repeat('edges streams without buffering it all. ', 1638) . "\n"; // ~64 KiB
    $left = $megabytes * (1 << 20);
    $pump = function () use ($res, $block, &$left) {
        while ($left > 0) {
            $piece = substr($block, 0, min($left, strlen($block)));
            $left -= strlen($piece);
            if (!$res->write($piece)) {
                return; // the client is slower than us: wait for 'drain'
            }
        }
        $res->end();
    };
    $res->on('drain', $pump);
    $req->on('close', function () use (&$left) { $left = 0; });
    $pump();
});
$server->listen($port, '127.0.0.1', function () use ($server, $megabytes) {
    echo "Streaming {$megabytes} MB per request on 127.0.0.1:{$server->address()['port']}\n";
});
