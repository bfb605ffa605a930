--TEST--
Event\HTTP\Request::pause(): no 'data' while paused, the socket stops being read; resume() continues where it stopped
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    $size = 0; $whilePaused = 0; $paused = false; $pauses = 0;
    $req->on("data", function ($d) use ($req, &$size, &$paused, &$whilePaused, &$pauses) {
        if ($paused) $whilePaused++;
        $size += strlen($d);
        if ($pauses < 3 && $size > ($pauses + 1) * 1000000) {
            $pauses++;
            $paused = true;
            $req->pause();
            Event\setTimeout(function () use ($req, &$paused) { $paused = false; $req->resume(); }, 100);
        }
    });
    $req->on("end", function () use ($res, &$size, &$pauses, &$whilePaused) { $res->end("size $size, pauses $pauses, data while paused $whilePaused"); });
});');
$body = str_repeat('z', 8 << 20);
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n");
stream_set_blocking($c, false);
$off = 0; $stalls = 0;
while ($off < strlen($body)) {
    $w = [$c]; $r = $e = null;
    if (!stream_select($r, $w, $e, 0, 20000)) { $stalls++; continue; }
    $off += fwrite($c, substr($body, $off, 65536));
}
$r = http_read($c, 10);
echo substr($r, strrpos($r, "\n") + 1), "\n";
echo "the client had to wait while the server was paused: ", var_export($stalls > 0, true), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
size 8388608, pauses 3, data while paused 0
the client had to wait while the server was paused: true
===DONE===
