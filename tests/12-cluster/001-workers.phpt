--TEST--
Cluster: bin/edges --workers 2 runs the script in two workers (ids 0 and 1, a primary that runs no user code); they share one port and new connections spread over both; outside a cluster a process is worker 0 of 1
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
// Outside a cluster.
var_dump(Event\Cluster::isWorker(), Event\Cluster::workerId(), Event\Cluster::workers(), Event\Cluster::ownerOf('any key'));
Event\Cluster::on('message', fn($m, $from) => print("to myself: $m from $from\n"));
Event\Cluster::send(0, 'hello');
try { Event\Cluster::send(1, 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
Event\Loop::run();

[$proc, $pipes, $port, $pids] = cluster_start(2);
echo "workers: ", implode(',', array_keys($pids)), ", two processes: ", var_export(count(array_unique($pids)) === 2, true), "\n";
$counts = [0 => 0, 1 => 0];
$failed = 0;
for ($i = 0; $i < 400; $i++) {
    $a = cluster_get($port, '/');
    isset($a['id']) ? $counts[$a['id']]++ : $failed++;
}
echo "400 connections: failed $failed, each worker at least 25 %: ", var_export($counts[0] >= 100 && $counts[1] >= 100, true), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
bool(false)
int(0)
int(1)
int(0)
Event\Cluster::send(): Argument #1 ($workerId) must be a worker id from 0 to 0
to myself: hello from 0
workers: 0,1, two processes: true
400 connections: failed 0, each worker at least 25 %: true
stopped: exit 0
===DONE===
