--TEST--
invoke: set_exception_handler receives exceptions thrown by callbacks
--EXTENSIONS--
edges
--FILE--
<?php
set_exception_handler(function (Throwable $e) { echo "handler: ", get_class($e), " ", $e->getMessage(), "\n"; });
Event\setImmediate(function () {
    Event\setTimeout(function () { throw new RuntimeException("first"); }, 50);
    Event\setTimeout(function () { echo "still running\n"; }, 100);
    throw new TypeError("second");
});
?>
===DONE===
--EXPECT--
===DONE===
handler: TypeError second
handler: RuntimeException first
still running
