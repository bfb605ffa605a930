--TEST--
stubs/edges.php (IDE stubs): valid PHP, what stubs/generate.php writes now, and it declares every class, interface, constant, method (same parameters) and function the extension has, each with a doc comment
--EXTENSIONS--
edges
--FILE--
<?php
$root = dirname(__DIR__, 2);
$stubs = "$root/stubs/edges.php";
$run = function (array $cmd): string {
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $io);
    $out = stream_get_contents($io[1]) . stream_get_contents($io[2]);
    proc_close($p);
    return $out;
};
echo trim($run([PHP_BINARY, '-n', '-l', $stubs])) === "No syntax errors detected in $stubs" ? "lints\n" : "does not lint\n";
$fresh = tempnam(sys_get_temp_dir(), 'edges-stubs');
$run([PHP_BINARY, '-n', "$root/stubs/generate.php", $fresh]);
echo file_get_contents($fresh) === file_get_contents($stubs) ? "current\n" : "stale: run make ide-stubs\n";
unlink($fresh);
// The extension's declarations, here; the stubs', in a PHP without edges.
ob_start();
$argv = [__FILE__];
require __DIR__ . '/../_inc/declarations.php';
$have = array_filter(explode("\n", ob_get_clean()));
$declared = array_filter(explode("\n", $run([PHP_BINARY, '-n', __DIR__ . '/../_inc/declarations.php', $stubs])));
foreach (array_diff($have, $declared) as $d) echo "not in the stubs: $d\n";
foreach (array_diff($declared, $have) as $d) echo "only in the stubs: $d\n";
echo count($have) > 250 ? "every one of the extension's declarations is in the stubs\n" : "too few declarations: " . count($have) . "\n";
// Doc comments (what an IDE shows): on every class, public method and function of the stubs.
$undocumented = $run([PHP_BINARY, '-n', __DIR__ . '/../_inc/undocumented.php', $stubs]);
echo $undocumented === '' ? "every class, public method and function has a doc comment\n" : "without a doc comment:\n$undocumented";
?>
--EXPECT--
lints
current
every one of the extension's declarations is in the stubs
every class, public method and function has a doc comment
