--TEST--
Event\Loop: a loop kept alive by a paused socket alone sleeps in the kernel (no CPU), it does not spin
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_readable('/proc/self/stat')) die('skip needs /proc');
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
// The child's only handle is a paused server socket: nothing of its own is registered with
// libevent. Its loop must block until something happens, costing no CPU.
$code = <<<'PHP'
<?php
$server = Event\Socket::createServer(function (Event\Socket $c) use (&$server) {
    $c->pause();
    $server->close();
    Event\setImmediate(function () { echo "READY\n"; });
});
$server->listen(0, '127.0.0.1', function () use ($server) { echo "PORT ", $server->address()['port'], "\n"; });
PHP;
$file = tempnam(sys_get_temp_dir(), 'edges-spin-') . '.php';
file_put_contents($file, $code);
[$cmd, $log] = edges_child_command([PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'),
    '-d', 'extension=edges', $file]);
$proc = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$pid = proc_get_status($proc)['pid'];

function read_line($pipe, string $pattern): ?array {
    $buf = '';
    $deadline = microtime(true) + 60;
    while (microtime(true) < $deadline && !feof($pipe)) {
        $r = [$pipe]; $w = $e = null;
        if (stream_select($r, $w, $e, 0, 200000)) $buf .= fgets($pipe);
        if (preg_match($pattern, $buf, $m)) return $m;
    }
    return null;
}
function cpu_seconds(int $pid): float {
    $stat = file_get_contents("/proc/$pid/stat");
    $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
    return ($fields[11] + $fields[12]) / 100; // utime + stime, in clock ticks of 1/100 s
}

$m = read_line($pipes[1], '/PORT (\d+)/');
$client = stream_socket_client("tcp://127.0.0.1:{$m[1]}");
echo "ready: ", read_line($pipes[1], '/READY/') ? 'yes' : 'no', "\n";
$before = cpu_seconds($pid);
usleep(1000000);
$used = cpu_seconds($pid) - $before;
// A spinning loop burns the whole second (or its share of a busy machine); a sleeping one nothing.
echo "CPU used while idle for 1 s: ", $used < 0.2 ? "under 0.2 s" : "$used s", "\n";
proc_terminate($proc, 9);
proc_close($proc);
if ($log) @unlink($log);
unlink($file);
?>
===DONE===
--EXPECT--
ready: yes
CPU used while idle for 1 s: under 0.2 s
===DONE===
