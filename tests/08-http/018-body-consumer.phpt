--TEST--
Event\HTTP\Request: as in node, the body waits for a consumer ('data' listener, body(), resume()); held data stops reading the socket; a body nobody reads is discarded when the response finishes
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$ignoredEnd = 0;
// A long idle timeout: the keep-alive steps below may take seconds on a busy machine.
$server = Event\HTTP::createServer(["keepAliveTimeout" => 120000], function ($req, $res) use (&$ignoredEnd) {
    switch ($req->url) {
    case "/late-data": // the consumer comes after the body has (partly) arrived
        Event\setTimeout(function () use ($req, $res) {
            $readBefore = $req->socket->bytesRead;
            $n = 0; $h = hash_init("sha256");
            $req->on("data", function ($d) use (&$n, $h) { $n += strlen($d); hash_update($h, $d); });
            $req->on("end", function () use ($res, &$n, $h, $readBefore) {
                $res->end("$n " . hash_final($h) . ", read before a consumer came: " . ($readBefore < 262144 ? "bounded" : $readBefore));
            });
        }, 300);
        break;
    case "/late-body":
        Event\setTimeout(fn() => $req->body(fn($b) => $res->end(strlen($b) . " " . hash("sha256", $b))), 100);
        break;
    case "/ignored": // nobody reads the body: discarded once the response is out, then \'end\'
        $req->on("end", function () use (&$ignoredEnd) { $ignoredEnd++; });
        $res->end("ignored");
        break;
    case "/report":
        $req->on("end", function () use ($res, &$ignoredEnd) { $res->end("ignored bodies ended: $ignoredEnd"); });
        $req->resume();
        break;
    case "/body-after-response": // answered at once, the unread body is discarded: too late for body()
        $res->on("finish", function () use ($req) {
            try { $req->body(fn() => null); } catch (Error $e) { $GLOBALS["late"] = $e->getMessage(); }
        });
        $res->end();
        break;
    case "/late-report":
        $res->end($GLOBALS["late"] ?? "no error");
        break;
    case "/body-twice": // a second callback would silently replace the first one
        $second = "";
        try { $req->body(fn() => null); $req->body(fn() => null); } catch (Error $e) { $second = $e->getMessage(); }
        $res->end($second);
        break;
    case "/body-after-end":
        $req->on("data", fn() => null);
        $req->on("end", function () use ($req, $res) {
            try { $req->body(fn() => null); } catch (Error $e) { $res->end($e->getMessage()); }
        });
        break;
    }
});');

function post(string $path, string $body, bool $close = true): string {
    return "POST $path HTTP/1.1\r\nHost: x\r\nContent-Length: " . strlen($body) . "\r\n" . ($close ? "Connection: close\r\n" : "") . "\r\n$body";
}

// 16 MiB while the handler waits 300 ms before it reads: the server holds at most a little.
$body = random_bytes(16 << 20);
$c = stream_socket_client("tcp://127.0.0.1:$port");
stream_set_blocking($c, false);
$req = post('/late-data', $body);
$off = 0; $stalls = 0;
while ($off < strlen($req)) {
    $w = [$c]; $r = $e = null;
    if (!stream_select($r, $w, $e, 0, 20000)) { $stalls++; continue; }
    $off += fwrite($c, substr($req, $off, 65536));
}
echo http_body(http_read($c, 20)), "\n";
echo "expected ", strlen($body), " ", hash('sha256', $body), "\n";
echo "the client had to wait: ", var_export($stalls > 0, true), "\n";

$small = "hello, late body()";
echo http_body(http_raw($port, post('/late-body', $small))), " / ", strlen($small), " ", hash('sha256', $small), "\n";

// Keep-alive: the ignored bodies (one in the same write as its head, one after it) do not
// confuse the requests that follow on the same connection.
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, post('/ignored', str_repeat('a', 100000), false));
echo http_body(http_read($c, 5, fn($o) => str_ends_with($o, "ignored"))), "\n";
fwrite($c, "POST /ignored HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n");
echo http_body(http_read($c, 5, fn($o) => str_ends_with($o, "ignored"))), "\n";
fwrite($c, "0123456789" . post('/report', 'xyz'));
echo http_body(http_read($c, 5)), "\n";

echo http_body(http_raw($port, post('/body-after-end', 'abc'))), "\n";
$c = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($c, post('/body-after-response', 'abc', false));
http_read($c, 5, fn($o) => str_contains($o, "\r\n\r\n"));
fwrite($c, "GET /late-report HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
echo http_body(explode("HTTP/1.1 200 OK", http_read($c, 5))[1] ?? ''), "\n";
echo http_body(http_raw($port, post('/body-twice', 'abc'))), "\n";
echo edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECTF--
16777216 %s, read before a consumer came: bounded
expected 16777216 %s
the client had to wait: true
18 %s / 18 %s
ignored
ignored
ignored bodies ended: 2
Event\HTTP\Request::body() must be called before the request's 'end'
Event\HTTP\Request::body(): the response finished first and the body was discarded
Event\HTTP\Request::body() was called already for this request
===DONE===
