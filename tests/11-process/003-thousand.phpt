--TEST--
Event\Process: 1,000 children spawned and reaped from the loop (50 at a time, half with exec()): no descriptor and no zombie is left
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_dir('/proc/self/fd')) die('skip needs /proc');
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Process;
$guard = edges_guard(120);
$fds = fn() => count(scandir('/proc/self/fd')) - 2;
$zombies = function () {
    $n = 0;
    foreach (glob('/proc/[0-9]*/stat') as $f) {
        $stat = @file_get_contents($f);
        if ($stat === false) continue;
        $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
        if ((int) $fields[1] === getmypid() && $fields[0] === 'Z') $n++;
    }
    return $n;
};
// Warm up: the loop's own descriptors (epoll, eventfd) exist before the count starts.
Process::exec('true', [], fn() => null);
Event\Loop::run();
$before = $fds();
// Under valgrind (run-tests -m sets USE_ZEND_ALLOC=0) each spawn costs ~50 times more: 300
// children show the same leaks, if any, in a bound a busy machine keeps.
$total = getenv('USE_ZEND_ALLOC') === '0' ? 300 : 1000;
$started = $done = $failed = 0;
$next = function () use (&$next, &$started, &$done, &$failed, $total) {
    if ($started >= $total) return;
    $i = $started++;
    if ($i % 2) {
        Process::exec('sh', ['-c', 'exit 7'], function ($err, $out, $errout, $code) use (&$next, &$done, &$failed) {
            $done++;
            if ($code !== 7) $failed++;
            $next();
        });
        return;
    }
    $p = Process::spawn('echo', ["child $i"]);
    $got = '';
    $p->stdout->on('data', function ($d) use (&$got) { $got .= $d; });
    $p->on('close', function ($code) use (&$next, &$done, &$failed, &$got, $i) {
        $done++;
        if ($code !== 0 || $got !== "child $i\n") $failed++;
        $next();
    });
};
for ($k = 0; $k < 50; $k++) $next();
Event\Loop::run();
gc_collect_cycles();
echo "done: ", $done === $total ? 'all' : $done, ", failed: $failed\n";
echo "descriptors left behind: ", $fds() - $before, "\n";
echo "zombies: ", $zombies(), "\n";
?>
===DONE===
--EXPECT--
done: all, failed: 0
descriptors left behind: 0
zombies: 0
===DONE===
