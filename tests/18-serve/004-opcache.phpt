--TEST--
edges serve, classic front controller with OPcache on: functions, classes and their caches shared by OPcache are declared afresh by each request
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file(PHP_EXTENSION_DIR . '/opcache.so')) die('skip OPcache is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
// PHP's options may follow edges serve's (bin/edges passes them on to php).
[$proc, $pipes] = cluster_launch(['serve'], 1,
    ['--listen', '127.0.0.1:0', '-d', 'zend_extension=' . PHP_EXTENSION_DIR . '/opcache.so', '-d', 'opcache.enable_cli=1'], [],
    __DIR__ . '/../_inc/serve-classic-app.php');
$port = serve_port($pipes);
$get = function (string $path, array $args = []) use ($port): string {
    $p = proc_open(['curl', '-s', '-S', '--max-time', '120', ...$args, "http://127.0.0.1:$port$path"],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $io);
    $out = stream_get_contents($io[1]) . stream_get_contents($io[2]);
    proc_close($p);
    return $out;
};
for ($i = 0; $i < 3; $i++) echo $get("/?name=op$i");
$jar = tempnam(sys_get_temp_dir(), 'edges-jar');
echo $get('/session', ['-b', $jar, '-c', $jar]), $get('/session', ['-b', $jar, '-c', $jar]), $get('/session');
unlink($jar);
echo $get('/?name=last');
echo $get('/opcache'), "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n", $err;
?>
===DONE===
--EXPECT--
hello op0; visits this request: 1/1; leaked global: no
hello op1; visits this request: 1/1; leaked global: no
hello op2; visits this request: 1/1; leaked global: no
session n=1
session n=2
session n=1
hello last; visits this request: 1/1; leaked global: no
this script in OPcache: yes
stopped: exit 0
===DONE===
