--TEST--
edges serve, a front controller that returns a closure giving a PSR-15 handler: PSR-7 requests from Nyholm's factories, uploads, streamed responses, state kept on purpose, a 500 from a throw
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Nyholm/Psr7/autoload.php')) die('skip php-nyholm-psr7 is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--env', 'APP_NAME=psr15'], [],
    __DIR__ . '/../_inc/serve-psr15-app.php');
$port = serve_port($pipes);
$curl = fn(string $path, array $args = []): string => serve_curl($port, $path, $args);
$head = fn(string $r, string $name) => preg_match_all("/^$name: (.*)$/mi", $r, $m) ? implode(' | ', $m[1]) : '-';
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);

$r = $curl('/?q=1&list[]=a', ['-b', 'x=1; y=a%20b']);
echo strtok($r, "\n"), "\n", $head($r, 'Set-Cookie'), "\n", $head($r, 'Content-Length'), "\n", $body($r);
echo $body($curl('/', ['-d', 'a=1&b[]=2']));
echo $body($curl('/', ['-X', 'PUT', '-H', 'Content-Type: application/json', '-d', '{"j":1}']));
// 4 MiB read slowly by the client: the response is sent as it drains.
$r = $curl('/big', ['--limit-rate', '8M']);
$b = $body($r);
echo $head($r, 'Transfer-Encoding'), ' ', strlen($b), ' ', $b === implode('', array_map(fn($i) => str_repeat(chr(65 + $i % 26), 65536), range(0, 63))) ? 'intact' : 'damaged', "\n";
$upload = tempnam(sys_get_temp_dir(), 'edges-up');
file_put_contents($upload, str_repeat('p', 3000));
echo $body($curl('/upload', ['-F', 'field=f2', '-F', "doc=@$upload;filename=data.bin"]));
unlink($upload);
echo strtok($curl('/throw'), "\n"), "\n";
echo strtok($curl('/missing'), "\n"), "\n";
echo $body($curl('/'));
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
echo preg_match('/Uncaught LogicException: thrown by the handler/', $err) ? "logged the exception\n" : $err;
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK
a=1 | b=2
160
{"app":"psr15","handled":1,"method":"GET","query":{"q":"1","list":["a"]},"form":null,"body":"","cookies":{"x":"1","y":"a b"},"agent":true,"remote":"127.0.0.1"}
{"app":"psr15","handled":2,"method":"POST","query":[],"form":{"a":"1","b":["2"]},"body":"a=1&b[]=2","cookies":[],"agent":true,"remote":"127.0.0.1"}
{"app":"psr15","handled":3,"method":"PUT","query":[],"form":null,"body":"{\"j\":1}","cookies":[],"agent":true,"remote":"127.0.0.1"}
chunked 4194304 intact
data.bin 3000 bytes, field f2, moved: intact
HTTP/1.1 500 Internal Server Error
HTTP/1.1 404 Nothing Here
{"app":"psr15","handled":8,"method":"GET","query":[],"form":null,"body":"","cookies":[],"agent":true,"remote":"127.0.0.1"}
stopped: exit 0
logged the exception
===DONE===
