--TEST--
systemd Type=notify: READY=1 once the script has returned and its servers listen, STOPPING=1 when a graceful stop begins; bin/edges --pidfile writes the pid and removes it at exit
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$dir = sys_get_temp_dir() . '/edges-notify-' . getmypid();
mkdir($dir);
$notify = stream_socket_server("udg://$dir/notify", $errno, $errstr, STREAM_SERVER_BIND);
$script = "$dir/server.php";
file_put_contents($script, '<?php
$s = Event\HTTP::createServer(fn($req, $res) => $res->end("ok"));
$s->listen(0, "127.0.0.1");
echo "PORT ", $s->address()["port"], "\n";   // printed before READY=1 is sent: the script has not returned yet
');
$recv = function () use ($notify) {
    $r = [$notify]; $w = $e = null;
    return stream_select($r, $w, $e, 30) ? stream_socket_recvfrom($notify, 1024) : 'nothing within 30 s';
};
[$proc, $pipes, $m] = edges_start_child($script, [], '/PORT (\d+)/', env: ['NOTIFY_SOCKET' => "$dir/notify"]);
echo "notified: ", $recv(), "\n";
echo "serving: ", http_body(http_raw((int) $m[1], "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
proc_terminate($proc, 15);
echo "notified: ", $recv(), "\n";
[$out, $err, $how] = edges_wait_child($proc, $pipes);
echo "then: $how$err\n";

// bin/edges --pidfile: the file holds the pid while the script runs.
$pidfile = "$dir/edges.pid";
$proc = proc_open([__DIR__ . '/../../bin/edges', '--pidfile', $pidfile, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'),
    '-r', 'echo trim(file_get_contents(ini_get("edges.pidfile"))) === (string) getmypid() ? "pid written\n" : "wrong pid\n";'],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $p2, null, ['EDGES_PHP' => PHP_BINARY] + getenv());
echo stream_get_contents($p2[1]), stream_get_contents($p2[2]);
proc_close($proc);
echo "removed at exit: ", var_export(!file_exists($pidfile), true), "\n";
fclose($notify);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
===DONE===
--EXPECT--
notified: READY=1
serving: ok
notified: STOPPING=1
then: exit 0
pid written
removed at exit: true
===DONE===
