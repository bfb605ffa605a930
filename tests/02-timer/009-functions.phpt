--TEST--
Event\setTimeout/setInterval/clearTimeout/clearInterval: node's functions return and take Event\Timer
--EXTENSIONS--
edges
--FILE--
<?php
use function Event\{setTimeout, setInterval, clearTimeout, clearInterval};
$t = setTimeout(fn() => print("never\n"), 5);
var_dump($t instanceof Event\Timer);
clearTimeout($t);
$n = 0;
$i = setInterval(function () use (&$i, &$n) { echo "interval ", ++$n, "\n"; if ($n == 3) clearInterval($i); }, 1);
setTimeout(fn() => print("default delay\n"));
Event\Loop::run();
?>
===DONE===
--EXPECT--
bool(true)
interval 1
default delay
interval 2
interval 3
===DONE===
