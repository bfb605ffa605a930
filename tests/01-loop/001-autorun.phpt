--TEST--
Event\Loop: the loop runs by itself after the main script returns
--EXTENSIONS--
edges
--FILE--
<?php
Event\setTimeout(function () { echo "fired\n"; }, 10);
echo "main script done\n";
register_shutdown_function(function () { echo "user shutdown function after the loop\n"; });
?>
--EXPECT--
main script done
fired
user shutdown function after the loop
