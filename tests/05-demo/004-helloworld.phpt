--TEST--
demo/helloworld.php: the seed's demo answers (port 8080 by default, here a free one)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (@stream_socket_client('tcp://127.0.0.1:8080', $e, $s, 0.2)) die('skip port 8080 is taken'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
// Port 0 (the demo's optional argument): a fixed port would collide with anything else on it.
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/helloworld.php', ['0'], '/Server running at http:\/\/127\.0\.0\.1:(\d+)/');
echo http_body(http_raw((int) $m[1], "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
Hello World
===DONE===
