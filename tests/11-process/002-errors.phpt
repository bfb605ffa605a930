--TEST--
Event\Process: a missing program (ENOENT), one that is not executable (EACCES), a bad cwd, writing to a stdin the child closed (EPIPE), a child killed by a signal, kill(); bad arguments are TypeErrors and ValueErrors
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\{Process, ProcessException};
$guard = edges_guard(30);
$notExec = tempnam(sys_get_temp_dir(), 'edges-noexec');
file_put_contents($notExec, "#!/bin/sh\necho never\n");
chmod($notExec, 0644);

$results = [];
$fail = function (string $name, string $file, array $options = []) use (&$results) {
    $p = Process::spawn($file, [], $options);
    $p->on('spawn', function () use ($name, &$results) { $results[$name][] = 'spawn'; });
    $p->on('error', function (ProcessException $e) use ($name, &$results) { $results[$name][] = "error {$e->getCode()}: {$e->getMessage()}"; });
    $p->on('close', function ($code) use ($name, &$results, $p) { $results[$name][] = "close($code), pid " . var_export($p->pid, true); });
};
$fail('missing program', 'no-such-program-edges');
$fail('missing path', '/no/such/dir/prog');
$fail('not executable', $notExec);
$fail('cwd missing', 'true', ['cwd' => '/no/such/dir']);
$fail('cwd is a file', 'true', ['cwd' => $notExec]);

// The child closes its stdin at once: our writes then fail with EPIPE, as 'error' on stdin.
$p = Process::spawn('sh', ['-c', 'exec 0<&-; sleep 0.2']);
$p->stdin->on('error', function ($e) use (&$results) { $results['EPIPE'][] = get_class($e) . ' ' . ($e->getCode() === 32 || $e->getCode() === 104 ? 'EPIPE/ECONNRESET' : $e->getMessage()); });
$p->stdin->on('close', function () use (&$results) { $results['EPIPE'][] = 'stdin closed'; });
$pump = function () use ($p, &$pump) {
    if ($p->stdin->destroyed) return;
    while ($p->stdin->write(str_repeat('x', 65536)));
    Event\setImmediate($pump);
};
$p->on('spawn', $pump);

// Killed by a signal: exit (null, 'SIGKILL'), signalCode, killed.
$k = Process::spawn('sleep', ['30']);
$k->on('spawn', fn() => var_dump($k->kill('SIGKILL'), $k->killed));
$k->on('exit', function ($code, $signal) use ($k, &$results) {
    $results['killed'][] = "exit(" . var_export($code, true) . ", $signal) exitCode " . var_export($k->exitCode, true) . " signalCode {$k->signalCode}";
});
$k->on('close', function () use ($k, &$results) { $results['killed'][] = 'kill() after exit: ' . var_export($k->kill(), true); });
Event\Loop::run();
ksort($results);
foreach ($results as $name => $r) echo "$name: ", implode('; ', $r), "\n";
unlink($notExec);

foreach ([
    fn() => Process::spawn(''),
    fn() => Process::spawn("a\0b"),
    fn() => Process::spawn('true', [['nested']]),
    fn() => Process::spawn('true', ["nul\0"]),
    fn() => Process::spawn('true', [], ['nope' => 1]),
    fn() => Process::spawn('true', [], ['stdio' => 'bogus']),
    fn() => Process::spawn('true', [], ['env' => 'PATH=/bin']),
    fn() => Process::spawn('true', [], ['env' => ['A=B' => 'x']]),
    fn() => Process::exec('true', [], fn() => null, ['timeout' => -1]),
    fn() => Process::exec('true', [], fn() => null, ['stdio' => 'pipe']),
    fn() => Process::exec('true', [], fn() => null, ['killSignal' => 'SIGNOPE']),
    fn() => Process::spawn('true')->kill('SIGNOPE'),
] as $bad) {
    try { $bad(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
Event\Loop::run();
?>
===DONE===
--EXPECTF--
bool(true)
bool(true)
EPIPE: Event\SocketException EPIPE/ECONNRESET; stdin closed
cwd is a file: error ENOTDIR: spawn ENOTDIR: Not a directory true: cwd %s; close(-20), pid NULL
cwd missing: error ENOENT: spawn ENOENT: No such file or directory true: cwd /no/such/dir; close(-2), pid NULL
killed: exit(NULL, SIGKILL) exitCode NULL signalCode SIGKILL; kill() after exit: false
missing path: error ENOENT: spawn ENOENT: No such file or directory /no/such/dir/prog; close(-2), pid NULL
missing program: error ENOENT: spawn ENOENT: No such file or directory no-such-program-edges; close(-2), pid NULL
not executable: error EACCES: spawn EACCES: Permission denied %s; close(-13), pid NULL
ValueError: Event\Process::spawn(): Argument #1 ($file) must be a non-empty program name without NUL bytes
ValueError: Event\Process::spawn(): Argument #1 ($file) must be a non-empty program name without NUL bytes
TypeError: Event\Process::spawn(): Argument #2 ($args) arguments must be strings, array given
ValueError: Event\Process::spawn(): Argument #2 ($args) arguments must not contain NUL bytes
ValueError: Event\Process::spawn(): Argument #3 ($options) unknown option "nope"
ValueError: Event\Process::spawn(): Argument #3 ($options) option "stdio" must be 'pipe', 'inherit', 'ignore' or a list of three of them
TypeError: Event\Process::spawn(): Argument #3 ($options) option "env" must be an array of name => value
ValueError: Event\Process::spawn(): Argument #3 ($options) option "env" must use variable names as keys
ValueError: Event\Process::exec(): Argument #4 ($options) option "timeout" must be a non-negative integer
ValueError: Event\Process::exec(): Argument #4 ($options) unknown option "stdio"
ValueError: Event\Process::exec(): Argument #4 ($options) must be a signal number or name such as 'SIGTERM'
ValueError: Event\Process::kill(): Argument #1 ($signal) must be a signal number or name such as 'SIGTERM'
===DONE===
