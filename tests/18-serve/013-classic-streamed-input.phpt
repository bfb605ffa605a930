--TEST--
edges serve, classic mode: php://input reads the body while it arrives (an echo sends back the first half before the client has sent the second, 8 MiB read in pieces and again from its start, a client that goes mid-body); a script that awaits in a GET and in a form POST
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0'], [],
    __DIR__ . '/../_inc/serve-classic-app.php');
$port = serve_port($pipes);
// A read of php://input returns when its block (PHP reads 8 KiB) is full or the body ended, as
// under php-fpm: the half is 12 blocks.
serve_echo_halves($port, 12 * 8192);
echo serve_sum_8mib($port);

// A client that goes after part of its body: the script sees the body end, the worker goes on.
$s = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 10);
fwrite($s, "PUT /sum HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n" . str_repeat('z', 5000));
fclose($s);
// A JSON POST is streamed too (PHP parses no form from it); a form still fills $_POST.
$r = serve_curl($port, '/form', ['-H', 'Content-Type: application/json', '-d', '{"after":"the one that left"}']);
$form = json_decode(substr($r, strpos($r, "\n\n") + 2), true);
echo "JSON: input ", $form['input'], ", post ", json_encode($form['post']), "\n";
$r = serve_curl($port, '/await');
echo substr($r, strpos($r, "\n\n") + 2);
$r = serve_curl($port, '/await', ['-d', 'a=1&b=two']);
echo substr($r, strpos($r, "\n\n") + 2);
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
echo trim($err) === '' ? "nothing on stderr\n" : $err;
?>
===DONE===
--EXPECT--
first half echoed before the second was sent: true
HTTP/1.1 200 OK
size known from Content-Length: 196608
second half echoed: true, chunked end: true
8 MiB summed in pieces, again: 8388608
JSON: input {"after":"the one that left"}, post []
awaited in a GET, post []
awaited in a POST, post {"a":"1","b":"two"}
stopped: exit 0
nothing on stderr
===DONE===
