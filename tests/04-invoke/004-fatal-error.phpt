--TEST--
invoke: a fatal error in a callback (memory_limit, E_USER_ERROR) ends the process with PHP's message and no crash
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$out, $err, $status] = edges_run_child('<?php
Event\setTimeout(function () { $a = []; while (true) { $a[] = str_repeat("x", 1 << 16); } }, 1);
Event\setTimeout(function () { echo "never\n"; }, 50);
', ['-d', 'memory_limit=16M'], ['USE_ZEND_ALLOC' => '1']); // without Zend's allocator there is no limit
var_dump($out, (bool) preg_match('/Fatal error: +Allowed memory size of \d+ bytes exhausted/', $err), $status);
[$out, $err, $status] = edges_run_child('<?php
register_shutdown_function(function () { echo "shutdown\n"; });
Event\setTimeout(function () { echo "before\n"; trigger_error("custom fatal", E_USER_ERROR); echo "never\n"; }, 1);
Event\setTimeout(function () { echo "never\n"; }, 50);
Event\Loop::run();
echo "never after run\n";
', [], ['EDGES_VALGRIND_LEAKS' => '0']); // a fatal error: PHP frees nothing on the way out
var_dump($out, (bool) preg_match('/Fatal error: +custom fatal/', $err), $status);
?>
===DONE===
--EXPECT--
string(0) ""
bool(true)
int(255)
string(16) "before
shutdown
"
bool(true)
int(255)
===DONE===
