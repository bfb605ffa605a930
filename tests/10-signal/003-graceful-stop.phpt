--TEST--
Graceful stop by default: SIGTERM closes listening servers and idle keep-alive connections, lets the request in flight finish (Connection: close), says 1001 to WebSockets, exits 0 once the loop is empty; past edges.grace it exits 1 naming what was open; a second signal exits at once; a script with its own listener decides
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';
$server = tempnam(sys_get_temp_dir(), 'edges-stop-') . '.php';
file_put_contents($server, '<?php
$http = Event\HTTP::createServer(function ($req, $res) {
    if ($req->url !== "/slow") { $res->end("quick"); return; }
    echo "slow request in\n";
    Event\setTimeout(fn() => $res->end("slow done"), 300);
});
$wss = new Event\WebSocket\Server(["server" => $http, "path" => "/ws"]);
if (($argv[1] ?? "") === "interval") Event\setInterval(fn() => null, 1000);
if (($argv[1] ?? "") === "own") {
    Event\Signal::on("SIGTERM", function () use ($http) { echo "my own SIGTERM listener\n"; });
}
$http->listen(0, "127.0.0.1", fn() => print("PORT " . $http->address()["port"] . "\n"));
');

// 1. Graceful: an idle keep-alive connection, a WebSocket and a request in flight.
[$proc, $pipes, $m] = edges_start_child($server, [], '/PORT (\d+)/');
$port = (int) $m[1];
$idle = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($idle, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
http_read($idle, 5, fn($o) => str_ends_with($o, 'quick'));
$ws = ws_raw_connect($port, '/ws');
$slow = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($slow, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
echo edges_child_wait($pipes, '/slow request in/');
proc_terminate($proc, 15);
$r = http_read($slow, 10);
echo "in flight: ", str_ends_with($r, 'slow done') ? 'finished' : $r, ", Connection: close: ", var_export(str_contains($r, "Connection: close\r\n"), true), "\n";
echo "idle keep-alive connection: ", http_read($idle, 10) === '' ? 'closed' : 'still open', "\n";
echo "WebSocket: ", ws_describe(ws_parse(http_read($ws, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
fwrite($ws, ws_frame(8, pack('n', 1001))); // a client answers the close, as browsers do
[$out, $err, $how] = edges_wait_child($proc, $pipes);
echo "child: $how, stderr: ", json_encode($err), $out, "\n";

// 2. Something keeps the loop alive past the grace period: exit 1, and it is named.
[$proc, $pipes, $m] = edges_start_child($server, ['interval'], '/PORT (\d+)/', php: ['-d', 'edges.grace=0.5']);
proc_terminate($proc, 15);
[$out, $err, $how] = edges_wait_child($proc, $pipes);
echo "with an interval: $how, stderr: $err", $out;

// 3. A second signal ends it at once, whatever is in flight (no valgrind: it is killed).
[$proc, $pipes, $m] = edges_start_child($server, [], '/PORT (\d+)/', env: ['USE_ZEND_ALLOC' => '1']);
$slow = stream_socket_client("tcp://127.0.0.1:{$m[1]}");
fwrite($slow, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
edges_child_wait($pipes, '/slow request in/');
proc_terminate($proc, 15);
// Two signals sent together may merge into one (POSIX): the second goes once the first has
// been acted on, which shows as the listening socket closing.
$deadline = microtime(true) + 10;
while (($c = @stream_socket_client("tcp://127.0.0.1:{$m[1]}", $e, $s, 1)) && microtime(true) < $deadline) {
    fclose($c);
    usleep(20000);
}
proc_terminate($proc, 15);
[$out, $err, $how] = edges_wait_child($proc, $pipes);
echo "second SIGTERM: $how, stderr: $err";

// 4. The script listens for SIGTERM itself: it decides; the server goes on serving.
[$proc, $pipes, $m] = edges_start_child($server, ['own'], '/PORT (\d+)/');
proc_terminate($proc, 15);
echo edges_child_wait($pipes, '/my own/');
echo "still serving: ", http_body(http_raw((int) $m[1], "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
echo edges_stop_child($proc, $pipes);
unlink($server);
?>
===DONE===
--EXPECT--
slow request in
in flight: finished, Connection: close: true
idle keep-alive connection: closed
WebSocket: close:1001
child: exit 0, stderr: ""
with an interval: exit 1, stderr: edges: SIGTERM: still open after the 0.5 s grace period: Event\Timer (every 1000 ms)
second SIGTERM: signal 15, stderr: edges: SIGTERM again: exiting now
my own SIGTERM listener
still serving: quick
===DONE===
