--TEST--
edges serve, a Slim 3 application (a closure giving the App): routing, query, form and JSON bodies, cookies, an upload, echoed output, a large body in pieces, a fresh response per request, 404, a 500 then a normal response
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Slim/autoload.php')) die('skip php-slim is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0'], [], __DIR__ . '/../_inc/serve-slim-app.php');
$port = serve_port($pipes);
$curl = fn(string $path, array $args = []): string => serve_curl($port, $path, $args);
$head = fn(string $r, string $name) => preg_match_all("/^$name: (.*)$/mi", $r, $m) ? implode(' | ', $m[1]) : '-';
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);

$r = $curl('/?name=first', ['-b', 'c=1']);
echo strtok($r, "\n"), "\n", $head($r, 'Set-Cookie'), "\n", $head($r, 'Content-Type'), "\n", $body($r), "\n";
echo $body($curl('/?name=second', ['-d', 'x=1&y[]=2'])), "\n";
echo $body($curl('/', ['-H', 'Content-Type: application/json', '-d', '{"j":2}'])), "\n";
echo $body($curl('/users/5'));
echo $body($curl('/users/5'));  // the same route again: its own response body, not the last one's
echo $body($curl('/echo'));
$r = $curl('/big');
echo $head($r, 'Content-Length'), ', ', strlen($body($r)), " bytes, intact: ",
    var_export($body($r) === implode('', array_map(fn($i) => str_pad("line $i", 1023, '.') . "\n", range(0, 1023))), true), "\n";
$upload = tempnam(sys_get_temp_dir(), 'edges-up');
file_put_contents($upload, str_repeat('s', 3000));
echo $body($curl('/upload', ['-F', 'field=f1', '-F', "doc=@$upload;filename=report.txt"]));
unlink($upload);
echo strtok($curl('/users/x'), "\n"), "\n";
echo strtok($curl('/fail'), "\n"), "\n";
echo $body($curl('/?name=last')), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK
slim=yes; path=/
application/json
{"name":"first","body":null,"cookies":{"c":"1"},"method":"GET","uri":"\/?name=first","client":"127.0.0.1","served":0}
{"name":"second","body":{"x":"1","y":["2"]},"cookies":[],"method":"POST","uri":"\/?name=second","client":"127.0.0.1","served":1}
{"name":null,"body":{"j":2},"cookies":[],"method":"POST","uri":"\/?","client":"127.0.0.1","served":2}
user 5
user 5
echoed by the route
1048576, 1048576 bytes, intact: true
report.txt 3000 bytes, field f1, moved: intact
HTTP/1.1 404 Not Found
HTTP/1.1 500 Internal Server Error
{"name":"last","body":null,"cookies":[],"method":"GET","uri":"\/?name=last","client":"127.0.0.1","served":3}
stopped: exit 0
===DONE===
