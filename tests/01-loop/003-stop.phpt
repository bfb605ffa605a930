--TEST--
Event\Loop::stop: returns from run() after the current callback; the loop does not restart at exit
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Loop;
$t = Event\Timer::every(1, function () { echo "tick\n"; Loop::stop(); echo "after stop in same callback\n"; });
Event\setTimeout(fn() => print("never: the loop was stopped\n"), 50);
Loop::run();
echo "run returned\n";
$t->cancel();
?>
===DONE===
--EXPECT--
tick
after stop in same callback
run returned
===DONE===
