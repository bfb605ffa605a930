<?php
// Timers, intervals and cancellation, node-style: run with ./bin/edges demo/timers.php
use Event\Timer;
use function Event\{setTimeout, setInterval, clearInterval, setImmediate};

$start = Event\Loop::now();
$at = fn() => sprintf('%6.1f ms', Event\Loop::now() - $start);

setImmediate(fn() => print($at() . "  setImmediate: runs in the loop's first iteration\n"));

$ticks = 0;
$interval = setInterval(function () use (&$interval, &$ticks, $at) {
    $ticks++;
    echo $at(), "  interval tick $ticks\n";
    if ($ticks === 3) {
        clearInterval($interval);
        echo $at(), "  interval cancelled after 3 ticks\n";
    }
}, 100);

$never = setTimeout(fn() => print("this timeout was cancelled and never prints\n"), 200);
setTimeout(function () use ($never, $at) {
    $never->cancel();
    echo $at(), "  cancelled the 200 ms timeout before it fired\n";
}, 150);

Timer::after(250, fn(string $who) => print($at() . "  Timer::after with an argument: hello, $who\n"), 'edges');

// An unref'ed timer does not keep the process alive: this one never fires.
Timer::every(1000, fn() => print("never: unref'ed\n"))->unref();

echo $at(), "  main script done; the loop runs until nothing is left\n";
