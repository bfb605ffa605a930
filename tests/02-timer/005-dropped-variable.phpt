--TEST--
Event\Timer: a timer whose variable was dropped still fires, then is freed
--EXTENSIONS--
edges
--FILE--
<?php
class Witness { function __destruct() { echo "closure and timer freed\n"; } }
function start() {
    $w = new Witness;
    Event\Timer::after(5, function () use ($w) { echo "fired\n"; });
}
start();
gc_collect_cycles();
echo "main done\n";
Event\Loop::run();
echo "after run\n";
?>
===DONE===
--EXPECT--
main done
fired
closure and timer freed
after run
===DONE===
