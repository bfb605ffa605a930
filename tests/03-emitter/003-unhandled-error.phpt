--TEST--
Event\Emitter: 'error' with no listener throws it; with a listener it is delivered
--EXTENSIONS--
edges
--FILE--
<?php
$e = new Event\Emitter;
try {
    $e->emit('error', new RuntimeException('boom'));
} catch (RuntimeException $x) {
    echo "thrown: ", $x->getMessage(), "\n";
}
try {
    $e->emit('error', 'just a string');
} catch (Event\Exception $x) {
    echo get_class($x), ": ", $x->getMessage(), "\n";
}
$e->on('error', fn($err) => print("listener got " . $err->getMessage() . "\n"));
var_dump($e->emit('error', new LogicException('handled')));
?>
===DONE===
--EXPECT--
thrown: boom
Event\Exception: Unhandled 'error' event
listener got handled
bool(true)
===DONE===
