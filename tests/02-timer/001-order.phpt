--TEST--
Event\Timer: timers due together fire in creation order; a 0 ms timer never runs inside the current callback
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Timer;
// Timers started together fire by due time, then by start order; one started inside a
// callback fires in a later pass (the 5 ms timer's 0 ms child: well before 400 ms). The 0 ms
// timer is started first: started after the 5 ms one, it came second whenever the script took
// more than 5 ms in between (valgrind on a busy machine), a margin, not an order.
Timer::after(0, fn() => print("zero\n"));
for ($i = 1; $i <= 5; $i++) {
    Timer::after(400, function () use ($i) { echo "timer $i\n"; });
}
Timer::after(5, function () {
    Event\setTimeout(fn() => print("zero from 5ms timer\n"), 0);
    echo "5ms timer ends\n";
});
Timer::after(800, fn() => print("last\n"));
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
