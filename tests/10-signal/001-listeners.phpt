--TEST--
Event\Signal: listeners run from the loop with the signal number, in the order added; close(); an active listener does not keep the loop alive unless ref()'d; a listener that throws is reported and the loop goes on; bad signals are ValueErrors
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\{Signal, Process};
$guard = edges_guard();
$self = (string) Process::pid();
$kill = fn(string $sig) => Process::exec('kill', ["-$sig", $self], fn($e) => $e && print("kill failed: {$e->getMessage()}\n"));

// Not referenced: with nothing else, the loop returns at once.
$idle = Signal::on('SIGUSR2', fn() => print("never\n"));
var_dump($idle->hasRef(), $idle->signal === SIGUSR2);
Event\Loop::run();
echo "run returned with an unref'ed listener\n";
$idle->close();

set_exception_handler(fn(Throwable $e) => print("uncaught: {$e->getMessage()}\n"));
$order = [];
$first = Signal::on('SIGUSR1', function (int $n) use (&$order) { $order[] = "first $n"; throw new RuntimeException('listener threw'); });
$second = Signal::on(SIGUSR1, function (int $n) use (&$order) { $order[] = "second $n"; });
$third = Signal::on('USR1', function (int $n) use (&$order, &$first, &$second, &$third, $kill) {
    $order[] = "third $n";
    echo implode(', ', $order), "\n";
    // Closed listeners are not called again; the others still are.
    $first->close();
    $third->close();
    $order = [];
    $second->ref();  // keeps the loop alive until it is called once more
    $third = Signal::on('SIGUSR1', function () use (&$order, $second) {
        echo implode(', ', $order), ", then a new one\n";
        $second->close();
    });
    $kill('USR1');
});
$second->ref();
$kill('USR1');
Event\Loop::run();
$third->close();
echo "loop ended: no referenced listener left\n";

foreach (['SIGNOPE', 'KILL', 0, 99, ''] as $bad) {
    try { Signal::on($bad, fn() => null); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
?>
===DONE===
--EXPECT--
bool(false)
bool(true)
run returned with an unref'ed listener
uncaught: listener threw
first 10, second 10, third 10
second 10, then a new one
loop ended: no referenced listener left
ValueError: Event\Signal::on(): Argument #1 ($signal) must be a signal number or name such as 'SIGTERM'
ValueError: Event\Signal::on(): Argument #1 ($signal) signal EINVAL: SIGKILL cannot be caught
ValueError: Event\Signal::on(): Argument #1 ($signal) must be a signal number or name such as 'SIGTERM'
ValueError: Event\Signal::on(): Argument #1 ($signal) must be a signal number or name such as 'SIGTERM'
ValueError: Event\Signal::on(): Argument #1 ($signal) must be a signal number or name such as 'SIGTERM'
===DONE===
