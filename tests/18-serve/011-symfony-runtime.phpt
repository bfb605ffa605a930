--TEST--
Event\Serve\Runtime, the Symfony Runtime class: a front controller on vendor/autoload_runtime.php (made from Debian's php-symfony-runtime template) run by bin/edges --workers with APP_RUNTIME=Event\Serve\Runtime serves its kernel (routing, JSON, an upload, 404), and stops gracefully
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
foreach (['HttpKernel', 'Routing', 'Runtime'] as $c) {
    if (!is_file("/usr/share/php/Symfony/Component/$c/autoload.php")) die("skip php-symfony-" . strtolower($c) . " is needed");
}
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
require __DIR__ . '/../_inc/file.inc';
// An application laid out as Composer would: vendor/autoload.php (Debian's autoloaders and
// edges' runtime class), vendor/autoload_runtime.php from symfony/runtime's template.
$dir = file_tmpdir('symfony-runtime');
mkdir("$dir/vendor");
mkdir("$dir/public");
file_put_contents("$dir/vendor/autoload.php", "<?php\nrequire_once '/usr/share/php/Symfony/Component/Runtime/autoload.php';\n"
    . "require_once " . var_export(realpath(__DIR__ . '/../../runtime/Runtime.php'), true) . ";\n");
file_put_contents("$dir/vendor/autoload_runtime.php", strtr(
    file_get_contents('/usr/share/php/Symfony/Component/Runtime/Internal/autoload_runtime.template'),
    ['%runtime_class%' => "'Symfony\\Component\\Runtime\\SymfonyRuntime'", '%runtime_options%' => '[]']));
file_put_contents("$dir/public/index.php", "<?php\nrequire_once dirname(__DIR__) . '/vendor/autoload_runtime.php';\n"
    . "return require " . var_export(realpath(__DIR__ . '/../_inc/serve-symfony-app.php'), true) . ";\n");
[$proc, $pipes] = cluster_launch([], 1, [], ['APP_RUNTIME' => 'Event\Serve\Runtime', 'EDGES_SERVE_LISTEN' => '127.0.0.1:0',
    'APP_ENV' => 'test'], "$dir/public/index.php");
$port = serve_port($pipes);
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);
$a = json_decode($body(serve_curl($port, '/?name=runtime', ['-H', 'Content-Type: application/json', '-d', '{"j":1}'])), true);
echo "route {$a['route']}, name {$a['name']}, json ", json_encode($a['json']), "\n";
echo $body(serve_curl($port, '/users/7'));
$upload = tempnam(sys_get_temp_dir(), 'edges-up');
file_put_contents($upload, str_repeat('s', 2000));
echo $body(serve_curl($port, '/upload', ['-F', 'field=f1', '-F', "doc=@$upload;filename=report.txt"]));
unlink($upload);
echo strtok(serve_curl($port, '/users/x'), "\n"), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
route index, name runtime, json {"j":1}
user 7
report.txt 2000 bytes, field f1, moved: intact
HTTP/1.1 404 Not Found
stopped: exit 0
===DONE===
