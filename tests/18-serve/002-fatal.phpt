--TEST--
edges serve, classic front controller: a fatal error (a bailout, an unwinding one, memory_limit) answers 500, a script over --exec-timeout 504, and the worker is replaced
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
// Zend's allocator even under valgrind: without it there is no memory_limit, and PHP frees what
// a fatal error abandoned only by resetting that allocator.
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--exec-timeout', '10'], ['USE_ZEND_ALLOC' => '1'],
    __DIR__ . '/../_inc/serve-classic-app.php');
$serving = fn(): int => serve_port($pipes);
$port = $serving();
$curl = function (string $path, array $args = []) use (&$port): string {
    return serve_curl($port, $path, $args);
};
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);
echo $body($curl('/'));
// Each fatal error: a 500, then this worker ends and the primary starts another (PHP runs no
// more user code in a process after one), which serves the next request.
// --exec-timeout: a script still running after 10 s (a sleep) gets a 504 (the margin keeps
// set_time_limit(1)'s CPU-time limit first for /timeout on a loaded machine) unless it has sent
// something, and its worker is replaced too.
foreach (['/redeclare', '/timeout', '/oom', '/slow'] as $path) {
    echo $path, ': ', strtok($curl($path), "\n"), "\n";
    $port = $serving();
    echo $body($curl('/?name=again'));
}
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
echo preg_match('/Cannot redeclare greeting/', $err) ? "logged the compile error\n" : $err;
echo preg_match('/Maximum execution time of 1 second exceeded/', $err) ? "logged the time limit\n" : $err;
echo preg_match('/Allowed memory size of 33554432 bytes exhausted/', $err) ? "logged the memory limit\n" : $err;
echo preg_match('/Maximum execution time of 10 seconds exceeded/', $err) ? "logged the exec timeout\n" : $err;
?>
===DONE===
--EXPECT--
hello world; visits this request: 1/1; leaked global: no
/redeclare: HTTP/1.1 500 Internal Server Error
hello again; visits this request: 1/1; leaked global: no
/timeout: HTTP/1.1 500 Internal Server Error
hello again; visits this request: 1/1; leaked global: no
/oom: HTTP/1.1 500 Internal Server Error
hello again; visits this request: 1/1; leaked global: no
/slow: HTTP/1.1 504 Gateway Timeout
hello again; visits this request: 1/1; leaked global: no
stopped: exit 0
logged the compile error
logged the time limit
logged the memory limit
logged the exec timeout
===DONE===
