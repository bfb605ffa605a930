--TEST--
Event\HTTP: the seed's hello world; Content-Length when the body is known at end(); HEAD, 204 and 304 get no body
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$http = new Event\HTTP();
$server = $http->createServer(function ($request, $response) {
    switch ($request->url) {
        case "/204": $response->writeHead(204); $response->end(); break;
        case "/304": $response->writeHead(304, ["ETag" => "x"]); $response->end("ignored"); break;
        default:
            $response->writeHead(200, array("Content-Type" => "text/plain"));
            $response->end("Hello World\n");
    }
});');
echo http_mask(http_raw($port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n--\n";
echo http_mask(http_raw($port, "HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n--\n";
echo http_mask(http_raw($port, "GET /204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n--\n";
echo http_mask(http_raw($port, "GET /304 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n--\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK
Content-Type: text/plain
Date: <date>
Content-Length: 12
Connection: close

Hello World

--
HTTP/1.1 200 OK
Content-Type: text/plain
Date: <date>
Content-Length: 12
Connection: close


--
HTTP/1.1 204 No Content
Date: <date>
Connection: close


--
HTTP/1.1 304 Not Modified
ETag: x
Date: <date>
Connection: close


--
===DONE===
