--TEST--
Event\Loop::run: returns when nothing referenced is left, and the code after it runs
--EXTENSIONS--
edges
--FILE--
<?php
Event\setTimeout(fn() => print("first\n"), 5);
Event\Loop::run();
echo "after run\n";
Event\setTimeout(fn() => print("not run: the script already ran the loop\n"), 5);
?>
===DONE===
--EXPECT--
first
after run
===DONE===
