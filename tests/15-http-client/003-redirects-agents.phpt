--TEST--
Event\HTTP client: redirects (303 turns POST into GET, 307 keeps the method, a limit, credentials dropped for another host), decompression of gzip/deflate/br, an Agent with maxSockets 1 queues requests on one connection, keepAlive false and agent => false open their own, a Unix socket, and pipe() both ways
--EXTENSIONS--
edges
--FILE--
<?php
$connections = 0;
$srv = Event\HTTP::createServer(['compression' => true], function ($req, $res) {
    $req->body(function ($body) use ($req, $res) {
        $u = $req->url;
        if ($u === '/see-other') { $res->writeHead(303, ['Location' => '/landing']); $res->end(); return; }
        if ($u === '/temporary') { $res->writeHead(307, ['Location' => '/landing']); $res->end(); return; }
        if ($u === '/loop') { $res->writeHead(302, ['Location' => '/loop']); $res->end(); return; }
        if ($u === '/elsewhere') {
            $port = $req->socket->localPort;
            $res->writeHead(302, ['Location' => "http://localhost:$port/landing"]);
            $res->end();
            return;
        }
        if (str_starts_with($u, '/big')) {
            $res->setHeader('Content-Type', 'text/plain');
            $res->end(str_repeat("compress me please. ", 500));
            return;
        }
        $res->end(sprintf("%s %s auth=%s body=%s", $req->method, $u, $req->headers['authorization'] ?? '-', $body));
    });
});
$srv->on('connection', function () use (&$connections) { $connections++; });

$steps = [];
$next = function () use (&$steps, $srv) { $steps ? array_shift($steps)() : $srv->close(); };
function text(Event\HTTP\IncomingMessage $res, string $label, callable $then): void
{
    $res->body(function ($b) use ($res, $label, $then) {
        echo "$label: ", $res->statusCode, " ", strlen($b) > 60 ? strlen($b) . " bytes, " . ($res->headers['content-encoding'] ?? 'identity') : $b, "\n";
        $then();
    });
}
$srv->listen(0, '127.0.0.1', function () use ($srv, &$steps, $next, &$connections) {
    $port = $srv->address()['port'];
    $base = "http://127.0.0.1:$port";
    $steps[] = fn() => Event\HTTP::request("$base/see-other", ['method' => 'POST', 'followRedirects' => 5],
        fn($res) => text($res, 'POST 303', $next))->end('payload');
    $steps[] = fn() => Event\HTTP::request("$base/temporary", ['method' => 'DELETE', 'followRedirects' => true],
        fn($res) => text($res, 'DELETE 307', $next))->end();
    $steps[] = function () use ($base, $next) {
        $req = Event\HTTP::get("$base/loop", ['followRedirects' => 3], function ($res) use (&$req, $next) {
            echo "limit: ", $res->statusCode, " location=", $res->headers['location'], " after ", $req->redirectCount, " redirects, url=", parse_url($res->url, PHP_URL_PATH), "\n";
            $res->resume();
            $res->on('end', $next);
        });
    };
    $steps[] = fn() => Event\HTTP::get("http://user:secret@127.0.0.1:$port/landing", fn($res) => text($res, 'same host', $next));
    $steps[] = fn() => Event\HTTP::get("http://user:secret@127.0.0.1:$port/elsewhere", ['followRedirects' => 1],
        fn($res) => text($res, 'other host', $next));
    foreach (['gzip', 'br'] as $enc) {
        $steps[] = fn() => Event\HTTP::get("$base/big-$enc", ['decompress' => true, 'headers' => ['Accept-Encoding' => $enc]],
            fn($res) => text($res, "decompress $enc", $next));
    }
    $steps[] = fn() => Event\HTTP::get("$base/big-raw", ['headers' => ['Accept-Encoding' => 'gzip']], fn($res) => text($res, 'raw gzip', $next));
    $steps[] = function () use ($base, $next, &$connections) {
        $connections = 0;
        $agent = new Event\HTTP\Agent(['maxSockets' => 1]);
        $left = 4;
        for ($i = 0; $i < 4; $i++) {
            Event\HTTP::get("$base/q$i", ['agent' => $agent], function ($res) use (&$left, $next, &$connections, $agent) {
                $res->body(function ($b) use (&$left, $next, &$connections, $agent) {
                echo "queued: $b\n";
                if (--$left === 0) { echo "connections: $connections, agent: ", json_encode($agent->sockets()), "\n"; $next(); }
                });
            });
        }
    };
    foreach (['keepAlive false' => ['agent' => new Event\HTTP\Agent(['keepAlive' => false])], 'agent false' => ['agent' => false]] as $label => $opts) {
        $steps[] = function () use ($base, $opts, $label, $next, &$connections) {
            $connections = 0;
            Event\HTTP::get("$base/one", $opts, function ($res) use ($base, $opts, $label, $next, &$connections) {
                $res->body(function () use ($base, $opts, $label, $next, &$connections) {
                    Event\HTTP::get("$base/two", $opts, function ($res) use ($label, $next, &$connections) {
                        $res->body(function () use ($label, $next, &$connections) {
                            echo "$label: $connections connections\n";
                            $next();
                        });
                    });
                });
            });
        };
    }
    $steps[] = function () use ($next) {
        $path = sys_get_temp_dir() . '/edges-client-' . getmypid() . '.sock';
        @unlink($path);
        $unix = Event\HTTP::createServer(fn($req, $res) => $res->end("over unix {$req->url}"));
        $unix->listen($path, function () use ($unix, $path, $next) {
            Event\HTTP::get(['socketPath' => $path, 'path' => '/u'], fn($res) => text($res, 'unix', function () use ($unix, $path, $next) {
                $unix->close();
                @unlink($path);
                $next();
            }));
        });
    };
    $steps[] = function () use ($base, $next) {
        // A file piped into a request, the response piped into a file.
        $in = tempnam(sys_get_temp_dir(), 'edges-in-');
        $out = tempnam(sys_get_temp_dir(), 'edges-out-');
        file_put_contents($in, str_repeat('0123456789', 20000));
        $req = Event\HTTP::request("$base/upload", ['method' => 'POST'], function ($res) use ($out, $in, $next) {
            $dst = Event\File::createWriteStream($out);
            $res->pipe($dst);
            $dst->on('finish', function () use ($out, $in, $next) {
                $got = file_get_contents($out);
                echo "piped: ", strlen($got), " bytes, starts ", substr($got, 0, 24), "\n";
                unlink($in);
                unlink($out);
                $next();
            });
        });
        Event\File::createReadStream($in)->pipe($req);
    };
    $next();
});
?>
--EXPECTF--
POST 303: 200 GET /landing auth=- body=
DELETE 307: 200 DELETE /landing auth=- body=
limit: 302 location=/loop after 3 redirects, url=/loop
same host: 200 GET /landing auth=Basic dXNlcjpzZWNyZXQ= body=
other host: 200 GET /landing auth=- body=
decompress gzip: 200 10000 bytes, gzip
decompress br: 200 10000 bytes, br
raw gzip: 200 %d bytes, gzip
queued: GET /q0 auth=- body=
queued: GET /q1 auth=- body=
queued: GET /q2 auth=- body=
queued: GET /q3 auth=- body=
connections: 1, agent: {"idle":1,"open":1}
keepAlive false: 2 connections
agent false: 2 connections
unix: 200 over unix /u
piped: 200025 bytes, starts POST /upload auth=- body
