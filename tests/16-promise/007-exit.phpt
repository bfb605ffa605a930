--TEST--
exit() inside a promise reaction, a finally callback, an executor, a thenable's then() or an async function ends the process with its status: it is never taken for a rejection
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
$cases = [
    'then' => 'Event\Promise::resolve(1)->then(function () { echo "in then\n"; exit(5); });',
    'catch' => 'Event\Promise::reject(new Exception("x"))->catch(function () { echo "in catch\n"; exit(6); });',
    'finally' => 'Event\Promise::resolve(1)->finally(function () { echo "in finally\n"; exit(7); });',
    'executor' => 'Event\setTimeout(function () { new Event\Promise(function () { echo "in executor\n"; exit(8); }); }, 1);',
    'thenable' => 'class T { function then($ok, $ko) { echo "in thenable\n"; exit(9); } } Event\Promise::resolve(new T);',
    'async' => 'Event\async(function () { Event\await(Event\sleep(1)); echo "in async\n"; exit(10); });',
];
foreach ($cases as $name => $code) {
    [$out, $err, $status] = edges_run_child("<?php $code Event\\setTimeout(fn() => print(\"the loop went on\\n\"), 200); register_shutdown_function(fn() => print(\"shutdown\\n\"));");
    echo "$name: ", str_replace("\n", ' / ', trim($out)), ", status $status", $err === '' ? '' : ", stderr: $err", "\n";
}
?>
--EXPECT--
then: in then / shutdown, status 5
catch: in catch / shutdown, status 6
finally: in finally / shutdown, status 7
executor: in executor / shutdown, status 8
thenable: in thenable / shutdown, status 9
async: in async / shutdown, status 10
