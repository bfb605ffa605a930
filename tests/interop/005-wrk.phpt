--TEST--
interop: a short wrk load run (keep-alive, 20 connections) against the edges hello world: no request fails
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v wrk'))) die('skip wrk not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$server = Event\HTTP::createServer([], function ($req, $res) {
    $res->writeHead(200, ['Content-Type' => 'text/plain']);
    $res->end("Hello World\n");
})->listen(0, '127.0.0.1');
edges_run_client(['wrk', '-t1', '-c20', '-d2s', 'http://127.0.0.1:' . $server->address()['port'] . '/'], function ($out, $err, $status) use ($server) {
    preg_match('/(\d+) requests in/', $out, $m);
    echo "requests: ", (int) $m[1] > 100 ? "many" : $out, "\n";
    echo "errors: ", preg_match('/Socket errors|Non-2xx/', $out) ? $out : "none", "\n";
    echo "exit $status\n";
    $server->close();
});
Event\Loop::run();
?>
===DONE===
--EXPECT--
requests: many
errors: none
exit 0
===DONE===
