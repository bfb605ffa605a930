--TEST--
edges serve, a Symfony 5.4 front controller (returns a closure giving a kernel): routing, query, form and JSON bodies, cookies, an upload, a streamed response, terminate() after the response, resets between requests, 404 and 500, PHP native sessions (NativeSessionStorage) of two clients kept apart
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Symfony/Component/HttpKernel/autoload.php')) die('skip php-symfony-http-kernel is needed');
if (!is_file('/usr/share/php/Symfony/Component/Routing/autoload.php')) die('skip php-symfony-routing is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
$sessions = sys_get_temp_dir() . '/edges-sf-sessions-' . getmypid();
@mkdir($sessions);
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--env', 'APP_ENV=test', '--env', "SESSION_DIR=$sessions"], [],
    __DIR__ . '/../_inc/serve-symfony-app.php');
$port = serve_port($pipes);
$curl = fn(string $path, array $args = []): string => serve_curl($port, $path, $args);
$head = fn(string $r, string $name) => preg_match_all("/^$name: (.*)$/mi", $r, $m) ? implode(' | ', $m[1]) : '-';
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);

$r = $curl('/?name=first', ['-b', 'c=1']);
echo strtok($r, "\n"), "\n", $head($r, 'Set-Cookie'), "\n", $head($r, 'Content-Type'), "\n", $body($r), "\n";
echo $body($curl('/?name=second', ['-d', 'x=1&y[]=2'])), "\n";
echo $body($curl('/', ['-H', 'Content-Type: application/json', '-d', '{"j":2}'])), "\n";
echo $body($curl('/users/5'));
$r = $curl('/stream');
echo $head($r, 'Transfer-Encoding'), "\n", $body($r);
$upload = tempnam(sys_get_temp_dir(), 'edges-up');
file_put_contents($upload, str_repeat('s', 2000));
echo $body($curl('/upload', ['-F', 'field=f1', '-F', "doc=@$upload;filename=report.txt"]));
unlink($upload);
echo strtok($curl('/users/x'), "\n"), "\n";
echo strtok($curl('/fail'), "\n"), "\n";
echo $body($curl('/?name=last')), "\n";
// PHP's native sessions (NativeSessionStorage): two clients kept apart, the session cookie once
// (Symfony's own), a cookie the application set with setcookie() beside it, nothing left over.
$jar = tempnam(sys_get_temp_dir(), 'edges-jar');
$jar2 = tempnam(sys_get_temp_dir(), 'edges-jar');
$r = $curl('/session', ['-b', $jar, '-c', $jar]);
echo $body($r), preg_replace('/PHPSESSID=[0-9a-z,-]+/', 'PHPSESSID=(id)', $head($r, 'Set-Cookie')), "\n";
echo $body($curl('/session', ['-b', $jar, '-c', $jar]));
echo $body($curl('/session', ['-b', $jar2, '-c', $jar2]));
echo $body($curl('/peek'));
echo $body($curl('/session', ['-b', $jar, '-c', $jar]));
unlink($jar);
unlink($jar2);
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
array_map('unlink', glob("$sessions/sess_*"));
rmdir($sessions);
echo preg_match('/Uncaught DomainException: thrown by a controller/', $err) ? "logged the exception\n" : $err;
echo str_contains($err, 'No routes found') ? "logged the 404\n" : "did not log the 404\n";
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK
sf=yes; path=/; httponly; samesite=lax
application/json
{"route":"index","name":"first","form":[],"json":null,"cookies":{"c":"1"},"method":"GET","uri":"\/?name=first","client":"127.0.0.1","seen before reset":null,"terminated":0,"resets":0}
{"route":"index","name":"second","form":{"x":"1","y":["2"]},"json":null,"cookies":[],"method":"POST","uri":"\/?name=second","client":"127.0.0.1","seen before reset":null,"terminated":1,"resets":1}
{"route":"index","name":null,"form":[],"json":{"j":2},"cookies":[],"method":"POST","uri":"\/","client":"127.0.0.1","seen before reset":null,"terminated":2,"resets":2}
user 5
chunked
part 0
part 1
part 2
report.txt 2000 bytes, field f1, moved: intact
HTTP/1.1 404 Not Found
HTTP/1.1 500 Internal Server Error
{"route":"index","name":"last","form":[],"json":null,"cookies":[],"method":"GET","uri":"\/?name=last","client":"127.0.0.1","seen before reset":null,"terminated":6,"resets":8}
session n=1, PHP's session active
PHPSESSID=(id); path=/ | native=by%20setcookie
session n=2, PHP's session active
session n=1, PHP's session active
$_SESSION: null, id: ""
session n=3, PHP's session active
stopped: exit 0
logged the exception
did not log the 404
===DONE===
