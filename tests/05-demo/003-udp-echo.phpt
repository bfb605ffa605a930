--TEST--
demo/udp_echo.php: echoes datagrams (smoke test with a raw client)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/udp_echo.php', ['0'], '/listening on 127\.0\.0\.1:(\d+)/');
$c = stream_socket_client("udp://127.0.0.1:{$m[1]}", $errno, $errstr, 5);
stream_set_timeout($c, 5);
fwrite($c, "ping over udp");
echo fread($c, 1000), "\n";
fclose($c);
$out = edges_stop_child($proc, $pipes);
echo preg_replace('/:\d+/', ':PORT', $out);
?>
===DONE===
--EXPECT--
ping over udp
13 bytes from 127.0.0.1:PORT
===DONE===
