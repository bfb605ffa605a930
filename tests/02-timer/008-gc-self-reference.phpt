--TEST--
Event\Timer: a timer whose closure captures the timer itself is collected once cancelled and dropped
--EXTENSIONS--
edges
--FILE--
<?php
class Witness { function __construct(public string $name) {} function __destruct() { echo "{$this->name} destroyed\n"; } }
function interval() {
    $w = new Witness('interval');
    $t = Event\Timer::every(1, function () use (&$t, $w) { $t->cancel(); echo "cancelled itself\n"; });
}
function oneShot() {
    $w = new Witness('one-shot');
    $t = null;
    $t = Event\Timer::after(1, function () use (&$t, $w) { echo "one-shot fired\n"; });
}
interval();
oneShot();
Event\Loop::run();
echo "loop done\n";
gc_collect_cycles();
echo "collected\n";
?>
===DONE===
--EXPECT--
cancelled itself
one-shot fired
loop done
interval destroyed
one-shot destroyed
collected
===DONE===
