--TEST--
demo/echo_server.php: echoes over TCP (smoke test with a raw client)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/echo_server.php', ['0'], '/listening on 127\.0\.0\.1:(\d+)/');
$c = stream_socket_client("tcp://127.0.0.1:{$m[1]}", $errno, $errstr, 5);
stream_set_timeout($c, 5);
fwrite($c, "hello edges\n");
echo fgets($c);
$big = str_repeat('x', 300000);
fwrite($c, $big);
$got = '';
while (strlen($got) < strlen($big) && !feof($c)) $got .= fread($c, 65536);
var_dump($got === $big);
fclose($c);
$out = edges_child_wait($pipes, '/closed after/') . edges_stop_child($proc, $pipes);
echo preg_replace('/:\d+/', ':PORT', $out);
?>
===DONE===
--EXPECT--
hello edges
bool(true)
connection from 127.0.0.1:PORT
closed after 300012 bytes
===DONE===
