--TEST--
demo/helloworld.php: the seed's demo answers on port 8080 (smoke test)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (@stream_socket_client('tcp://127.0.0.1:8080', $e, $s, 0.2)) die('skip port 8080 is taken'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/helloworld.php', [], '/Server running at (\S+)/');
echo $m[1], "\n";
echo http_body(http_raw(8080, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
http://127.0.0.1:8080
Hello World
===DONE===
