--TEST--
Event\HTTP::request()/get(): node's overloads, headers both ways, a chunked upload, a sized one, keep-alive reuse through the global agent, HEAD and 204, status and headers of the response
--EXTENSIONS--
edges
--FILE--
<?php
$srv = Event\HTTP::createServer(function ($req, $res) {
    $req->body(function ($body) use ($req, $res) {
        $res->setHeader('Set-Cookie', ['a=1', 'b=2']);
        $res->setHeader('X-Got', sprintf('%s %s te=%s cl=%s x=%s body=%s', $req->method, $req->url,
            $req->headers['transfer-encoding'] ?? '-', $req->headers['content-length'] ?? '-',
            $req->headers['x-custom'] ?? '-', $body));
        if ($req->url === '/204') { $res->writeHead(204); $res->end(); return; }
        $res->end("body of $req->url");
    });
});
$steps = [];
$next = function () use (&$steps, $srv) { $steps ? array_shift($steps)() : $srv->close(); };
function show(Event\HTTP\IncomingMessage $res, callable $then): void
{
    $res->body(function ($b) use ($res, $then) {
        echo $res->statusCode, " ", $res->statusMessage, " | ", $res->headers['x-got'], " | cookies=",
            implode(',', $res->headers['set-cookie']), " | ", $b, "\n";
        $then();
    });
}
$srv->listen(0, '127.0.0.1', function () use ($srv, &$steps, $next) {
    $port = $srv->address()['port'];
    $base = "http://127.0.0.1:$port";
    $steps[] = fn() => Event\HTTP::get("$base/get?q=1", fn($res) => show($res, $next));
    $steps[] = function () use ($base, $next) {
        $req = Event\HTTP::get("$base/again", fn($res) => show($res, $next));
        Event\setImmediate(fn() => print("reusedSocket: " . var_export($req->reusedSocket, true) . "\n"));
    };
    $steps[] = fn() => Event\HTTP::request($base . '/opts', ['method' => 'put', 'headers' => ['X-Custom' => 'yes']],
        fn($res) => show($res, $next))->end('sized');
    $steps[] = function () use ($port, $next) {
        $req = Event\HTTP::request(['port' => $port, 'hostname' => '127.0.0.1', 'path' => '/chunked', 'method' => 'POST'],
            fn($res) => show($res, $next));
        $req->setHeader('x-custom', 'set later');
        var_dump($req->getHeader('X-CUSTOM'), $req->hasHeader('nope'), $req->getHeaders());
        var_dump($req->write('part1,'));
        $req->end('part2');
        try { $req->setHeader('x', 'y'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
        try { $req->write('more'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
    };
    $steps[] = function () use ($base, $next) {
        Event\HTTP::request($base . '/head', ['method' => 'HEAD'], function ($res) use ($next) {
            echo "HEAD ", $res->statusCode, " content-length=", $res->headers['content-length'] ?? '-', "\n";
            $res->on('end', fn() => print("HEAD end\n"));
            $res->on('close', $next);
            $res->resume();
        })->end();
    };
    $steps[] = function () use ($base, $next) {
        Event\HTTP::get("$base/204", function ($res) use ($next) {
            echo "204 ", var_export($res->complete, true), "\n";
            $res->on('data', fn($d) => print("unexpected data\n"));
            $res->on('end', fn() => print("204 end complete=" . var_export($res->complete, true) . "\n"));
            $res->on('close', $next);
        });
    };
    $steps[] = function () use ($base, $next) {
        // No 'response' listener: the response is read and dropped; 'close' still comes.
        $req = Event\HTTP::get("$base/ignored");
        $req->on('close', function () use ($next) { echo "ignored response closed\n"; $next(); });
    };
    $next();
});
?>
--EXPECT--
200 OK | GET /get?q=1 te=- cl=- x=- body= | cookies=a=1,b=2 | body of /get?q=1
reusedSocket: true
200 OK | GET /again te=- cl=- x=- body= | cookies=a=1,b=2 | body of /again
200 OK | PUT /opts te=- cl=5 x=yes body=sized | cookies=a=1,b=2 | body of /opts
string(9) "set later"
bool(false)
array(1) {
  ["x-custom"]=>
  string(9) "set later"
}
bool(true)
Event\HTTP\ClientRequest::setHeader(): the headers were sent already
Event\HTTP\ClientRequest::write(): write after end()
200 OK | POST /chunked te=chunked cl=- x=set later body=part1,part2 | cookies=a=1,b=2 | body of /chunked
HEAD 200 content-length=13
HEAD end
204 false
204 end complete=true
ignored response closed
