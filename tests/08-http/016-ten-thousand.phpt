--TEST--
Event\HTTP: 10,000 concurrent keep-alive connections on one process; memory per idle connection stays small
--EXTENSIONS--
edges
--SKIPIF--
<?php
preg_match('/Max open files\s+(\d+)\s+(\d+)/', file_get_contents('/proc/self/limits'), $m);
if ((int) $m[1] < 10100) die("skip needs 10100 open files (ulimit -n)");
if (getenv('USE_ZEND_ALLOC') === '0') die('skip too slow under valgrind');
?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/guard.inc';
const N = 10000;
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer(["keepAliveTimeout" => 120000, "backlog" => 4096], function ($req, $res) use (&$server) {
    if ($req->url === "/stats") {
        preg_match("/VmRSS:\s+(\d+)/", file_get_contents("/proc/self/status"), $m);
        $res->end(json_encode(["rss_kb" => (int) $m[1], "connections" => $server->connectionCount()]));
        return;
    }
    $res->end("ok");
});');
$stats = fn() => json_decode(http_body(http_raw($port, "GET /stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), true);
$before = $stats();
$guard = edges_guard(120);
$answered = 0; $errors = 0; $sockets = [];
$open = function (int $i) use ($port, &$answered, &$errors, &$sockets) {
    $s = Event\Socket::connect($port, '127.0.0.1');
    $s->on('connect', fn() => $s->write("GET /$i HTTP/1.1\r\nHost: x\r\n\r\n"));
    $s->on('data', function ($d) use (&$answered, $port) {
        if (str_ends_with($d, "ok")) $answered++;
        if ($answered !== N) return;
        // Descriptors are past FD_SETSIZE now: ask for the stats with edges, not stream_select().
        $q = Event\Socket::connect($port, '127.0.0.1');
        $q->write("GET /stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        $got = '';
        $q->on('data', function ($d) use (&$got) { $got .= $d; });
        $q->on('end', function () use (&$got) { $GLOBALS['after'] = json_decode(substr($got, strpos($got, "\r\n\r\n") + 4), true); Event\Loop::stop(); });
    });
    $s->on('error', function ($e) use (&$errors) { $errors++; });
    $sockets[] = $s;
};
// Open them in batches so the listen queue keeps up.
$i = 0;
$batch = Event\setInterval(function () use (&$i, $open, &$batch) {
    for ($k = 0; $k < 500 && $i < N; $k++) $open($i++);
    if ($i >= N) Event\clearInterval($batch);
}, 5);
Event\Loop::run();
echo "answered: $answered, errors: $errors, open on the server: ", $after['connections'] - 1 >= N ? 'all' : $after['connections'], "\n";
$perConn = ($after['rss_kb'] - $before['rss_kb']) * 1024 / N;
echo "under 8 KiB each: ", var_export($perConn < 8192, true), "\n";
foreach ($sockets as $s) $s->destroy();
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
answered: 10000, errors: 0, open on the server: all
under 8 KiB each: true
===DONE===
