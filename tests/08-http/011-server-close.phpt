--TEST--
Event\HTTP\Server::close(): stops accepting, closes idle keep-alive connections, lets in-flight requests finish, then 'close'
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
$guard = edges_guard();
$log = [];
// Each step starts from the event before it: the idle connection's answer starts the busy
// one; the server's close() starts the late connection.
$server = Event\HTTP::createServer([], function ($req, $res) use (&$server, &$log) {
    if ($req->url === '/slow') {
        $server->close(fn() => print("server: close event\n"));
        echo "server: close() called with ", $server->connectionCount(), " connections\n";
        $late = Event\Socket::connect($GLOBALS['port']);
        $late->on('error', function ($e) use (&$log) { $log[] = "new connection refused: " . ($e->getCode() === 111 ? 'yes' : $e->getMessage()); });
        Event\setTimeout(fn() => $res->end('slow done'), 100);
        return;
    }
    $res->end('quick');
})->listen(0, '127.0.0.1');
$port = $server->address()['port'];
// An idle keep-alive connection: one request answered, then it waits.
$idle = Event\Socket::connect($port);
$idle->write("GET /quick HTTP/1.1\r\nHost: x\r\n\r\n");
$idle->once('data', function () use ($port, &$log) {
    $busy = Event\Socket::connect($port);
    $busy->write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    $got = '';
    $busy->on('data', function ($d) use (&$got) { $got .= $d; });
    $busy->on('close', function () use (&$got, &$log) {
        $log[] = "in-flight request finished: " . (str_contains($got, 'slow done') ? 'yes' : 'no') . ", Connection: close sent: " . (str_contains($got, 'Connection: close') ? 'yes' : 'no');
    });
});
$idle->on('close', function () use (&$log) { $log[] = "idle keep-alive connection closed by the server"; });
Event\Loop::run();
sort($log);
echo implode("\n", $log), "\n";
?>
===DONE===
--EXPECT--
server: close() called with 2 connections
server: close event
idle keep-alive connection closed by the server
in-flight request finished: yes, Connection: close sent: yes
new connection refused: yes
===DONE===
