--TEST--
Event\Socket\Server: out of file descriptors (EMFILE), accepting pauses without spinning the CPU and resumes; the listener survives
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/bin/sh')) die('skip needs /bin/sh for ulimit');
if (getenv('USE_ZEND_ALLOC') === '0') die('skip valgrind needs descriptors of its own');
?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
// The server runs with only 48 descriptors; this test opens many more connections.
$script = tempnam(sys_get_temp_dir(), 'edges-emfile') . '.php';
file_put_contents($script, '<?php
$conns = [];
$server = Event\Socket::createServer(function ($c) use (&$conns) {
    $conns[] = $c;
    $c->on("data", fn($d) => $c->write("pong"));
    $c->on("close", function () use ($c, &$conns) { $conns = array_filter($conns, fn($x) => $x !== $c); });
})->listen(0, "127.0.0.1", function () use (&$server) { echo "PORT ", $server->address()["port"], "\n"; });
');
$cmd = ['/bin/sh', '-c', 'ulimit -n 48 && exec "$0" "$@"', PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'),
        '-d', 'extension=edges', '-d', 'auto_prepend_file=' . __DIR__ . '/../_inc/exit-on-stdin-eof.php', $script];
$proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$line = fgets($pipes[1]);
$port = (int) substr($line, 5);
$pid = proc_get_status($proc)['pid'];
$cpu = fn() => array_sum(array_slice(explode(' ', file_get_contents("/proc/$pid/stat")), 13, 2));
// 80 connections: about 40 fit, the rest wait in the listen queue while the server is out of descriptors.
$clients = [];
for ($i = 0; $i < 80; $i++) $clients[] = stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 5);
// Wait until the server has run out of descriptors (it holds nearly all 48), however long it takes.
$deadline = microtime(true) + 20;
while (count(scandir("/proc/$pid/fd")) - 2 < 46 && microtime(true) < $deadline) usleep(20000);
$before = $cpu();
usleep(1000000);
$ticks = $cpu() - $before;
echo "CPU while out of descriptors: ", $ticks < 30 ? "idle" : "spinning ($ticks ticks)", "\n";
// Free descriptors: the waiting connections get accepted and served.
foreach (array_splice($clients, 0, 60) as $c) fclose($c);
$served = 0;
foreach ($clients as $c) {
    stream_set_timeout($c, 10);
    fwrite($c, "ping");
    if (fread($c, 4) === 'pong') $served++;
}
echo "served after descriptors were freed: $served of ", count($clients), "\n";
$late = stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 5);
stream_set_timeout($late, 5);
fwrite($late, "ping");
echo "listener still accepting: ", var_export(fread($late, 4) === 'pong', true), "\n";
foreach ($clients as $c) fclose($c);
fclose($late);
edges_stop_child($proc, $pipes);
unlink($script);
?>
===DONE===
--EXPECT--
CPU while out of descriptors: idle
served after descriptors were freed: 20 of 20
listener still accepting: true
===DONE===
