--TEST--
https and wss: an https server answers the HTTP client (verified, kept alive, ALPN http/1.1), an http URL redirects to https, a self-signed server fails verification as an 'error' while the server sees 'tlsClientError', and WebSockets over TLS both on an https server and standalone
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/tls.inc';
$ca = tls_ca_pair();
$tls = ['cert' => $ca['cert'], 'key' => $ca['key']];
$client = ['tls' => ['ca' => $ca['ca'], 'alpn' => ['http/1.1']]];

$https = Event\HTTP::createServer(['tls' => $tls], function ($req, $res) {
    $res->end("secure {$req->method} {$req->url} encrypted=" . var_export($req->socket->encrypted, true)
        . " alpn=" . var_export($req->socket->alpnProtocol, true));
});
$serverErrors = [];
$onServerError = null;
$https->on('tlsClientError', function ($e) use (&$serverErrors, &$onServerError) {
    $serverErrors[] = $e->getCode();
    if ($onServerError) $onServerError();
});
$wss = new Event\WebSocket\Server(['server' => $https, 'path' => '/ws']);
$wss->on('connection', function ($ws) {
    $ws->on('message', fn($m) => $ws->send("echo: $m"));
});
$plain = Event\HTTP::createServer(function ($req, $res) use (&$https) {
    $res->writeHead(301, ['Location' => 'https://localhost:' . $https->address()['port'] . $req->url]);
    $res->end();
});
$standalone = null;

$steps = [];
$next = function () use (&$steps, $https, $plain, &$standalone) {
    if ($steps) { array_shift($steps)(); return; }
    $https->close(); $plain->close(); $standalone?->close();
};
$https->listen(0, '127.0.0.1', function () use ($https, $plain, $client, $tls, $ca, &$steps, $next, &$standalone, &$serverErrors, &$onServerError) {
  $plain->listen(0, '127.0.0.1', function () use ($https, $plain, $client, $tls, $ca, &$steps, $next, &$standalone, &$serverErrors, &$onServerError) {
    $port = $https->address()['port'];
    $url = "https://localhost:$port";
    $steps[] = fn() => Event\HTTP::get("$url/a", $client, fn($res) => $res->body(function ($b) use ($next) { echo "1: $b\n"; $next(); }));
    $steps[] = function () use ($url, $client, $next) {
        $req = Event\HTTP::get("$url/b", $client, function ($res) use (&$req, $next) {
            $res->body(function ($b) use (&$req, $next) {
                echo "2: $b reusedSocket=", var_export($req->reusedSocket, true), "\n";
                $next();
            });
        });
    };
    $steps[] = fn() => Event\HTTP::get("http://127.0.0.1:" . $plain->address()['port'] . "/moved", $client + ['followRedirects' => 2],
        fn($res) => $res->body(function ($b) use ($res, $next) { echo "redirected to ", parse_url($res->url, PHP_URL_SCHEME), ": $b\n"; $next(); }));
    $steps[] = function () use ($url, $next, &$serverErrors, &$onServerError) {
        // Both sides report, in either order; the test goes on after both.
        $left = 2;
        $done = function () use (&$left, $next, &$serverErrors) {
            if (--$left > 0) return;
            echo "server: tlsClientError ", implode(',', $serverErrors), "\n";
            $next();
        };
        $onServerError = $done;
        $req = Event\HTTP::get("$url/unverified");
        $req->on('error', fn($e) => printf("client: %s %s\n", get_class($e), $e->getCode()));
        $req->on('close', $done);
    };
    $steps[] = function () use ($port, $ca, $next) {
        $ws = Event\WebSocket::connect("wss://localhost:$port/ws", ['tls' => ['ca' => $ca['ca']]]);
        $ws->on('open', fn() => $ws->send('hi'));
        $ws->on('message', function ($m) use ($ws) { echo "wss: $m\n"; $ws->close(); });
        $ws->on('close', $next);
    };
    $steps[] = function () use ($tls, $ca, $next, &$standalone) {
        $standalone = new Event\WebSocket\Server(['port' => 0, 'host' => '127.0.0.1', 'tls' => $tls]);
        $standalone->on('connection', fn($ws) => $ws->on('message', fn($m) => $ws->send(strrev($m))));
        $standalone->on('listening', function () use ($standalone, $ca, $next) {
            $ws = Event\WebSocket::connect('wss://localhost:' . $standalone->address()['port'] . '/', ['tls' => ['ca' => $ca['ca']]]);
            $ws->on('open', fn() => $ws->send('standalone'));
            $ws->on('message', function ($m) use ($ws) { echo "standalone wss: $m\n"; $ws->close(); });
            $ws->on('close', $next);
        });
    };
    $next();
  });
});
?>
--EXPECT--
1: secure GET /a encrypted=true alpn='http/1.1'
2: secure GET /b encrypted=true alpn='http/1.1' reusedSocket=true
redirected to https: secure GET /moved encrypted=true alpn='http/1.1'
client: Event\TLSException UNABLE_TO_GET_ISSUER_CERT_LOCALLY
server: tlsClientError ERR_SSL_TLSV1_ALERT_UNKNOWN_CA
wss: echo: hi
standalone wss: enoladnats
