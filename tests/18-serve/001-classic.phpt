--TEST--
edges serve, classic front controller: superglobals, forms, uploads, cookies, sessions, headers, exit, streaming, a 500, X-Sendfile, and the state taken back between requests
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--env', 'APP_NAME=classic'], [],
    __DIR__ . '/../_inc/serve-classic-app.php');
$serving = fn(): int => serve_port($pipes);
$port = $serving();
$jar = tempnam(sys_get_temp_dir(), 'edges-jar');
$jar2 = tempnam(sys_get_temp_dir(), 'edges-jar');
$curl = function (string $path, array $args = []) use (&$port): string {
    return serve_curl($port, $path, $args);
};
$head = fn(string $r, string $name) => preg_match_all("/^$name: (.*)$/mi", $r, $m) ? implode(' | ', $m[1]) : '-';
$status = fn(string $r) => strtok($r, "\n");
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);

$r = $curl('/?name=edges');
echo $status($r), "\n", $head($r, 'X-App'), "\n", $head($r, 'Set-Cookie'), "\n", $head($r, 'Content-type'), "\n", $body($r);
$r = $curl('/');
echo $body($r);

$r = $curl('/form?q=1', ['-d', 'a=1&b[]=x&b[]=y']);
echo $body($r);
$upload = tempnam(sys_get_temp_dir(), 'edges-up');
file_put_contents($upload, str_repeat('u', 1000));
$r = $curl('/form', ['-F', 'field=v', '-F', "doc=@$upload;filename=doc.txt"]);
echo $body($r);
unlink($upload);
$r = $curl('/form', ['-H', 'Content-Type: application/json', '-X', 'PUT', '-d', '{"json":true}']);
echo $body($r);

echo $body($curl('/session', ['-b', $jar, '-c', $jar]));
echo $body($curl('/session', ['-b', $jar, '-c', $jar]));
echo $body($curl('/session', ['-b', $jar2, '-c', $jar2]));

echo $body($curl('/env'));
echo $body($curl('/env'));

$r = $curl('/stream');
echo $head($r, 'Transfer-Encoding'), "\n", $body($r);
$r = $curl('/status');
echo $status($r), " ", $head($r, 'Location'), " ", $body($r), "\n";
echo $body($curl('/buffered')), "\n";
$sent = tempnam(sys_get_temp_dir(), 'edges-xsend');
file_put_contents($sent, "a file sent by the server\n");
$r = $curl('/xsend?file=' . urlencode($sent), ['-H', 'Range: bytes=2-']);
echo $status($r), " ", $head($r, 'Content-Disposition'), " ", $head($r, 'Content-Range'), " ", $head($r, 'X-Sendfile'), " ", $body($r);
unlink($sent);
$r = $curl('/throw');
echo $status($r), " [", $body($r), "]\n";
echo $body($curl('/'));

[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n"; if ($how !== "exit 0") echo $err;
echo preg_match('/Uncaught RuntimeException: thrown by the app/', $err) ? "logged the uncaught exception\n" : $err;
unlink($jar);
unlink($jar2);
?>
===DONE===
--EXPECTF--
HTTP/1.1 200 OK
classic
a=1 | b=2
text/html; charset=UTF-8
hello edges; visits this request: 1/1; leaked global: no
hello world; visits this request: 1/1; leaked global: no
{"method":"POST","get":{"q":"1"},"post":{"a":"1","b":["x","y"]},"input":"a=1&b[]=x&b[]=y","files":[],"request":{"q":"1","a":"1","b":["x","y"]}}
{"method":"POST","get":[],"post":{"field":"v"},"input":"","files":{"doc":["doc.txt",1000,true,true]},"request":{"field":"v"}}
{"method":"PUT","get":[],"post":[],"input":"{\"json\":true}","files":[],"request":[]}
session n=1
session n=2
session n=1
["classic",false,"14"]
["classic",false,"14"]
chunked
line 0
line 1
line 2
HTTP/1.1 302 Found /elsewhere moved
kept in a buffer
HTTP/1.1 206 Partial Content attachment; filename="notes.txt" bytes 2-25/26 - file sent by the server
HTTP/1.1 500 Internal Server Error []
hello world; visits this request: 1/1; leaked global: no
stopped: exit 0
logged the uncaught exception
===DONE===
