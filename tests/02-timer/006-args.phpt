--TEST--
Event\Timer: extra arguments reach the callback, for every form
--EXTENSIONS--
edges
--FILE--
<?php
// The timers start from the immediate, so a slow start of the loop changes no order.
Event\setImmediate(function (...$args) {
    echo 'immediate ', implode(',', $args), "\n";
    Event\Timer::after(50, function ($a, $b) { echo "after $a $b\n"; }, 'x', 2);
    $n = 0;
    $i = Event\Timer::every(60, function ($tag) use (&$i, &$n) {
        echo "every $tag\n";
        if (++$n == 2) {
            $i->cancel();
            Event\setTimeout('printf', 10, "setTimeout %s\n", 'printf');
        }
    }, 'iv');
}, 1, 2, 3);
Event\Loop::defer([new ArrayObject([1, 2]), 'count']);
Event\Loop::run();
?>
===DONE===
--EXPECT--
immediate 1,2,3
after x 2
every iv
every iv
setTimeout printf
===DONE===
