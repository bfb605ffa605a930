--TEST--
Cluster stop: SIGTERM to the primary during a 1 s request: the client gets its whole response, every worker stops gracefully, the primary exits 0
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes, $port, $pids] = cluster_start(2);
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET /slow?ms=1000 HTTP/1.1\r\nHost: x\r\n\r\n");
cluster_wait_line($pipes, '/^SLOW/');  // the request is in
proc_terminate($proc, 15);
$r = http_read($c, 15);
echo "response: ", str_starts_with($r, 'HTTP/1.1 200') ? 'complete' : json_encode($r), ", says close: ",
    var_export(str_contains($r, "Connection: close\r\n"), true), ", body: ", isset(json_decode(http_body($r), true)['id']) ? 'whole' : 'broken', "\n";
[$out, $err, $how] = edges_wait_child($proc, $pipes);
echo "primary: $how", $err === '' ? '' : ", stderr: $err", "\n";
echo "new connections refused: ", var_export(@stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 2) === false, true), "\n";
?>
===DONE===
--EXPECT--
response: complete, says close: true, body: whole
primary: exit 0
new connections refused: true
===DONE===
