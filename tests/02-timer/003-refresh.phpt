--TEST--
Event\Timer::refresh: restarts the countdown; re-arms a fired timer, not a cancelled one
--EXTENSIONS--
edges
--FILE--
<?php
use Event\{Loop, Timer};
// Ordered by the callbacks, not by a margin: the 1 ms timer comes first however busy the
// machine is (a stall of a whole second aside), and the refreshed one counts from the refresh.
$refreshed = null;
$t = Timer::after(1000, function () use (&$refreshed) {
    echo "fired after refresh: ", ($refreshed !== null && Loop::now() - $refreshed >= 1000 ? "late enough" : "too early"), "\n";
});
Timer::after(1, function () use ($t, &$refreshed) {
    $refreshed = Loop::now();
    var_dump($t->refresh() === $t);
});
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
