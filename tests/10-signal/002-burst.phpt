--TEST--
Event\Signal: a burst of signals: real-time signals are all delivered (the kernel queues them); a standard signal sent again while one is pending may be merged (POSIX), never lost entirely
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\{Signal, Process};
$guard = edges_guard();
$rt = 40; // SIGRTMIN + 6 on Linux: real-time signals are queued, one delivery each
$counts = ['rt' => 0, 'usr1' => 0];
$a = Signal::on($rt, function () use (&$counts) { $counts['rt']++; });
$b = Signal::on('SIGUSR1', function () use (&$counts) { $counts['usr1']++; });
$a->ref();
// The burst ends with a real-time signal of a higher number: the kernel hands pending
// signals over lowest first, so once it has come, every other one has.
$done = Signal::on($rt + 1, function () use ($a, $b, &$done) { $a->close(); $b->close(); $done->close(); });
$done->ref();
$pid = Process::pid();
Process::exec('sh', ['-c', "for i in \$(seq 50); do kill -$rt $pid; kill -USR1 $pid; done; kill -" . ($rt + 1) . " $pid"], fn() => null);
Event\Loop::run();
echo "real-time: {$counts['rt']} of 50\n";
echo "SIGUSR1: between 1 and 50: ", var_export($counts['usr1'] >= 1 && $counts['usr1'] <= 50, true), "\n";
?>
===DONE===
--EXPECT--
real-time: 50 of 50
SIGUSR1: between 1 and 50: true
===DONE===
