--TEST--
Event\HTTP: malformed 400, long URL 414, big headers 431, big body 413, CL+TE and bad chunk size 400 (smuggling); 'clientError'; other connections untouched
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer(["maxHeaderSize" => 4096, "maxBodySize" => 1000, "keepAliveTimeout" => 120000], function ($req, $res) {
    $req->on("data", fn() => null);
    $req->on("end", fn() => $res->end("handled " . $req->url));
});
$server->on("clientError", function (Throwable $e, Event\Socket $s) {
    echo "clientError: ", get_class($e), " ", $e->getCode(), "\n";
});');
// A healthy keep-alive connection opened first must survive everything below (its idle
// timeout is long: on a busy machine the cases below can take more than the default 5 s).
$keep = stream_socket_client("tcp://127.0.0.1:$port");
fwrite($keep, "GET /before HTTP/1.1\r\nHost: x\r\n\r\n");
echo strstr(http_read($keep, 5, fn($o) => str_contains($o, 'handled')), 'handled'), "\n";
$cases = [
    'garbage' => "HELLO WORLD\r\n\r\n",
    'bad version' => "GET / HTTP/9.9\r\n\r\n",
    'long url' => "GET /" . str_repeat('a', 9000) . " HTTP/1.1\r\nHost: x\r\n\r\n",
    'big headers' => "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " . str_repeat('b', 5000) . "\r\n\r\n",
    'big body (length)' => "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" . str_repeat('c', 5000),
    'big body (chunked)' => "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" . str_repeat("100\r\n" . str_repeat('d', 256) . "\r\n", 5) . "0\r\n\r\n",
    'CL and TE' => "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    'bad chunk size' => "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
    'two lengths' => "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
];
foreach ($cases as $name => $raw) {
    $r = http_raw($port, $raw);
    echo str_pad($name, 20), strtok($r, "\r\n"), str_contains($r, "Connection: close") ? " (closed)" : "", str_contains($r, 'handled') ? " REACHED HANDLER" : "", "\n";
}
fwrite($keep, "GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
$r = http_read($keep);
echo str_contains($r, "handled") ? strstr($r, "handled") : "NOT ANSWERED: " . json_encode($r), "\n";
// Each 'clientError' line is printed in the callback that rejected the request; the child
// finishes that callback before it notices its stdin closing.
echo edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
handled /before
garbage             HTTP/1.1 400 Bad Request (closed)
bad version         HTTP/1.1 400 Bad Request (closed)
long url            HTTP/1.1 414 URI Too Long (closed)
big headers         HTTP/1.1 431 Request Header Fields Too Large (closed)
big body (length)   HTTP/1.1 413 Payload Too Large (closed)
big body (chunked)  HTTP/1.1 413 Payload Too Large (closed)
CL and TE           HTTP/1.1 400 Bad Request (closed)
bad chunk size      HTTP/1.1 400 Bad Request (closed)
two lengths         HTTP/1.1 400 Bad Request (closed)
handled /after
clientError: Event\HttpException 400
clientError: Event\HttpException 400
clientError: Event\HttpException 414
clientError: Event\HttpException 431
clientError: Event\HttpException 413
clientError: Event\HttpException 413
clientError: Event\HttpException 400
clientError: Event\HttpException 400
clientError: Event\HttpException 400
===DONE===
