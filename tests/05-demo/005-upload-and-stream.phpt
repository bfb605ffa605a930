--TEST--
demo/upload.php and demo/stream.php: an upload streamed to a file with its size and sha256; a large streamed response (smoke test)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/upload.php', ['0'], '/listening on 127\.0\.0\.1:(\d+)/');
$body = random_bytes(3 << 20);
$r = http_raw((int) $m[1], "PUT /f HTTP/1.1\r\nHost: x\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n$body", 20);
$j = json_decode(http_body($r), true);
var_dump($j['size'] === strlen($body), $j['sha256'] === hash('sha256', $body), hash_file('sha256', $j['file']) === $j['sha256']);
unlink($j['file']);
edges_stop_child($proc, $pipes);

[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/stream.php', ['0', '4'], '/on 127\.0\.0\.1:(\d+)/');
$r = http_raw((int) $m[1], "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 30);
var_dump(strlen(http_body($r)) === 4 << 20, str_contains($r, "Transfer-Encoding: chunked"));
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
===DONE===
