--TEST--
Event\HTTP\Request: method, url, httpVersion, headers joined as node joins them, rawHeaders, socket, complete; read-only
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function (Event\HTTP\Request $req, $res) {
    $out = [$req->method, $req->url, $req->httpVersion, $req->headers, $req->rawHeaders,
            get_class($req->socket), $req->socket->remoteAddress, $req->complete, $req instanceof Event\Emitter];
    try { $req->url = "/x"; } catch (Error $e) { $out[] = $e->getMessage(); }
    $req->on("end", function () use ($req, $res, &$out) { $out[] = $req->complete; $res->end(json_encode($out, JSON_PRETTY_PRINT)); });
    $req->resume(); // as in node: the body flows (to nobody), then end comes
});');
$r = http_raw($port, "PUT /path?q=1&r=%20 HTTP/1.1\r\nHost: example\r\nX-Multi: a\r\nX-Multi: b\r\nSet-Cookie: c=1\r\nSet-Cookie: d=2\r\n" .
    "Cookie: x=1\r\nCookie: y=2\r\nContent-Type: text/plain\r\nContent-Type: ignored/dup\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
echo substr($r, strpos($r, "\r\n\r\n") + 4), "\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
[
    "PUT",
    "\/path?q=1&r=%20",
    "1.1",
    {
        "host": "example",
        "x-multi": "a, b",
        "set-cookie": [
            "c=1",
            "d=2"
        ],
        "cookie": "x=1; y=2",
        "content-type": "text\/plain",
        "content-length": "3",
        "connection": "close"
    },
    [
        "Host",
        "example",
        "X-Multi",
        "a",
        "X-Multi",
        "b",
        "Set-Cookie",
        "c=1",
        "Set-Cookie",
        "d=2",
        "Cookie",
        "x=1",
        "Cookie",
        "y=2",
        "Content-Type",
        "text\/plain",
        "Content-Type",
        "ignored\/dup",
        "Content-Length",
        "3",
        "Connection",
        "close"
    ],
    "Event\\Socket",
    "127.0.0.1",
    false,
    true,
    "Cannot modify readonly property Event\\HTTP\\Request::$url",
    true
]
===DONE===
