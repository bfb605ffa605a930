--TEST--
edges serve, files an application hands over go out by sendfile through Event\HTTP\FileServer: a Symfony BinaryFileResponse (its Content-Disposition kept, a range, a 304, deleteFileAfterSend) and an X-Sendfile header (the application's Content-Type kept, a missing file 404)
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file('/usr/share/php/Symfony/Component/HttpKernel/autoload.php')) die('skip php-symfony-http-kernel is needed');
if (!is_file('/usr/share/php/Symfony/Component/Routing/autoload.php')) die('skip php-symfony-routing is needed');
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0'], [], __DIR__ . '/../_inc/serve-symfony-app.php');
$port = serve_port($pipes);
$head = fn(string $r, string $name) => preg_match_all("/^$name: (.*)$/mi", $r, $m) ? implode(' | ', $m[1]) : '-';
$body = fn(string $r) => substr($r, strpos($r, "\n\n") + 2);
$file = tempnam(sys_get_temp_dir(), 'edges-sendfile');
$data = '';
for ($i = 0; strlen($data) < 100000; $i++) $data .= "line $i\n";
$data = substr($data, 0, 100000);
file_put_contents($file, $data);
$q = '?file=' . urlencode($file);

$r = serve_curl($port, "/download$q");
echo strtok($r, "\n"), "\n";
foreach (['Content-Length', 'Content-Disposition', 'Accept-Ranges', 'Transfer-Encoding'] as $h) echo "$h: ", $head($r, $h), "\n";
echo "body intact: ", var_export($body($r) === $data, true), "\n";
$etag = $head($r, 'ETag');
$r = serve_curl($port, "/download$q", ['-H', 'Range: bytes=10-19']);
echo strtok($r, "\n"), ", ", $head($r, 'Content-Range'), ", body: ", var_export($body($r) === substr($data, 10, 10), true), "\n";
echo strtok(serve_curl($port, "/download$q", ['-H', "If-None-Match: $etag"]), "\n"), "\n";

$r = serve_curl($port, "/xsend$q");
echo strtok($r, "\n"), ", ", $head($r, 'Content-Type'), ", X-Sendfile: ", $head($r, 'X-Sendfile'),
    ", body intact: ", var_export($body($r) === $data, true), "\n";
echo strtok(serve_curl($port, '/xsend?file=' . urlencode("$file.missing")), "\n"), "\n";

$gone = tempnam(sys_get_temp_dir(), 'edges-sendfile');
file_put_contents($gone, 'delete me after');
$r = serve_curl($port, '/download?delete=1&file=' . urlencode($gone));
echo $body($r), ", deleted after sending: ", var_export(!file_exists($gone), true), "\n";
unlink($file);
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
HTTP/1.1 200 OK
Content-Length: 100000
Content-Disposition: attachment; filename=report.txt
Accept-Ranges: bytes
Transfer-Encoding: -
body intact: true
HTTP/1.1 206 Partial Content, bytes 10-19/100000, body: true
HTTP/1.1 304 Not Modified
HTTP/1.1 200 OK, application/x-report, X-Sendfile: -, body intact: true
HTTP/1.1 404 Not Found
delete me after, deleted after sending: true
stopped: exit 0
===DONE===
