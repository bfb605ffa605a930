--TEST--
docs/: every example (a ```php block) runs and prints what the ```output block after it says, with nothing on stderr; every page of a module has one
--EXTENSIONS--
edges
--SKIPIF--
<?php
require __DIR__ . '/../_inc/postgres.inc';
if (($why = pg_test_skip_reason()) !== null) die("skip docs/postgres.md's example needs a PostgreSQL server: $why");
--FILE--
<?php
require __DIR__ . '/../_inc/postgres.inc';
$root = dirname(__DIR__, 2);
// Pages that describe no module of their own (operations, measurements, the build).
$without = ['deployment.md', 'benchmarks.md', 'building.md'];
$pg = null;
$failed = 0;
$missing = [];
foreach (glob("$root/docs/*.md") as $page) {
    $name = basename($page);
    // Fenced blocks: ```INFO ... ```; "php" alone is an example ("php signatures" is not).
    preg_match_all('/^```([^\n]*)\n(.*?)^```$/ms', file_get_contents($page), $blocks, PREG_SET_ORDER);
    $examples = 0;
    foreach ($blocks as $i => [, $info, $code]) {
        if (trim($info) !== 'php') continue;
        $examples++;
        $expected = isset($blocks[$i + 1]) && trim($blocks[$i + 1][1]) === 'output' ? $blocks[$i + 1][2] : null;
        $env = $php = [];
        if (str_contains($code, 'Event\Postgres')) {
            $pg ??= pg_test_server();
            $env['DATABASE'] = $pg['conninfo'];
            if (!extension_loaded('pgsql')) $php = ['-d', 'extension=' . pg_test_extension()];
        }
        [$out, $err, $status] = edges_run_child($code, $php, $env);
        if ($status !== 0 || $err !== '' || ($expected !== null && rtrim($out, "\n") !== rtrim($expected, "\n"))) {
            $failed++;
            echo "$name, example $examples: exit $status\n--- stdout\n$out\n--- expected\n", $expected ?? '(no output block)', "\n--- stderr\n$err\n";
        }
        if ($expected === null) echo "$name, example $examples: no ```output block after it\n";
    }
    if ($examples === 0 && !in_array($name, $without, true)) $missing[] = $name;
}
echo "pages without an example: ", $missing ? implode(', ', $missing) : 'none', "\n";
echo $failed === 0 ? "every example ran as documented\n" : "$failed examples did not\n";
?>
--EXPECT--
pages without an example: none
every example ran as documented
