--TEST--
Event\Process::spawn(): pipes both ways, events in order (spawn, exit, close), exit code, arguments passed as given (no shell), cwd, env replacing the environment, stdio inherit/ignore, shell mode
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Process;
$guard = edges_guard(30);

function run(string $name, string $file, array $args = [], array $options = [], ?string $input = null): void {
    $p = Process::spawn($file, $args, $options);
    $out = $err = '';
    $log = [];
    $p->on('spawn', function () use (&$log) { $log[] = 'spawn'; });
    $p->on('exit', function ($code, $signal) use (&$log) { $log[] = "exit($code," . var_export($signal, true) . ")"; });
    $p->stdout?->on('data', function ($d) use (&$out) { $out .= $d; });
    $p->stderr?->on('data', function ($d) use (&$err) { $err .= $d; });
    if ($input !== null) $p->stdin->end($input);
    $p->on('close', function ($code) use ($p, $name, &$out, &$err, &$log) {
        $log[] = "close($code)";
        $GLOBALS['results'][$name] = implode(' ', $log) . " | out " . json_encode($out) .
            ($err !== '' ? " | err " . json_encode($err) : '') . " | exitCode " . var_export($p->exitCode, true);
    });
}

run('pipes', 'sh', ['-c', 'read line; echo "got $line"; echo oops >&2; exit 3'], [], "hello\n");
// No shell: what looks like shell syntax reaches the program as a plain argument.
run('no injection', 'printf', ['%s|', 'a b', '; echo pwned', '$(id)', "`id`", '*']);
run('cwd', 'pwd', [], ['cwd' => '/tmp']);
run('env replaced', 'sh', ['-c', 'echo "A=$A HOME=${HOME:-unset}"'], ['env' => ['A' => 'x y', 'PATH' => '/usr/bin:/bin']]);
run('env PATH is searched', 'true', [], ['env' => ['PATH' => '/bin']]);
run('stdout ignored', 'echo', ['invisible'], ['stdio' => ['pipe', 'ignore', 'pipe']]);
run('shell', 'echo $((6 * 7))', [], ['shell' => true]);
run('detached', 'sh', ['-c', '[ "$(ps -o sid= -p $$ | tr -d " ")" = "$$" ] && echo "a session of its own"'], ['detached' => true]);
Event\Loop::run();
ksort($results);
foreach ($results as $name => $r) echo "$name: $r\n";

// Inherited: the child writes to our own stdout.
Process::spawn('echo', ['this line comes from the child itself'], ['stdio' => ['ignore', 'inherit', 'inherit']]);
Event\Loop::run();
$p = Process::spawn('true', [], ['stdio' => 'ignore']);
var_dump($p->stdin, $p->stdout, $p->stderr, is_int($p->pid), Process::pid() === getmypid());
Event\Loop::run();
?>
===DONE===
--EXPECT--
cwd: spawn exit(0,NULL) close(0) | out "\/tmp\n" | exitCode 0
detached: spawn exit(0,NULL) close(0) | out "a session of its own\n" | exitCode 0
env PATH is searched: spawn exit(0,NULL) close(0) | out "" | exitCode 0
env replaced: spawn exit(0,NULL) close(0) | out "A=x y HOME=unset\n" | exitCode 0
no injection: spawn exit(0,NULL) close(0) | out "a b|; echo pwned|$(id)|`id`|*|" | exitCode 0
pipes: spawn exit(3,NULL) close(3) | out "got hello\n" | err "oops\n" | exitCode 3
shell: spawn exit(0,NULL) close(0) | out "42\n" | exitCode 0
stdout ignored: spawn exit(0,NULL) close(0) | out "" | exitCode 0
this line comes from the child itself
NULL
NULL
NULL
bool(true)
bool(true)
===DONE===
