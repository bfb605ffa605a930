--TEST--
Event\HTTP: headersTimeout and requestTimeout end slow senders with 408; keepAliveTimeout closes idle connections
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer(["headersTimeout" => 300, "requestTimeout" => 600, "keepAliveTimeout" => 300], function ($req, $res) {
    $req->on("end", fn() => $res->end("ok"));
});');
$t = microtime(true);
// Slowloris: a header line now and then, never the end of the head.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET / HTTP/1.1\r\nHost: x\r\n");
for ($i = 0; $i < 3; $i++) { usleep(150000); @fwrite($c, "X-Slow-$i: 1\r\n"); }
$r = http_read($c, 5);
echo "slow headers: ", strtok($r, "\r\n"), ", within 5 s: ", var_export(microtime(true) - $t < 5, true), "\n";
// Headers in time, body too slow.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
$r = http_read($c, 5);
echo "slow body: ", strtok($r, "\r\n"), "\n";
// Idle keep-alive connection: closed quietly after keepAliveTimeout.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$t = microtime(true);
$r = http_read($c, 5);
$idle = microtime(true) - $t;
echo "idle: ", substr($r, -2), ", closed by the server: ", var_export(!str_contains($r, '<<timeout>>'), true), ", after at least 0.25 s: ", var_export($idle > 0.25, true), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
slow headers: HTTP/1.1 408 Request Timeout, within 5 s: true
slow body: HTTP/1.1 408 Request Timeout
idle: ok, closed by the server: true, after at least 0.25 s: true
===DONE===
