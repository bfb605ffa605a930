--TEST--
Event\Emitter: an exception from a listener stops the emit and propagates to emit()'s caller
--EXTENSIONS--
edges
--FILE--
<?php
$e = new Event\Emitter;
$e->on('x', function () { echo "one\n"; throw new DomainException('from listener'); });
$e->on('x', function () { echo "never\n"; });
try {
    $e->emit('x');
} catch (DomainException $x) {
    echo "caught: ", $x->getMessage(), "\n";
}
try {
    $e->on('x', 'not callable');
} catch (TypeError $x) {
    echo $x->getMessage(), "\n";
}
?>
===DONE===
--EXPECT--
one
caught: from listener
Event\Emitter::on(): Argument #2 ($listener) must be a valid callback, function "not callable" not found or invalid function name
===DONE===
