--TEST--
Cluster supervision: a worker killed with SIGKILL is replaced (same id, new process) and serving again within 2 s while the other goes on, with no request lost; one that dies right after starting is restarted with a growing delay, said on stderr
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes, $port, $pids] = cluster_start(2);
posix_kill_compat($pids[0], 9);
function posix_kill_compat(int $pid, int $sig): void { proc_close(proc_open(['kill', "-$sig", (string) $pid], [], $p)); }
$start = microtime(true);
$failed = 0; $byOld1 = 0; $newPid0 = null; $replacedAfter = null;
// Requests on new connections: those that land on the dead worker's socket wait for its
// replacement (its accept queue is the primary's), the others are served at once.
while (microtime(true) - $start < 20 * cluster_slowdown() && ($newPid0 === null || $byOld1 === 0)) {
    $a = cluster_get($port, '/');
    if (!isset($a['id'])) { $failed++; continue; }
    if ($a['id'] === 1 && $a['pid'] === $pids[1]) $byOld1++;
    if ($a['id'] === 0 && $a['pid'] !== $pids[0] && $newPid0 === null) {
        $newPid0 = $a['pid'];
        $replacedAfter = microtime(true) - $start;
    }
}
echo "worker 0 replaced by a new process: ", var_export($newPid0 !== null && $newPid0 !== $pids[0], true), "\n";
// Within 2 s of the kill (a worker starts in tens of ms; under valgrind in seconds).
$bound = 2 * cluster_slowdown();
echo "serving again within 2 s: ", $replacedAfter !== null && $replacedAfter < $bound ? 'yes' : sprintf('no (%.1f s)', $replacedAfter), "\n";
echo "worker 1 went on: ", var_export($byOld1 > 0, true), ", requests failed: $failed\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo preg_replace('/pid \d+/', 'pid N', $err), "stopped: $how\n";

// A worker that dies while starting: restarted after 100, 200, 400 ms ... until it stays up.
$dir = sys_get_temp_dir() . '/edges-crash-' . getmypid();
mkdir($dir);
file_put_contents("$dir/app.php", '<?php
if (is_file(__DIR__ . "/crash") && (int) file_get_contents(__DIR__ . "/crash") > 0) {
    file_put_contents(__DIR__ . "/crash", (int) file_get_contents(__DIR__ . "/crash") - 1);
    exit(3);
}
require "' . __DIR__ . '/../_inc/cluster-app.php";');
file_put_contents("$dir/crash", '3');
[$proc, $pipes, $port, $pids] = cluster_start(1, app: "$dir/app.php");
echo "up after crashing 3 times: ", cluster_get($port, '/')['id'] ?? 'no', "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo preg_replace('/pid \d+/', 'pid N', $err), "stopped: $how\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
===DONE===
--EXPECT--
worker 0 replaced by a new process: true
serving again within 2 s: yes
worker 1 went on: true, requests failed: 0
edges primary: worker 0 (pid N) killed by SIGKILL; restarting it
stopped: exit 0
up after crashing 3 times: 0
edges primary: worker 0 (pid N) exit status 3; restarting it in 100 ms
edges primary: worker 0 (pid N) exit status 3; restarting it in 200 ms
edges primary: worker 0 (pid N) exit status 3; restarting it in 400 ms
stopped: exit 0
===DONE===
