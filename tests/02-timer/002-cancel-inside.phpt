--TEST--
Event\Timer: cancel() inside its own callback stops further ticks
--EXTENSIONS--
edges
--FILE--
<?php
$n = 0;
$t = Event\Timer::every(1, function () use (&$t, &$n) { if (++$n === 3) $t->cancel(); });
Event\Loop::run();
var_dump($n);
$t->cancel(); // idempotent
$o = Event\Timer::after(1, fn() => print("never\n"));
$o->cancel();
Event\Loop::run();
?>
===DONE===
--EXPECT--
int(3)
===DONE===
