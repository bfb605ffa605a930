--TEST--
Event\HTTP: a large streamed response honours write() and 'drain'; a slow reader does not make the server buffer without bound
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    $chunk = str_repeat("x", 65536); $sent = 0; $drains = 0; $rssStart = null;
    $rss = function () { preg_match("/VmRSS:\s+(\d+)/", file_get_contents("/proc/self/status"), $m); return (int) $m[1]; };
    $rssStart = $rss(); $peak = 0;
    $pump = function () use ($res, $chunk, &$sent, &$pump, &$peak, $rss, $rssStart) {
        while ($sent < 32 * 1024 * 1024) {
            $sent += strlen($chunk);
            $peak = max($peak, $rss() - $rssStart);
            if (!$res->write($chunk)) {
                static $said = false;
                if (!$said) { $said = true; echo "write() returned false\n"; }
                return;
            }
        }
        $res->end();
        echo("RSS growth under 16 MB while sending 32 MB: " . ($peak < 16384 ? "yes" : "no ($peak kB)") . "\n");
    };
    $res->on("drain", function () use ($pump, &$drains) { $drains++; $pump(); });
    $res->on("finish", function () use (&$drains) { echo("drained: " . ($drains > 0 ? "yes" : "no") . "\n"); });
    $pump();
});');
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
// The slow reader reads nothing until the server had to wait for it.
echo edges_child_wait($pipes, '/returned false/');
stream_set_blocking($c, true);
$total = 0;
while (!feof($c)) $total += strlen(fread($c, 65536));
echo "received more than 32 MB: ", var_export($total > 32 << 20, true), "\n";
// The child prints its last lines before the response's end is out.
echo edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
write() returned false
received more than 32 MB: true
drained: yes
RSS growth under 16 MB while sending 32 MB: yes
===DONE===
