--TEST--
edges serve, a Laravel 8 application (its public/index.php): booted once, routing, query, form and JSON bodies, cookies, sessions of two clients kept apart, an upload, a streamed response, 404, a 500 then a normal response, configuration, locale and session reset between requests
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Illuminate/autoload.php')) die('skip php-laravel-framework is needed');
foreach (['mbstring', 'ctype', 'tokenizer'] as $e) if (!is_file(PHP_EXTENSION_DIR . "/$e.so")) die("skip PHP's $e module is needed");
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
// The application keeps its storage (sessions, compiled views, caches) in a directory of the test.
$storage = sys_get_temp_dir() . '/edges-laravel-storage-' . getmypid();
foreach (['framework/sessions', 'framework/views', 'framework/cache', 'logs'] as $d) mkdir("$storage/$d", 0777, true);
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--env', "LARAVEL_STORAGE=$storage",
    '--env', "APP_SERVICES_CACHE=$storage/services.php", '--env', "APP_PACKAGES_CACHE=$storage/packages.php",
    // The test's PHP runs without php.ini (-n): Laravel needs mbstring, ctype and tokenizer.
    '-d', 'extension=' . PHP_EXTENSION_DIR . '/mbstring.so', '-d', 'extension=' . PHP_EXTENSION_DIR . '/ctype.so',
    '-d', 'extension=' . PHP_EXTENSION_DIR . '/tokenizer.so'], [],
    __DIR__ . '/../_inc/serve-laravel/public/index.php');
$port = serve_port($pipes);
$curl = fn(string $path, array $args = []): string => serve_curl($port, $path, $args);
$head = fn(string $r, string $name) => preg_match_all("/^$name: (.*)$/mi", $r, $m) ? implode(' | ', $m[1]) : '-';
$body = fn(string $r) => str_replace(":$port", ":PORT", substr($r, strpos($r, "\n\n") + 2));

$r = $curl('/?name=first', ['-b', 'c=1']);
// Laravel derives Max-Age from the expiry: a slow machine sees a second go by.
echo strtok($r, "\n"), "\n", preg_replace(['/=[^;]{40}; expires=[^;]+/', '/expires=[^;]+; /', '/Max-Age=(\d+)/'], ['=ID; expires=...', 'expires=...; ', 'Max-Age=...'], $head($r, 'Set-Cookie')), "\n";
echo $head($r, 'Content-Type'), "\n", $body($r), "\n";
echo $body($curl('/?name=second', ['-d', 'x=1&y[]=2'])), "\n";
echo $body($curl('/', ['-H', 'Content-Type: application/json', '-d', '{"j":2,"x":7}'])), "\n";
echo $body($curl('/users/5'));
// Two clients, each with its own cookie jar: each sees its own session only.
$jar = [tempnam(sys_get_temp_dir(), 'edges-jar'), tempnam(sys_get_temp_dir(), 'edges-jar')];
foreach ([[0, '?who=a'], [1, '?who=b'], [0, ''], [1, ''], [0, '']] as [$i, $q]) {
    echo $body($curl("/session$q", ['-b', $jar[$i], '-c', $jar[$i]])), "\n";
}
echo $body($curl('/session')), "\n";
array_map('unlink', $jar);
$r = $curl('/stream');
echo $head($r, 'Transfer-Encoding'), "\n", $body($r);
$upload = tempnam(sys_get_temp_dir(), 'edges-up');
file_put_contents($upload, str_repeat('l', 2000));
echo $body($curl('/upload', ['-F', 'field=f1', '-F', "doc=@$upload;filename=report.txt"]));
unlink($upload);
echo strtok($curl('/users/x'), "\n"), "\n";
echo strtok($curl('/fail'), "\n"), "\n";
echo $body($curl('/?name=last')), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
echo preg_match('/production\.ERROR: thrown by a controller/', $err) ? "logged the exception\n" : $err;
exec('rm -rf ' . escapeshellarg($storage));
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK
laravel_session=ID; expires=...; Max-Age=...; path=/; httponly; samesite=lax | lv=yes; expires=...; Max-Age=...; path=/; httponly; samesite=lax
application/json
{"name":"first","form":[],"json":null,"input":null,"cookies":{"c":"1"},"method":"GET","uri":"\/?name=first","url":"http:\/\/127.0.0.1:PORT\/users\/1","client":"127.0.0.1","seen before reset":[],"served":0}
{"name":"second","form":{"x":"1","y":["2"]},"json":null,"input":"1","cookies":[],"method":"POST","uri":"\/?name=second","url":"http:\/\/127.0.0.1:PORT\/users\/1","client":"127.0.0.1","seen before reset":[],"served":1}
{"name":null,"form":[],"json":{"j":2,"x":7},"input":7,"cookies":[],"method":"POST","uri":"\/","url":"http:\/\/127.0.0.1:PORT\/users\/1","client":"127.0.0.1","seen before reset":[],"served":2}
user 5
{"n":1,"who":"a"}
{"n":1,"who":"b"}
{"n":2,"who":"a"}
{"n":2,"who":"b"}
{"n":3,"who":"a"}
{"n":1,"who":null}
chunked
part 0
part 1
part 2
report.txt 2000 bytes, field f1, moved: intact
HTTP/1.1 404 Not Found
HTTP/1.1 500 Internal Server Error
{"name":"last","form":[],"json":null,"input":null,"cookies":[],"method":"GET","uri":"\/?name=last","url":"http:\/\/127.0.0.1:PORT\/users\/1","client":"127.0.0.1","seen before reset":[],"served":3}
stopped: exit 0
logged the exception
===DONE===
