--TEST--
Event\HTTP client errors: bad arguments throw precise errors; a refused connection, a server that hangs up before or during the response, a malformed response (Content-Length with chunked) and a timeout reach 'error', 'aborted' and 'timeout'; 'close' always comes last
--EXTENSIONS--
edges
--FILE--
<?php
foreach ([
    fn() => Event\HTTP::get('ftp://example.com/'),
    fn() => Event\HTTP::get('http://exa mple.com/'),
    fn() => Event\HTTP::get('not a url'),
    fn() => Event\HTTP::request(['port' => 70000]),
    fn() => Event\HTTP::request(['method' => 'GE T']),
    fn() => Event\HTTP::request(['path' => 'no-slash']),
    fn() => Event\HTTP::request(['protocol' => 'gopher:']),
    fn() => Event\HTTP::request(['headers' => ['Bad Name' => 'x']]),
    fn() => Event\HTTP::request(['headers' => ['X-Split' => "a\r\nInjected: 1"]]),
    fn() => Event\HTTP::request(['headers' => ['X-Obj' => new stdClass]]),
    fn() => Event\HTTP::request(['agent' => 'yes']),
    fn() => Event\HTTP::request(['timeout' => -1]),
    fn() => Event\HTTP::request('http://x/', 'not callable'),
    fn() => (new Event\HTTP\Agent(['maxSockets' => -2])),
] as $bad) {
    try {
        $bad();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

// A raw server whose answers are scripted per path.
$answers = [
    '/hangup' => null,  // closes without a word
    '/partial' => "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part",
    '/both' => "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    '/silent' => false,  // never answers
];
$raw = Event\Socket::createServer(function (Event\Socket $c) use ($answers) {
    $c->on('data', function ($d) use ($c, $answers) {
        if (!preg_match('#^GET (\S+)#', $d, $m)) return;
        $a = $answers[$m[1]];
        if ($a === false) return;
        if ($a === null) { $c->destroy(); return; }
        $c->write($a);
        $c->destroy();
    });
    $c->on('error', fn() => null);
});
$steps = [];
$next = function () use (&$steps, $raw) { $steps ? array_shift($steps)() : $raw->close(); };
function watch(Event\HTTP\ClientRequest $req, string $what, callable $next): void
{
    $req->on('error', fn($e) => printf("%s: error %s %s [%s]\n", $what, get_class($e), $e->getCode(), $e->getMessage()));
    $req->on('response', function ($res) use ($what) {
        echo "$what: response ", $res->statusCode, "\n";
        $res->on('data', fn($d) => print("$what: data '$d'\n"));
        $res->on('end', fn() => print("$what: end\n"));
        $res->on('aborted', fn() => print("$what: aborted complete=" . var_export($res->complete, true) . "\n"));
        $res->on('error', fn($e) => printf("%s: response error %s\n", $what, $e->getCode()));
        $res->on('close', fn() => print("$what: response close\n"));
    });
    $req->on('close', function () use ($what, $next) { echo "$what: close\n"; $next(); });
}
$raw->listen(0, '127.0.0.1', function () use ($raw, &$steps, $next) {
    $port = $raw->address()['port'];
    // A port nobody listens on: take one and let it go.
    $probe = Event\Socket::createServer(fn() => null);
    $probe->listen(0, '127.0.0.1', function () use ($probe, $port, &$steps, $next) {
        $dead = $probe->address()['port'];
        $probe->close();
        $steps[] = fn() => watch(Event\HTTP::get("http://127.0.0.1:$dead/"), 'refused', $next);
        foreach (['/hangup', '/partial', '/both'] as $path)
            $steps[] = fn() => watch(Event\HTTP::get("http://127.0.0.1:$port$path", ['agent' => false]), $path, $next);
        $steps[] = function () use ($port, $next) {
            $req = Event\HTTP::get("http://127.0.0.1:$port/silent", ['timeout' => 100]);
            $req->on('timeout', function () use ($req) { echo "/silent: timeout\n"; $req->abort(); });
            watch($req, '/silent', $next);
        };
        $next();
    });
});
?>
--EXPECTF--
ValueError: Event\HTTP::get(): Argument #1 ($url) must be an absolute http:// or https:// URL (only http:// and https:// URLs are supported)
ValueError: Event\HTTP::get(): Argument #1 ($url) must be an absolute http:// or https:// URL (a URL must not contain spaces or control characters)
ValueError: Event\HTTP::get(): Argument #1 ($url) must be an absolute http:// or https:// URL (a URL must not contain spaces or control characters)
ValueError: Event\HTTP::request(): Argument #1 ($url) option 'port' must be between 1 and 65535
ValueError: Event\HTTP::request(): Argument #1 ($url) option 'method' must be an HTTP method name
ValueError: Event\HTTP::request(): Argument #1 ($url) option 'path' must start with "/" and contain no spaces or control characters
ValueError: Event\HTTP::request(): Argument #1 ($url) option 'protocol' must be 'http:' or 'https:'
ValueError: option 'headers': "Bad Name" is not a valid header name
ValueError: option 'headers': a header value must not contain CR, LF or NUL
TypeError: option 'headers': a header value must be a string, int or float, stdClass given
TypeError: Event\HTTP::request(): Argument #1 ($url) option 'agent' must be an Event\HTTP\Agent, false or null, string given
ValueError: Event\HTTP::request(): Argument #1 ($url) option 'timeout' must be an integer greater than or equal to 0
TypeError: Event\HTTP::request(): Argument #2 ($options) must be an options array or a callable, string given
ValueError: Event\HTTP\Agent::__construct(): Argument #1 ($options) option 'maxSockets' must be an integer greater than or equal to 0
refused: error Event\SocketException 111 [connect ECONNREFUSED: Connection refused 127.0.0.1:%d]
refused: close
/hangup: error Event\SocketException 104 [socket hang up]
/hangup: close
/partial: response 200
/partial: data 'only part'
/partial: aborted complete=false
/partial: response error 104
/partial: response close
/partial: close
/both: error Event\SocketException 71 [Parse Error: Content-Length can't be present with Transfer-Encoding]
/both: close
/silent: timeout
/silent: close
