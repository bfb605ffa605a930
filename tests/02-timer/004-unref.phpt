--TEST--
Event\Timer::unref: an unref'ed timer does not keep the loop alive, but fires while something else does
--EXTENSIONS--
edges
--FILE--
<?php
use Event\{Loop, Timer};
$lonely = Timer::after(10, fn() => print("never: nothing else keeps the loop alive\n"));
var_dump($lonely->hasRef(), $lonely->unref() === $lonely, $lonely->hasRef());
usleep(20000); // due, but not referenced: the loop must not run it
Loop::run();
echo "returned at once\n";
$lonely->cancel();

$ticks = 0;
$keeper = Timer::after(60000, fn() => print("never: cancelled by the interval\n"));
$tick = Timer::every(5, function () use (&$ticks, $keeper) {
    echo "unref'ed interval\n";
    if (++$ticks === 2) { $keeper->cancel(); echo "referenced timer cancelled\n"; }
})->unref();
Loop::run();
echo "loop ended with the unref'ed interval still active\n";
$tick->cancel();

$back = Timer::after(5, fn() => print("ref() again keeps it alive\n"))->unref();
$back->ref();
var_dump($back->hasRef());
Loop::run();
?>
===DONE===
--EXPECT--
bool(true)
bool(true)
bool(false)
returned at once
unref'ed interval
unref'ed interval
referenced timer cancelled
loop ended with the unref'ed interval still active
bool(true)
ref() again keeps it alive
===DONE===
