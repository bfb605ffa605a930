--TEST--
invoke: exit() in a callback ends the process with its status; shutdown functions run, later callbacks do not
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
$code = '<?php
register_shutdown_function(function () { echo "shutdown function\n"; });
Event\setTimeout(function () { echo "exiting\n"; exit(3); }, 1);
Event\setTimeout(function () { echo "never\n"; }, 30);
%s
';
foreach (['', 'Event\Loop::run(); echo "never after run\n";'] as $tail) {
    [$out, $err, $status] = edges_run_child(sprintf($code, $tail));
    var_dump($out, $err, $status);
}
[$out, $err, $status] = edges_run_child('<?php
class D { function __destruct() { echo "destructor\n"; } }
$d = new D;
Event\setImmediate(function () { exit("bye\n"); });
');
var_dump($out, $status);
?>
===DONE===
--EXPECT--
string(26) "exiting
shutdown function
"
string(0) ""
int(3)
string(26) "exiting
shutdown function
"
string(0) ""
int(3)
string(15) "bye
destructor
"
int(0)
===DONE===
