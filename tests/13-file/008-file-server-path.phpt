--TEST--
Event\HTTP\FileServer::handle() with a path: that file (below the root, taken as it is) answers instead of the URL's, the request's range and conditionals still apply, a Content-Type the application set is kept, a directory gives its index, nothing outside the root, a missing one falls through, an empty path is a ValueError
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/file.inc';
$root = file_tmpdir('named');
$outside = file_tmpdir('named-outside');
file_put_contents("$outside/secret.txt", "secret\n");
mkdir("$root/docs");
file_put_contents("$root/docs/index.html", "<h1>docs</h1>\n");
file_put_contents("$root/report 100%.txt", "0123456789");

[$proc, $pipes, $port] = http_child('
$files = new Event\HTTP\FileServer(' . var_export($root, true) . ');
$server = Event\HTTP::createServer([], function ($req, $res) use ($files) {
    parse_str((string) parse_url($req->url, PHP_URL_QUERY), $q);
    if (isset($q["type"])) $res->setHeader("Content-Type", $q["type"]);
    $res->setHeader("Content-Disposition", "attachment");
    try {
        if ($files->handle($req, $res, $q["name"] ?? "")) return;
    } catch (ValueError $e) {
        $res->end(get_class($e) . ": " . $e->getMessage() . "\n");
        return;
    }
    $res->writeHead(404);
    $res->end("app says 404\n");
});');

function show(int $port, string $name, array $headers = [], string $extra = ''): void
{
    $req = "GET /download?" . http_build_query(['name' => $name]) . "$extra HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
    foreach ($headers as $k => $v) $req .= "$k: $v\r\n";
    [$head, $body] = explode("\r\n\r\n", http_raw($port, "$req\r\n"), 2) + [1 => ''];
    $lines = explode("\r\n", $head);
    $line = json_encode($name) . ($headers ? ' [' . implode(', ', array_keys($headers)) . ']' : '') . " -> {$lines[0]}";
    foreach ($lines as $l) {
        [$n] = explode(':', $l, 2);
        if (in_array(strtolower($n), ['content-type', 'content-range', 'content-disposition'], true)) $line .= " | $l";
    }
    echo "$line | body ", json_encode($body), "\n";
}

show($port, 'report 100%.txt');
show($port, '/report 100%.txt', ['Range' => 'bytes=2-4']);
show($port, 'report 100%.txt', [], '&type=application/x-report');
show($port, 'docs');
show($port, '../' . basename($outside) . '/secret.txt');
show($port, 'missing.txt');
show($port, '');
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECTF--
"report 100%.txt" -> HTTP/1.1 200 OK | Content-Disposition: attachment | Content-Type: text/plain; charset=utf-8 | body "0123456789"
"\/report 100%.txt" [Range] -> HTTP/1.1 206 Partial Content | Content-Disposition: attachment | Content-Type: text/plain; charset=utf-8 | Content-Range: bytes 2-4/10 | body "234"
"report 100%.txt" -> HTTP/1.1 200 OK | Content-Type: application/x-report | Content-Disposition: attachment | body "0123456789"
"docs" -> HTTP/1.1 200 OK | Content-Disposition: attachment | Content-Type: text/html; charset=utf-8 | body "<h1>docs<\/h1>\n"
"..\/edges-named-outside-%d\/secret.txt" -> HTTP/1.1 403 Forbidden | Content-Disposition: attachment | Content-Type: text/plain; charset=utf-8 | body "Forbidden\n"
"missing.txt" -> HTTP/1.1 404 Not Found | Content-Disposition: attachment | body "app says 404\n"
"" -> HTTP/1.1 200 OK | Content-Disposition: attachment | body "ValueError: Event\\HTTP\\FileServer::handle(): Argument #3 ($path) must be a file path or null, not empty\n"
===DONE===
