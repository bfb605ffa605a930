--TEST--
demo/https.php and demo/fetch.php: the https demo makes its certificate and answers; the fetch demo verifies it with --ca, and fails on it without
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v openssl'))) die('skip openssl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$dir = sys_get_temp_dir() . '/edges-demo-' . getmypid();
mkdir($dir);
$env = ['TLS_CERT' => "$dir/cert.pem", 'TLS_KEY' => "$dir/key.pem"];
[$proc, $pipes, $m] = edges_start_child(__DIR__ . '/../../demo/https.php', ['0'], '/Server running at https:\/\/localhost:(\d+)\//', 20, [], $env);
$url = "https://localhost:{$m[1]}/";
$fetch = __DIR__ . '/../../demo/fetch.php';
[$out, $err, $status] = edges_run_script($fetch, [$url, '--ca', "$dir/cert.pem"]);
echo preg_replace('/^date: .*\n/m', '', preg_replace('/in [\d.]+ ms/', 'in N ms', $out)), "exit $status\n";
[$out, $err, $status] = edges_run_script($fetch, [$url]);
echo trim($err), "\nexit $status\n";
edges_stop_child($proc, $pipes);
unlink("$dir/cert.pem");
unlink("$dir/key.pem");
rmdir($dir);
?>
--EXPECTF--
HTTP/1.1 200 OK  (https://localhost:%d/)
content-type: text/plain
content-length: 19
connection: keep-alive
keep-alive: timeout=5

19 bytes of body in N ms
exit 0
Event\TLSException: self-signed certificate
exit 1
