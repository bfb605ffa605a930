--TEST--
Event\HTTP: a 'connection' listener that destroys, ends or pauses the socket, and a response ended before the request body was read: each connection closes, the count goes to 0, the loop ends by itself
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard(30);

// One server per case; the client speaks raw HTTP and reports what it got before close.
function http_case(string $name, ?callable $onConnection, callable $onRequest, array $send): void
{
    $server = Event\HTTP::createServer([], $onRequest);
    if ($onConnection) $server->on('connection', $onConnection);
    $server->listen(0, '127.0.0.1', function () use ($server, $name, $send) {
        $client = Socket::connect($server->address()['port'], '127.0.0.1');
        $got = '';
        $step = 0;
        $next = function () use ($client, $send, &$step) {
            if ($step < count($send)) {
                $part = $send[$step++];
                $part === 'END' ? $client->end() : $client->write($part);
            }
        };
        $client->on('connect', $next);
        $client->on('data', function ($d) use (&$got, $next) {
            $got .= $d;
            // The next part goes once a response is complete.
            if (preg_match('/\r\n\r\n[^\r]*(ok|yes)$/', $got)) $next();
        });
        $client->on('close', function () use ($server, $name, &$got) {
            preg_match_all('#HTTP/1.1 (\d+)#', $got, $m);
            $server->close(function () use ($name, $server, $m) {
                $GLOBALS['results'][$name] = "responses [" . implode(' ', $m[1]) . "], connections left " . $server->connectionCount();
            });
        });
    });
}

$ok = fn($req, $res) => $res->end('ok');
$get = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";

http_case('destroy in connection', fn(Socket $s) => $s->destroy(), $ok, [$get]);
http_case('end in connection', fn(Socket $s) => $s->end(), $ok, [$get]);
http_case('pause in connection, resume a tick later', function (Socket $s) {
    $s->pause();
    Event\setImmediate(fn() => $s->resume());
}, $ok, [$get, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"]);
// The response is out before the body has even arrived: the body is read and dropped,
// and the connection serves the next request.
http_case('response before the body, keep-alive goes on', null, function ($req, $res) {
    if ($req->method === 'POST') {
        $res->end('yes');
    } else {
        $res->end('ok');
    }
}, ["POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n", "0123456789GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"]);
http_case('response before the body, then the client leaves', null, fn($req, $res) => $res->end('yes'),
    ["POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n", "END"]);
Event\Loop::run();
echo "the loop ended by itself\n";
ksort($results);
foreach ($results as $name => $r) echo "$name: $r\n";
?>
===DONE===
--EXPECT--
the loop ended by itself
destroy in connection: responses [], connections left 0
end in connection: responses [], connections left 0
pause in connection, resume a tick later: responses [200 200], connections left 0
response before the body, keep-alive goes on: responses [200 200], connections left 0
response before the body, then the client leaves: responses [200], connections left 0
===DONE===
