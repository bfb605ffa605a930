--TEST--
edges serve --exec-timeout in an application mode (a PSR-15 handler): a request that runs past it gets a 504 and the worker is replaced; requests before and after are served
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Nyholm/Psr7/autoload.php')) die('skip php-nyholm-psr7 is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
// Zend's allocator even under valgrind: PHP frees what a fatal error abandoned only by resetting it.
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--exec-timeout', '5',
    '--env', 'APP_NAME=limited'], ['USE_ZEND_ALLOC' => '1'], __DIR__ . '/../_inc/serve-psr15-app.php');
$port = serve_port($pipes);
$handled = fn() => json_decode(substr($r = serve_curl($port, '/'), strpos($r, "\n\n") + 2), true)['handled'] ?? $r;
echo "handled by this worker: ", $handled(), ", then ", $handled(), "\n";
echo "/spin: ", strtok(serve_curl($port, '/spin'), "\n"), "\n";
$port = serve_port($pipes);  // the replacement
echo "handled by the new worker: ", $handled(), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
echo preg_match('/Maximum execution time of 5 seconds exceeded/', $err) ? "logged the exec timeout\n" : $err;
echo preg_match('/worker 0 \(pid \d+\) exit status 255/', $err) ? "the worker ended with 255\n" : $err;
?>
===DONE===
--EXPECT--
handled by this worker: 1, then 2
/spin: HTTP/1.1 504 Gateway Timeout
handled by the new worker: 1
stopped: exit 0
logged the exec timeout
the worker ended with 255
===DONE===
