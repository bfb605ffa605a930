--TEST--
Event\WebSocket: server on an HTTP server's 'upgrade' and the edges client: text, binary, ping/pong, close codes, readyState, subprotocols
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
$guard = edges_guard();
$http = Event\HTTP::createServer([], fn($req, $res) => $res->end("plain http"));
$other = [];
$http->on('upgrade', function ($req, $socket) use (&$other) { $other[] = $req->url; if (parse_url($req->url, PHP_URL_PATH) !== '/ws') $socket->destroy(); });
$wss = new Event\WebSocket\Server(['server' => $http, 'path' => '/ws',
    'handleProtocols' => fn(array $offered, $req) => in_array('chat.v2', $offered) ? 'chat.v2' : false]);
$log = [];
$wss->on('connection', function (Event\WebSocket $ws, Event\HTTP\Request $req) use (&$log) {
    $log[] = "server: connection on {$req->url}, protocol {$ws->protocol}, readyState {$ws->readyState}";
    $ws->on('message', function ($data, $binary) use ($ws, &$log) {
        $log[] = "server: " . ($binary ? "binary " . bin2hex($data) : "text $data");
        $ws->send($binary ? strrev($data) : strtoupper($data), $binary);
    });
    $ws->on('ping', function ($d) use (&$log) { $log[] = "server: ping [$d]"; });
    $ws->on('close', function ($code, $reason) use (&$log) { $log[] = "server: close $code [$reason]"; });
});
$http->listen(0, '127.0.0.1', function () use ($http, $wss, &$log) {
    $port = $http->address()['port'];
    $c = Event\WebSocket::connect("ws://127.0.0.1:$port/ws?x=1", ['protocols' => ['chat.v1', 'chat.v2']]);
    $log[] = "client: readyState {$c->readyState} before open, url {$c->url}";
    $c->on('open', function () use ($c, &$log) {
        $log[] = "client: open, protocol {$c->protocol}, readyState {$c->readyState}";
        $c->send('hello');
        $c->send("\x00\x01\xff", true);
        $c->ping('are you there');
    });
    $c->on('pong', function ($d) use (&$log) { $log[] = "client: pong [$d]"; });
    $n = 0;
    $c->on('message', function ($data, $binary) use ($c, &$n, &$log) {
        $log[] = "client: " . ($binary ? "binary " . bin2hex($data) : "text $data");
        if (++$n === 2) { $c->close(4000, 'done here'); $log[] = "client: readyState {$c->readyState} after close()"; }
    });
    $c->on('close', function ($code, $reason) use ($c, $http, $wss, &$log) {
        $log[] = "client: close $code [$reason], readyState {$c->readyState}";
        try { $c->send('late'); } catch (Event\WebSocketException $e) { $log[] = "client: " . $e->getMessage(); }
        $wss->close();
        $http->close();
    });
    $x = Event\WebSocket::connect("ws://127.0.0.1:$port/other");
    $x->on('error', fn($e) => null);
    $x->on('close', function ($code) use (&$log) { $log[] = "other path: left to the HTTP server's listener, client close $code"; });
});
Event\Loop::run();
sort($other);
// Each side in its own order (the two sides interleave differently run to run).
usort($log, fn($a, $b) => strcmp(strtok($a, ':'), strtok($b, ':')));
echo implode("\n", $log), "\nupgrade listener saw: ", implode(' ', $other), "\n";
?>
===DONE===
--EXPECTF--
client: readyState 0 before open, url ws://127.0.0.1:%d/ws?x=1
client: open, protocol chat.v2, readyState 1
client: text HELLO
client: binary ff0100
client: readyState 2 after close()
client: pong [are you there]
client: close 4000 [done here], readyState 3
client: WebSocket is not open: readyState 3 (CLOSED)
other path: left to the HTTP server's listener, client close 1006
server: connection on /ws?x=1, protocol chat.v2, readyState 1
server: text hello
server: binary 0001ff
server: ping [are you there]
server: close 4000 [done here]
upgrade listener saw: /other /ws?x=1
===DONE===
