--TEST--
edges serve, request bodies as streams while they arrive (a PSR-15 application): an echo sends back the first half before the client has sent the second, a large body read in pieces, a client that goes mid-body, then a normal request; X-Sendfile from the handler; awaiting in a request without a streamed body (a GET, a form)
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Nyholm/Psr7/autoload.php')) die('skip php-nyholm-psr7 is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--env', 'APP_NAME=streams'], [],
    __DIR__ . '/../_inc/serve-psr15-app.php');
$port = serve_port($pipes);
serve_echo_halves($port);
echo serve_sum_8mib($port);

// A client that goes after part of its body: the application sees the body end, the worker goes on.
$s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10);
fwrite($s, "POST /sum HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n" . str_repeat('z', 5000));
fclose($s);
$r = serve_curl($port, '/echo', ['-H', 'Content-Type: text/plain', '-d', 'after the one that left']);
echo substr($r, strpos($r, "\n\n") + 2), "\n";
// X-Sendfile from a PSR-15 handler: the file instead of the body the response had.
$file = tempnam(sys_get_temp_dir(), 'edges-xsend');
file_put_contents($file, "sent by the server\n");
$r = serve_curl($port, '/xsend?file=' . urlencode($file), ['-H', 'Range: bytes=8-']);
echo strtok($r, "\n"), ': ', substr($r, strpos($r, "\n\n") + 2);
unlink($file);
// The application awaits while handling a request whose body was not streamed (a GET, a form).
$r = serve_curl($port, '/await');
echo substr($r, strpos($r, "\n\n") + 2);
$r = serve_curl($port, '/await', ['-d', 'a=1&b=two']);
echo substr($r, strpos($r, "\n\n") + 2);
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
first half echoed before the second was sent: true
HTTP/1.1 200 OK
size known from Content-Length: 200000
second half echoed: true, chunked end: true
8 MiB summed in pieces
after the one that left
HTTP/1.1 206 Partial Content: the server
awaited in a GET, form null
awaited in a POST, form {"a":"1","b":"two"}
stopped: exit 0
===DONE===
