--TEST--
Event\Emitter: listeners removed or added during an emit do not change that emit (node semantics)
--EXTENSIONS--
edges
--FILE--
<?php
$e = new Event\Emitter;
$second = function () { echo "second\n"; };
$first = function () use ($e, $second, &$first) {
    echo "first removes itself and second, adds third\n";
    $e->off('x', $first);
    $e->off('x', $second);
    $e->on('x', fn() => print("third\n"));
};
$e->on('x', $first)->on('x', $second);
$e->emit('x');
echo "--\n";
$e->emit('x');
echo "--\n";
$o = new Event\Emitter;
$o->once('y', function () use ($o) { echo "once, emitting again inside\n"; $o->emit('y'); });
$o->emit('y');
var_dump($o->listenerCount('y'));
?>
===DONE===
--EXPECT--
first removes itself and second, adds third
second
--
third
--
once, emitting again inside
int(0)
===DONE===
