--TEST--
demo/timers.php: timers, intervals and cancellation (smoke test)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/child.inc';
[$out, $err, $status] = edges_run_child(file_get_contents(__DIR__ . '/../../demo/timers.php'));
// Timers are the subject: what must hold on any machine, however late the loop runs, is
// which lines come, the order of the interval's ticks and when things fire at the earliest.
$lines = [];
foreach (explode("\n", trim($out)) as $line) {
    if (preg_match('/^ *([\d.]+) ms  (.*)$/', $line, $m)) $lines[] = [(float) $m[1], $m[2]];
}
$texts = array_column($lines, 1);
$at = fn(string $text) => $lines[array_search($text, $texts, true)][0] ?? -1;
echo "first: ", $texts[0] ?? '', "\n";
$sorted = $texts;
sort($sorted);
echo implode("\n", $sorted), "\n";
$ticks = array_values(array_filter($texts, fn($t) => str_starts_with($t, 'interval tick')));
echo "ticks in order: ", var_export($ticks === ['interval tick 1', 'interval tick 2', 'interval tick 3'], true), "\n";
echo "not early: ", var_export($at('interval tick 1') >= 99 && $at('interval tick 3') >= 299
    && $at('cancelled the 200 ms timeout before it fired') >= 149
    && $at('Timer::after with an argument: hello, edges') >= 249, true), "\n";
echo $err;
var_dump($status);
?>
===DONE===
--EXPECT--
first: main script done; the loop runs until nothing is left
Timer::after with an argument: hello, edges
cancelled the 200 ms timeout before it fired
interval cancelled after 3 ticks
interval tick 1
interval tick 2
interval tick 3
main script done; the loop runs until nothing is left
setImmediate: runs in the loop's first iteration
ticks in order: true
not early: true
int(0)
===DONE===
