--TEST--
Event\Loop::now: monotonic milliseconds, advancing with the timers
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Loop;
$start = Loop::now();
var_dump(is_float($start));
Event\setTimeout(function () use ($start) {
    $elapsed = Loop::now() - $start;
    var_dump($elapsed >= 20 && $elapsed < 5000);
}, 20);
Loop::run();
var_dump(Loop::now() >= $start);
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
bool(true)
===DONE===
