--TEST--
Event\HTTP: pipelined requests are answered in order even when a later handler finishes first
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
[$proc, $pipes, $port] = http_child('
$server = Event\HTTP::createServer([], function ($req, $res) {
    $delay = ["/slow" => 200, "/medium" => 50][$req->url] ?? 0;
    $answer = fn() => $res->end("body of " . $req->url);
    $delay ? Event\setTimeout($answer, $delay) : $answer();
});');
$reqs = "";
foreach (["/slow", "/medium", "/fast", "/fast2"] as $u) $reqs .= "GET $u HTTP/1.1\r\nHost: x\r\n\r\n";
$reqs .= "GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
$out = http_raw($port, $reqs);
preg_match_all('/body of (\S+?)(?=HTTP|$)/', $out, $m);
echo implode(" ", $m[1]), "\n";
echo substr_count($out, "HTTP/1.1 200 OK"), " responses\n";
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
/slow /medium /fast /fast2 /last
5 responses
===DONE===
