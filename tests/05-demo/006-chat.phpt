--TEST--
demo/chat.php: serves its page and broadcasts WebSocket messages to every client (smoke test)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/chat.php', ['0'], '/Chat running at http:\/\/127\.0\.0\.1:(\d+)/');
$port = (int) $m[1];
$page = http_body(http_raw($port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
echo "page: ", str_contains($page, "new WebSocket('ws://' + location.host + '/chat')") ? 'has the chat script' : $page, "\n";
$a = ws_raw_connect($port, '/chat');
echo "a: ", ws_describe(ws_parse(http_read($a, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
$b = ws_raw_connect($port, '/chat');
echo "b: ", ws_describe(ws_parse(http_read($b, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
echo "a: ", ws_describe(ws_parse(http_read($a, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
fwrite($a, ws_frame(1, 'ann: hello all'));
echo "b: ", ws_describe(ws_parse(http_read($b, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
echo "a: ", ws_describe(ws_parse(http_read($a, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
fwrite($b, ws_frame(8, pack('n', 1000)));
http_read($b, 10, fn($o) => count(ws_parse($o)) >= 1);
fclose($b);
echo "a: ", ws_describe(ws_parse(http_read($a, 10, fn($o) => count(ws_parse($o)) >= 1))), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
page: has the chat script
a: text:* someone joined (1 here)
b: text:* someone joined (2 here)
a: text:* someone joined (2 here)
b: text:ann: hello all
a: text:ann: hello all
a: text:* someone left (1 here)
===DONE===
