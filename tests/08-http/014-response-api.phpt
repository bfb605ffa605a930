--TEST--
Event\HTTP\Response: header methods, statusCode/statusMessage, writeHead forms, errors for bad headers and late changes
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    $log = [];
    $res->setHeader("X-One", "1")->setHeader("Set-Cookie", ["a=1", "b=2"])->setHeader("X-Num", 42)->setHeader("X-Gone", "x");
    $log[] = $res->getHeader("x-one") . "|" . json_encode($res->getHeader("SET-COOKIE")) . "|" . $res->getHeader("x-num");
    $log[] = var_export($res->hasHeader("X-Gone"), true) . " " . var_export($res->removeHeader("x-gone")->hasHeader("X-Gone"), true);
    $log[] = json_encode($res->getHeaders());
    foreach ([fn() => $res->setHeader("Bad Name", "v"), fn() => $res->setHeader("X-Split", "a\r\nInjected: 1"),
              fn() => $res->writeHead(99), fn() => $res->setHeader("X-Obj", new stdClass)] as $bad) {
        try { $bad(); } catch (Throwable $e) { $log[] = get_class($e) . ": " . $e->getMessage(); }
    }
    $log[] = $res->statusCode . " " . $res->statusMessage . " " . var_export($res->headersSent, true);
    if ($req->url === "/reason") {
        $res->writeHead(201, "Made It", ["X-One" => "overridden"]);
    } else {
        $res->statusCode = 404;
        $res->statusMessage = "Nowhere";
    }
    $res->write(implode("\n", $log) . "\n");
    try { $res->setHeader("X-Late", "1"); } catch (Error $e) { $res->write("late: " . $e->getMessage() . "\n"); }
    $res->write("headersSent " . var_export($res->headersSent, true) . ", finished " . var_export($res->finished, true) . "\n");
    $res->end("", fn() => null);
    $res->end("ignored second end");
});');
foreach (['/reason', '/status'] as $u) {
    $r = http_raw($port, "GET $u HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    echo preg_replace('/^Date: .*\r\n/m', '', strstr($r, "\r\n\r\n", true)), "\n\n", http_body($r), "====\n";
}
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
HTTP/1.1 201 Made It
Set-Cookie: a=1
Set-Cookie: b=2
X-Num: 42
X-One: overridden
Transfer-Encoding: chunked
Connection: close

1|["a=1","b=2"]|42
true false
{"x-one":"1","set-cookie":["a=1","b=2"],"x-num":42}
ValueError: Invalid header name "Bad Name"
ValueError: Invalid value for header "X-Split": it contains CR, LF or NUL
ValueError: Event\HTTP\Response::writeHead(): Argument #1 ($statusCode) must be between 100 and 999
TypeError: Event\HTTP\Response::setHeader(): Argument #2 ($value) header "X-Obj" must be of type string|int|array, stdClass given
200 OK false
late: Cannot set headers after they are sent to the client
headersSent true, finished false
====
HTTP/1.1 404 Nowhere
X-One: 1
Set-Cookie: a=1
Set-Cookie: b=2
X-Num: 42
Transfer-Encoding: chunked
Connection: close

1|["a=1","b=2"]|42
true false
{"x-one":"1","set-cookie":["a=1","b=2"],"x-num":42}
ValueError: Invalid header name "Bad Name"
ValueError: Invalid value for header "X-Split": it contains CR, LF or NUL
ValueError: Event\HTTP\Response::writeHead(): Argument #1 ($statusCode) must be between 100 and 999
TypeError: Event\HTTP\Response::setHeader(): Argument #2 ($value) header "X-Obj" must be of type string|int|array, stdClass given
200 OK false
late: Cannot set headers after they are sent to the client
headersSent true, finished false
====
===DONE===
