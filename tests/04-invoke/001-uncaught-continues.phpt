--TEST--
invoke: an uncaught exception in a callback is reported as PHP reports it and the loop goes on
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$out, $err, $status] = edges_run_child('<?php
Event\setTimeout(function () { throw new RuntimeException("boom"); }, 1);
Event\setTimeout(function () { echo "next callback runs\n"; }, 20);
$e = new Event\Emitter;
Event\setTimeout(function () use ($e) { $e->emit("error", new LogicException("unhandled error event")); }, 10);
');
echo $out;
var_dump(preg_match('/^PHP Fatal error:  Uncaught RuntimeException: boom in \S+:2/m', $err));
var_dump(str_contains($err, 'Uncaught LogicException: unhandled error event'));
var_dump($status);
?>
===DONE===
--EXPECT--
next callback runs
int(1)
bool(true)
int(0)
===DONE===
