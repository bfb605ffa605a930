--TEST--
Event\HTTP: a client gone mid-body gives 'aborted', 'error' (ECONNRESET) and 'close'; listen() on a Unix socket; maxRequestsPerSocket
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
$guard = edges_guard();
$path = sys_get_temp_dir() . '/edges-http-' . getmypid() . '.sock';
$log = [];
$server = Event\HTTP::createServer(['maxRequestsPerSocket' => 2], function ($req, $res) use (&$log) {
    if ($req->url === '/upload') {
        // Part of the body is in: now the client goes away.
        $req->once('data', fn() => $GLOBALS['c']->destroy());
        $req->on('aborted', function () use (&$log) { $log[] = "aborted"; });
        $req->on('error', function ($e) use (&$log) { $log[] = "error: " . get_class($e) . " " . $e->getMessage() . " " . ($e->getCode() === 104 ? 'ECONNRESET' : $e->getCode()); });
        $req->on('close', function () use ($req, &$log) {
            $log[] = "request close, complete: " . var_export($req->complete, true);
            $GLOBALS['done']();
        });
        return;
    }
    $res->end("n" . $req->url);
});
$server->listen($path);
var_dump($server->address()['family']);
// The server closes once both connections are done with.
$pending = 2;
$done = function () use (&$pending, $server) { if (--$pending === 0) $server->close(); };
$c = Event\Socket::connect($path, function () use (&$c) {
    $c->write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part");
});
$k = Event\Socket::connect($path);
$k->write("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
$got = '';
$k->on('data', function ($d) use (&$got) { $got .= $d; });
$k->on('close', function () use (&$got, $done) {
    echo "responses: ", substr_count($got, "HTTP/1.1 200"), ", last says close: ", var_export(str_contains($got, "Connection: close\r\n\r\nn/2"), true), "\n";
    $done();
});
Event\Loop::run();
echo implode("\n", $log), "\n";
?>
===DONE===
--EXPECT--
string(4) "Unix"
responses: 2, last says close: true
aborted
error: Event\SocketException aborted ECONNRESET
request close, complete: false
===DONE===
