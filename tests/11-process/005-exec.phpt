--TEST--
Event\Process::exec(): output collected, exit status, input, maxBuffer (the child is killed), timeout, a missing program
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Process;
$guard = edges_guard(30);
$results = [];
$report = function (string $name) use (&$results) {
    return function (?Event\ProcessException $err, string $out, string $errout, int $code) use ($name, &$results) {
        $results[$name] = "code $code, out " . json_encode(strlen($out) > 60 ? strlen($out) . ' bytes' : $out) .
            ", err " . json_encode($errout) . ($err ? ", " . get_class($err) . " code " . var_export($err->getCode(), true) .
            ": {$err->getMessage()}, signal " . var_export($err->signal, true) . ", killed " . var_export($err->killed, true) : '');
    };
};
Process::exec('sh', ['-c', 'echo out; echo err >&2'], $report('ok'));
Process::exec('sh', ['-c', 'echo partial; exit 4'], $report('exit 4'));
Process::exec('tr', ['a-z', 'A-Z'], $report('input'), ['input' => "shout\n"]);
Process::exec('yes', [], $report('maxBuffer'), ['maxBuffer' => 100000]);
Process::exec('sleep', ['10'], $report('timeout'), ['timeout' => 200]);
Process::exec('sleep', ['10'], $report('timeout, SIGKILL'), ['timeout' => 200, 'killSignal' => 'SIGKILL']);
Process::exec('no-such-program-edges', ['x'], $report('missing'));
Process::exec('sh', ['-c', 'kill -USR1 $$'], $report('signal'));
Event\Loop::run();
ksort($results);
foreach ($results as $name => $r) echo "$name: $r\n";
?>
===DONE===
--EXPECT--
exit 4: code 4, out "partial\n", err "", Event\ProcessException code 4: Command failed: sh -c echo partial; exit 4 (exit code 4), signal NULL, killed false
input: code 0, out "SHOUT\n", err ""
maxBuffer: code 143, out "100000 bytes", err "", Event\ProcessException code 'ENOBUFS': stdout maxBuffer length exceeded (100000 bytes): yes, signal 'SIGTERM', killed true
missing: code -1, out "", err "", Event\ProcessException code 'ENOENT': spawn ENOENT: No such file or directory no-such-program-edges, signal NULL, killed false
ok: code 0, out "out\n", err "err\n"
signal: code 138, out "", err "", Event\ProcessException code 138: Command failed: sh -c kill -USR1 $$ (killed by SIGUSR1), signal 'SIGUSR1', killed false
timeout: code 143, out "", err "", Event\ProcessException code 'ETIMEDOUT': Command timed out after 200 ms: sleep 10, signal 'SIGTERM', killed true
timeout, SIGKILL: code 137, out "", err "", Event\ProcessException code 'ETIMEDOUT': Command timed out after 200 ms: sleep 10, signal 'SIGKILL', killed true
===DONE===
