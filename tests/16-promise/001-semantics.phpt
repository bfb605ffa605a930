--TEST--
Event\Promise: microtasks run after the current callback and before timers and immediates, in order; chains, adoption, thenables, finally, executor throws, resolving with itself, the combinators, unhandled rejections reported at the end of the microtasks
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Promise;
$log = fn(string $s) => print("$s\n");
// What timers settle: their order against each other depends on the machine's speed, so
// these lines are printed sorted once the loop is done.
$late = [];
$later = function (string $s) use (&$late) { $late[] = $s; };
register_shutdown_function(function () use (&$late) { sort($late); echo implode("\n", $late), "\n"; });
$log('main start');
set_exception_handler(fn($e) => $log('uncaught: ' . $e->getMessage()));
Event\setImmediate(fn() => $log('immediate'));
Promise::resolve(1)->then(function ($v) use ($log) { $log("then $v"); return $v + 1; })->then(fn($v) => $log("then $v"));
Promise::resolve()->then(fn() => $log('second chain'));
(new Promise(fn($resolve) => $resolve(Promise::resolve('adopted'))))->then(fn($v) => $log($v));
(new Promise(function ($resolve, $reject) { $resolve('first wins'); $resolve('ignored'); throw new Exception('ignored too'); }))
    ->then(fn($v) => $log($v));
(new Promise(fn() => throw new RuntimeException('executor threw')))->catch(fn($e) => $log('caught: ' . $e->getMessage()));
$thenable = new class { public function then($ok, $fail) { $ok('from a thenable'); } };
Promise::resolve($thenable)->then(fn($v) => $log($v));
Promise::reject(new Exception('x'))->finally(fn() => $log('finally runs'))->catch(fn($e) => $log('reason passes: ' . $e->getMessage()));
Promise::resolve('v')->finally(fn() => throw new LogicException('finally threw'))->catch(fn($e) => $log($e->getMessage()));
Promise::resolve('kept')->finally(fn() => Event\sleep(1))->then(fn($v) => $later("after a finally promise: $v"));
$self = new Promise(function ($resolve) use (&$self) { Event\setImmediate(function () use ($resolve, &$self) { $resolve($self); }); });
$self->catch(fn($e) => $log(get_class($e) . ': ' . $e->getMessage()));
Promise::all(['a' => Promise::resolve(1), 'b' => 2, 'c' => Event\sleep(5)->then(fn() => 3)])->then(fn($v) => $later('all ' . json_encode($v)));
Promise::all([Promise::resolve(1), Promise::reject(new Exception('one failed'))])->catch(fn($e) => $log('all rejects: ' . $e->getMessage()));
Promise::all([])->then(fn($v) => $log('all of nothing ' . json_encode($v)));
Promise::allSettled([Promise::resolve(1), Promise::reject(new Exception('r'))])->then(fn($v) => $log('allSettled ' . $v[0]['status'] . ' ' . $v[0]['value'] . ' ' . $v[1]['status'] . ' ' . $v[1]['reason']->getMessage()));
Promise::any([Promise::reject(new Exception('e1')), Event\sleep(2)->then(fn() => 'any winner')])->then(fn($v) => $later($v));
Promise::any([Promise::reject(new Exception('e1')), Promise::reject(new Exception('e2'))])->catch(fn($e) => $log(get_class($e) . ' ' . implode(',', array_map(fn($x) => $x->getMessage(), $e->getErrors()))));
Promise::race([new Promise(fn() => null), Event\sleep(1)->then(fn() => 'fast')])->then(fn($v) => $later("race $v"));
Promise::all(new ArrayIterator([Promise::resolve('from an iterator')]))->then(fn($v) => $log($v[0]));
var_dump(Promise::resolve(1)->state(), (new Promise(fn() => null))->state());
Promise::reject(new Exception('nobody handles this'));
try { Promise::reject('not a throwable'); } catch (TypeError $e) { $log('TypeError: ' . $e->getMessage()); }
(new Promise(fn($res, $rej) => $rej('text')))->catch(fn($e) => $log(get_class($e) . ': ' . $e->getMessage()));
$log('main end');
?>
--EXPECT--
main start
string(9) "fulfilled"
string(7) "pending"
TypeError: Event\Promise::reject(): Argument #1 ($reason) must be of type Throwable, string given
main end
then 1
second chain
first wins
caught: executor threw
finally runs
all of nothing []
TypeError: a promise's reject function must be given a Throwable, string given
then 2
adopted
from a thenable
reason passes: x
finally threw
all rejects: one failed
allSettled fulfilled 1 rejected r
Event\AggregateException e1,e2
from an iterator
uncaught: nobody handles this
immediate
TypeError: a promise cannot be resolved with itself
after a finally promise: kept
all {"a":1,"b":2,"c":3}
any winner
race fast
