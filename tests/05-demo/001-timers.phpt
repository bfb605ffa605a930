--TEST--
demo/timers.php: timers, intervals and cancellation (smoke test)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$out, $err, $status] = edges_run_child(file_get_contents(__DIR__ . '/../../demo/timers.php'));
echo preg_replace('/^ *[\d.]+ ms  /m', '', $out), $err;
var_dump($status);
?>
===DONE===
--EXPECT--
main script done; the loop runs until nothing is left
setImmediate: runs before any timer
interval tick 1
cancelled the 200 ms timeout before it fired
interval tick 2
Timer::after with an argument: hello, edges
interval tick 3
interval cancelled after 3 ticks
int(0)
===DONE===
