--TEST--
Event\Loop: exit() in the main script ends the process without running the loop
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$out, $err, $status] = edges_run_child('<?php
Event\setTimeout(fn() => print("never\n"), 1);
register_shutdown_function(fn() => print("shutdown\n"));
echo "main\n";
exit(4);
');
var_dump($out, $err, $status);
?>
===DONE===
--EXPECT--
string(14) "main
shutdown
"
string(0) ""
int(4)
===DONE===
