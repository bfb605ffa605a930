--TEST--
Event\Loop::run: calling it from inside the loop throws
--EXTENSIONS--
edges
--FILE--
<?php
Event\setTimeout(function () {
    try {
        Event\Loop::run();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
});
Event\Loop::run();
?>
===DONE===
--EXPECT--
Error: Event\Loop::run() cannot be called while the loop is running
===DONE===
