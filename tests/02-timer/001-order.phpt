--TEST--
Event\Timer: timers due together fire in creation order; a 0 ms timer never runs inside the current callback
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Timer;
for ($i = 1; $i <= 5; $i++) {
    Timer::after(40, function () use ($i) { echo "timer $i\n"; });
}
Timer::after(5, function () {
    Event\setTimeout(fn() => print("zero from 5ms timer\n"), 0);
    echo "5ms timer ends\n";
});
Timer::after(0, fn() => print("zero\n"));
Timer::after(80, fn() => print("last\n"));
Event\Loop::run();
?>
===DONE===
--EXPECT--
zero
5ms timer ends
zero from 5ms timer
timer 1
timer 2
timer 3
timer 4
timer 5
last
===DONE===
