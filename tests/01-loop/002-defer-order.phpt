--TEST--
Event\Loop::defer: runs before timers of the next iteration; defers queued by defers wait one iteration
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Loop;
// Each step starts from the one before: a timer due before the loop starts (a slow or busy
// machine) would otherwise run before the first deferred callback, as in node.
Loop::defer(function () {
    echo "defer from main\n";
    Event\Timer::after(50, function () {
        echo "timer A\n";
        Loop::defer(function () {
            echo "defer from A\n";
            // Queued while deferred callbacks run: it waits for the next iteration.
            Loop::defer(function () {
                echo "defer from defer\n";
                Event\setTimeout(fn() => print("timer from a deferred callback\n"), 1);
            });
        });
        Event\setImmediate(fn($x) => print("immediate from A with $x\n"), 42);
    });
});
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
timer from a deferred callback
run returned
===DONE===
