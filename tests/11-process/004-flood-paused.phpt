--TEST--
Event\Process: a child that floods stdout while the parent pauses it is held back by the pipe (memory stays bounded), and resumes where it stopped
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_readable('/proc/self/status')) die('skip needs /proc');
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Process;
$guard = edges_guard(30);
$rss = function () { preg_match('/^VmRSS:\s+(\d+)/m', file_get_contents('/proc/self/status'), $m); return (int) $m[1]; };
$p = Process::spawn('yes', ['0123456789abcdef0123456789abcdef']);
$received = 0; $whilePaused = 0; $paused = false; $base = null; $peak = 0;
$p->stdout->on('data', function ($d) use (&$received, &$paused, &$whilePaused, $p, &$base, $rss, &$peak) {
    $received += strlen($d);
    if ($paused) $whilePaused += strlen($d);
    if ($base === null && $received > (1 << 20)) {
        // Stop reading for a while: the child fills the pipe and blocks in write().
        $base = $rss();
        $paused = true;
        $p->stdout->pause();
        $ticks = 0;
        $t = Event\setInterval(function () use (&$t, &$ticks, $p, &$paused, $rss, &$peak) {
            $peak = max($peak, $rss());
            if (++$ticks < 20) return;
            Event\clearInterval($t);
            $paused = false;
            $p->stdout->resume();
        }, 10);
    } elseif ($base !== null && !$paused && $received > (8 << 20)) {
        $p->kill();
    }
});
$p->on('close', function ($code, $signal) use (&$received, &$whilePaused, &$base, &$peak) {
    echo "ended by $signal after more than 8 MiB: ", var_export($received > (8 << 20), true), "\n";
    echo "nothing delivered while paused: ", var_export($whilePaused === 0, true), "\n";
    echo "memory while paused grew less than 8 MiB: ", ($peak - $base) < 8192 ? 'yes' : 'no (' . ($peak - $base) . ' KiB)', "\n";
});
Event\Loop::run();
?>
===DONE===
--EXPECT--
ended by SIGTERM after more than 8 MiB: true
nothing delivered while paused: true
memory while paused grew less than 8 MiB: yes
===DONE===
