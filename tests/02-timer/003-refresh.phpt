--TEST--
Event\Timer::refresh: restarts the countdown; re-arms a fired timer, not a cancelled one
--EXTENSIONS--
edges
--FILE--
<?php
use Event\{Loop, Timer};
$start = Loop::now();
$t = Timer::after(60, function () use ($start) {
    echo "fired after refresh: ", (Loop::now() - $start >= 90 ? "late enough" : "too early"), "\n";
});
Timer::after(30, function () use ($t) { var_dump($t->refresh() === $t); });
Loop::run();

$count = 0;
$again = Timer::after(1, function () use (&$count) { $count++; });
Loop::run();
$again->refresh();
Loop::run();
var_dump($count);

$cancelled = Timer::after(1, fn() => print("never\n"));
$cancelled->cancel();
$cancelled->refresh();
Loop::run();
?>
===DONE===
--EXPECT--
bool(true)
fired after refresh: late enough
int(2)
===DONE===
