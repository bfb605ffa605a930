--TEST--
Event\WebSocket: a peer that floods pings and never reads is not read either and is cut off; memory stays bounded, on the server and on the client, and the server goes on serving
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_readable('/proc/self/status')) die('skip needs /proc');
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';

function peak_rss_kib(int|string $pid): int {
    preg_match('/^VmHWM:\s+(\d+)/m', file_get_contents("/proc/$pid/status"), $m);
    return (int) $m[1];
}

// Server side: a raw client sends pings as fast as the socket takes them until it is cut off
// (once the kernel's buffers are full of unread pongs: under valgrind that takes a while).
[$proc, $pipes, $port] = ws_echo_child();
$pid = proc_get_status($proc)['pid'];
$before = peak_rss_kib($pid);
$c = ws_raw_connect($port, '/ws');
stream_set_blocking($c, false);
$batch = str_repeat(ws_frame(9, str_repeat('p', 125)), 512);
$sent = 0; $cut = false;
$deadline = microtime(true) + 60;
while (microtime(true) < $deadline) {
    $w = [$c]; $r = $e = null;
    if (!stream_select($r, $w, $e, 0, 200000)) {
        // Not writable: the server stopped reading. Has it cut us off?
        $r = [$c]; $w = null;
        if (stream_select($r, $w, $e, 0, 0) && feof($c)) { $cut = true; break; }
        continue;
    }
    $n = @fwrite($c, $batch);
    if ($n === false || ($n === 0 && feof($c))) { $cut = true; break; }
    $sent += $n;
}
// However the flood ended, the server closes on the flooder: read (and drop) until EOF.
$eof = false;
$deadline = microtime(true) + 10;
while (!$eof && microtime(true) < $deadline) {
    $r = [$c]; $w = $e = null;
    if (stream_select($r, $w, $e, 0, 100000) && (string) @fread($c, 1 << 20) === '' && feof($c)) $eof = true;
}
echo "server: flooder cut off: ", $eof ? 'yes' : 'no', "\n";
$grown = peak_rss_kib($pid) - $before;
echo "server: peak memory grew by less than 32 MiB: ", $grown < 32768 ? 'yes' : "no ($grown KiB)", "\n";
fclose($c);
// Still serving.
$c = ws_raw_connect($port, '/ws');
fwrite($c, ws_frame(1, 'still here') . ws_frame(8, pack('n', 1000)));
echo "server: then ", ws_describe(ws_parse(http_read($c, 10))), "\n";
edges_stop_child($proc, $pipes);

// Client side: a raw server floods our client with pings and never reads our pongs.
$before = peak_rss_kib('self');
$server = proc_open([PHP_BINARY, '-n', __DIR__ . '/../_inc/ws-raw-server.php', 'pingflood'],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $sp);
preg_match('/PORT (\d+)/', fgets($sp[1]), $m);
$ws = Event\WebSocket::connect("ws://127.0.0.1:{$m[1]}/");
$events = [];
$ws->on('error', function ($e) use (&$events) { $events[] = 'error ' . $e->getCode(); });
$ws->on('close', function ($code) use (&$events) { $events[] = "close $code"; });
Event\Loop::run();
$grown = peak_rss_kib('self') - $before;
echo "client: ", implode(', ', $events), "\n";
echo "client: peak memory grew by less than 32 MiB: ", $grown < 32768 ? 'yes' : "no ($grown KiB)", "\n";
echo "client: the server says ", str_replace("\n", '; ', trim(stream_get_contents($sp[1]))), "\n";
proc_close($server);
?>
===DONE===
--EXPECT--
server: flooder cut off: yes
server: peak memory grew by less than 32 MiB: yes
server: then text:still here close:1000
client: error 1008, close 1006
client: peak memory grew by less than 32 MiB: yes
client: the server says pings sent: many; got no close frame, connection closed
===DONE===
