--TEST--
Event\Loop: an uncaught exception in the main script does not start the loop
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$out, $err, $status] = edges_run_child('<?php
Event\setTimeout(fn() => print("never\n"), 1);
throw new RuntimeException("main failed");
');
var_dump($out, str_contains($err, "Uncaught RuntimeException: main failed"), $status);
?>
===DONE===
--EXPECT--
string(0) ""
bool(true)
int(255)
===DONE===
