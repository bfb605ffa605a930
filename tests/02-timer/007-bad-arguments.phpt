--TEST--
Event\Timer: ValueError for a negative or non-finite delay, TypeError for a non-callable
--EXTENSIONS--
edges
--FILE--
<?php
$cases = [
    fn() => Event\Timer::after(-1, fn() => null),
    fn() => Event\Timer::every(NAN, fn() => null),
    fn() => Event\Timer::after(INF, fn() => null),
    fn() => Event\setTimeout(fn() => null, -5),
    fn() => Event\setInterval(fn() => null, -0.5),
    fn() => Event\Timer::after(1, 'no_such_function'),
    fn() => Event\setTimeout(42),
    fn() => Event\setImmediate('nope'),
    fn() => Event\Loop::defer([1, 2]),
    fn() => Event\clearTimeout(new stdClass),
    fn() => new Event\Timer(),
];
foreach ($cases as $case) {
    try {
        $case();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
Event\clearTimeout(null);
Event\clearInterval(null);
echo "null is accepted by clear*\n";
?>
===DONE===
--EXPECT--
ValueError: Event\Timer::after(): Argument #1 ($ms) must be greater than or equal to 0
ValueError: Event\Timer::every(): Argument #1 ($ms) must be a finite number
ValueError: Event\Timer::after(): Argument #1 ($ms) must be a finite number
ValueError: Event\setTimeout(): Argument #2 ($ms) must be greater than or equal to 0
ValueError: Event\setInterval(): Argument #2 ($ms) must be greater than or equal to 0
TypeError: Event\Timer::after(): Argument #2 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: Event\setTimeout(): Argument #1 ($callback) must be a valid callback, no array or string given
TypeError: Event\setImmediate(): Argument #1 ($callback) must be a valid callback, function "nope" not found or invalid function name
TypeError: Event\Loop::defer(): Argument #1 ($callback) must be a valid callback, first array member is not a valid class name or object
TypeError: Event\clearTimeout(): Argument #1 ($timer) must be of type ?Event\Timer, stdClass given
Error: Call to private Event\Timer::__construct() from global scope
null is accepted by clear*
===DONE===
