--TEST--
Event\WebSocket: a violation found in the middle of a frame (over maxPayload, invalid UTF-8) closes with 1009/1007 at once, on the server and on the client, without waiting for the rest of the frame
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';

// Server side: a raw client sends only part of the offending frame and waits.
[$proc, $pipes, $port] = ws_echo_child('["maxPayload" => 1048576]');
$cases = [
    '600,000-byte fragment, then a continuation past 1 MiB' =>
        ws_frame(2, str_repeat('b', 600000), false) . substr(ws_frame(0, str_repeat('b', 600000)), 0, 500014),
    'invalid UTF-8 at the start of a long text frame' =>
        substr(ws_frame(1, "\xff" . str_repeat('a', 300000)), 0, 2000),
];
foreach ($cases as $name => $bytes) {
    $c = ws_raw_connect($port, '/ws');
    stream_set_blocking($c, false);
    $off = 0;
    while ($off < strlen($bytes)) {
        $w = [$c]; $r = $e = null;
        if (stream_select($r, $w, $e, 5)) $off += (int) fwrite($c, substr($bytes, $off, 65536));
    }
    $got = http_read($c, 10);
    echo "server, $name: ", ws_describe(ws_parse(str_replace('<<timeout>>', '', $got))),
        str_contains($got, '<<timeout>>') ? ' (still open)' : ' (closed)', "\n";
}
edges_stop_child($proc, $pipes);

// Client side: a raw server sends only part of the offending frame and waits.
foreach (['toobig' => 'over maxPayload', 'utf8' => 'invalid UTF-8'] as $mode => $name) {
    $server = proc_open([PHP_BINARY, '-n', __DIR__ . '/../_inc/ws-raw-server.php', $mode],
        [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $sp);
    preg_match('/PORT (\d+)/', fgets($sp[1]), $m);
    $ws = Event\WebSocket::connect("ws://127.0.0.1:{$m[1]}/", ['maxPayload' => 1048576]);
    $events = [];
    $ws->on('error', function ($e) use (&$events) { $events[] = 'error ' . $e->getCode(); });
    $ws->on('close', function ($code) use (&$events) { $events[] = "close $code"; });
    Event\Loop::run();
    echo "client, $name: ", implode(', ', $events), "; the server ", trim(stream_get_contents($sp[1])), "\n";
    proc_close($server);
}
?>
===DONE===
--EXPECT--
server, 600,000-byte fragment, then a continuation past 1 MiB: close:1009 (closed)
server, invalid UTF-8 at the start of a long text frame: close:1007 (closed)
client, over maxPayload: error 1009, close 1006; the server got close:1009, connection closed
client, invalid UTF-8: error 1007, close 1006; the server got close:1007, connection closed
===DONE===
