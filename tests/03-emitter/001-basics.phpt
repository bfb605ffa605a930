--TEST--
Event\Emitter: on/once/off/emit/listenerCount
--EXTENSIONS--
edges
--FILE--
<?php
$e = new Event\Emitter;
$a = function ($x) { echo "a $x\n"; };
$b = function ($x, $y = null) { echo "b $x $y\n"; };
var_dump($e->emit('nothing'));
var_dump($e->on('ev', $a) === $e);
$e->on('ev', $b)->once('ev', fn($x) => print("once $x\n"));
var_dump($e->listenerCount('ev'));
var_dump($e->emit('ev', 1, 2));
var_dump($e->listenerCount('ev'));
$e->emit('ev', 2);
$e->on('ev', $a);
$e->off('ev', $a);          // removes the most recently added $a only
$e->emit('ev', 3);
$e->off('ev');              // removes all
var_dump($e->listenerCount('ev'), $e->emit('ev', 4));
class Greeter { function hello($s) { echo "hello $s\n"; } }
$e->on('m', [new Greeter, 'hello'])->on('m', 'strlen');
var_dump($e->emit('m', 'abc'));
$e->off('m', 'strlen');
var_dump($e->listenerCount('m'));
?>
===DONE===
--EXPECT--
bool(false)
bool(true)
int(3)
a 1
b 1 2
once 1
bool(true)
int(2)
a 2
b 2 
a 3
b 3 
int(0)
bool(false)
hello abc
bool(true)
int(1)
===DONE===
