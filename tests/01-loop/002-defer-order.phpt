--TEST--
Event\Loop::defer: runs before timers of the next iteration; defers queued by defers wait one iteration
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Loop;
Event\Timer::after(50, function () {
    echo "timer A\n";
    Event\setTimeout(fn() => print("timer from A\n"), 200);
    Loop::defer(function () {
        echo "defer from A\n";
        Loop::defer(fn() => print("defer from defer\n"));
    });
    Event\setImmediate(fn($x) => print("immediate from A with $x\n"), 42);
});
Loop::defer(fn() => print("defer from main\n"));
Loop::run();
echo "run returned\n";
?>
===DONE===
--EXPECT--
defer from main
timer A
defer from A
immediate from A with 42
defer from defer
timer from A
run returned
===DONE===
