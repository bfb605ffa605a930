--TEST--
Cluster messages: Event\Cluster::send() between workers keeps order from one to another; one sent to a worker being replaced reaches its replacement
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes, $port, $pids] = cluster_start(2);
// 100 numbered messages from worker 0 to worker 1 (a request to worker 0 sends each).
$sent = 0;
while ($sent < 100) {
    // Any worker may take the request: /send says who sends; the message says which one.
    $a = cluster_get($port, "/send?to=1&msg=m$sent");
    if (($a['id'] ?? null) === 0) $sent++;
}
$got = [];
while (count($got) < 100) {
    $m = cluster_wait_line($pipes, '/^MESSAGE to 1 from 0: m(\d+)/');
    $got[] = (int) $m[1];
}
echo "100 messages from 0 to 1, in order: ", var_export($got === range(0, 99), true), "\n";

// Worker 1 dies; a message sent to it meanwhile waits for its replacement.
proc_close(proc_open(['kill', '-9', (string) $pids[1]], [], $p));
// kill(2) returns before the worker is gone: a message that reaches its socket before the kernel
// closes it is lost with it (no acknowledgements; README). Wait until it has exited (a zombie, or
// reaped), so the message meets a closed channel and waits for the replacement.
while (file_exists("/proc/{$pids[1]}") && !preg_match('/^State:\s+Z/m', (string) @file_get_contents("/proc/{$pids[1]}/status"))) {
    usleep(1000);
}
do { $a = cluster_get($port, "/send?to=1&msg=after-the-kill"); } while (($a['id'] ?? null) !== 0);
$m = cluster_wait_line($pipes, '/^MESSAGE to 1 from 0: after-the-kill/');
echo "the replacement got it: yes\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
100 messages from 0 to 1, in order: true
the replacement got it: yes
stopped: exit 0
===DONE===
