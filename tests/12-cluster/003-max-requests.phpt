--TEST--
Cluster --max-requests and --max-memory: a worker asks to be replaced after N requests, or once its memory passes the limit after a GC run; its replacement starts first, no request fails
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
// Under valgrind every request costs a valgrind'd worker tens of milliseconds and every
// replacement seconds: 20 requests a worker keep the test well inside run-tests' 300 s there
// (with 100 it passed only on retry on a loaded machine).
$max = getenv('EDGES_VALGRIND') === '1' ? 20 : 100;
[$proc, $pipes, $port, $pids] = cluster_start(2, ['--max-requests', (string) $max]);
$failed = 0; $seen = []; $requests = 0;
// Until five workers have answered (the two first, then replacements of replacements).
while (count($seen) < 5 && $requests < 5000) {
    $requests++;
    $a = cluster_get($port, '/');
    isset($a['pid']) ? $seen[$a['pid']] = true : $failed++;
}
echo "five workers answered: ", var_export(count($seen) >= 5, true), ", requests failed: $failed\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "replacements asked for: ", var_export(substr_count($err, 'served --max-requests requests') >= 3, true), "\n";
echo "stopped: $how\n";

// --max-memory: a worker that keeps 100 MiB more than the limit allows is replaced (checked
// once a second). Under valgrind a worker's memory is valgrind's too: the limit moves up.
$limit = getenv('EDGES_VALGRIND') === '1' ? 600 : 64;
[$proc, $pipes, $port, $pids] = cluster_start(1, ['--max-memory', (string) $limit]);
$a = cluster_get($port, '/grow?mb=' . ($limit + 36));
$deadline = microtime(true) + 30 * cluster_slowdown();
while (($b = cluster_get($port, '/'))['pid'] === $a['pid'] && microtime(true) < $deadline) usleep(50000);
echo "replaced after it grew: ", var_export(isset($b['pid']) && $b['pid'] !== $a['pid'], true), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "said: ", var_export(str_contains($err, 'memory over --max-memory'), true), ", stopped: $how\n";
?>
===DONE===
--EXPECT--
five workers answered: true, requests failed: 0
replacements asked for: true
stopped: exit 0
replaced after it grew: true
said: true, stopped: exit 0
===DONE===
