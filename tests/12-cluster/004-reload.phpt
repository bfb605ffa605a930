--TEST--
Cluster reload: three SIGHUPs during a 10 s wrk run (50 keep-alive connections) fail no request, and load new code; --watch reloads when a .php file below it changes
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v wrk'))) die('skip wrk not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
$dir = sys_get_temp_dir() . '/edges-reload-' . getmypid();
mkdir($dir);
copy(__DIR__ . '/../_inc/cluster-app.php', "$dir/cluster-app.php");
file_put_contents("$dir/version.php", '<?php return "v1";');
[$proc, $pipes, $port, $pids] = cluster_start(2, app: "$dir/cluster-app.php");
echo "serving ", cluster_get($port, '/')['version'], "\n";

// wrk for 10 s; three reloads while it runs, each once the one before is done.
$wrk = proc_open(['wrk', '-t1', '-c50', '-d10s', "http://127.0.0.1:$port/"], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $wp);
foreach (['v2', 'v3', 'v4'] as $version) {
    file_put_contents("$dir/version.php", "<?php return \"$version\";");
    proc_terminate($proc, 1); // SIGHUP to the primary
    cluster_wait_workers($pipes, 2, $version);
}
$report = stream_get_contents($wp[1]) . stream_get_contents($wp[2]);
proc_close($wrk);
$deadline = microtime(true) + 10;
while (($v = cluster_get($port, '/')['version'] ?? '?') !== 'v4' && microtime(true) < $deadline) usleep(20000);
preg_match('/(\d+) requests in/', $report, $m);
echo "wrk: requests answered: ", (int) ($m[1] ?? 0) > 1000 ? 'many' : $report, ", socket errors: ",
    preg_match('/Socket errors: (.*)/', $report, $e) ? $e[1] : 'none', ", non-2xx: ",
    preg_match('/Non-2xx or 3xx responses: (\d+)/', $report, $n) ? $n[1] : 'none', "\n";
echo "serving $v\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "reloads said: ", substr_count($err, 'reloading the workers one at a time (SIGHUP)'), ", stopped: $how\n";

// --watch: a change to a .php file below the directory reloads the workers.
[$proc, $pipes, $port, $pids] = cluster_start(2, ['--watch', $dir], app: "$dir/cluster-app.php");
echo "serving ", cluster_get($port, '/')['version'], "\n";
file_put_contents("$dir/version.php", '<?php return "v5";');
cluster_wait_workers($pipes, 2, 'v5');
// A new worker prints its line when it listens; it takes over once the primary hears it is ready.
$deadline = microtime(true) + 10;
while (($v = cluster_get($port, '/')['version'] ?? '?') !== 'v5' && microtime(true) < $deadline) usleep(20000);
echo "after the change, serving $v\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "reloads said: ", substr_count($err, '(--watch)'), ", stopped: $how\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
===DONE===
--EXPECT--
serving v1
wrk: requests answered: many, socket errors: none, non-2xx: none
serving v4
reloads said: 3, stopped: exit 0
serving v4
after the change, serving v5
reloads said: 1, stopped: exit 0
===DONE===
