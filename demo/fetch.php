<?php
// The HTTP client. Run: bin/edges demo/fetch.php URL [--ca FILE] [--insecure]
// Prints the status line, the headers and the size of the body; follows redirects and
// decodes gzip/deflate/br.
$url = null;
$tls = true;
for ($i = 1; $i < $argc; $i++) {
    if ($argv[$i] === '--ca') {
        $tls = ['ca' => $argv[++$i] ?? ''];
    } elseif ($argv[$i] === '--insecure') {
        $tls = ['rejectUnauthorized' => false];
    } else {
        $url = $argv[$i];
    }
}
if ($url === null) {
    fwrite(STDERR, "usage: bin/edges demo/fetch.php URL [--ca FILE] [--insecure]\n");
    exit(2);
}

$started = microtime(true);
$req = Event\HTTP::get($url, ['followRedirects' => 5, 'decompress' => true, 'timeout' => 10000, 'tls' => $tls],
    function (Event\HTTP\IncomingMessage $res) use ($started) {
        echo "HTTP/{$res->httpVersion} {$res->statusCode} {$res->statusMessage}  ({$res->url})\n";
        foreach ($res->headers as $name => $value) {
            foreach ((array) $value as $v) echo "$name: $v\n";
        }
        $bytes = 0;
        $res->on('data', function (string $chunk) use (&$bytes) { $bytes += strlen($chunk); });
        $res->on('end', function () use (&$bytes, $started) {
            printf("\n%d bytes of body in %.1f ms\n", $bytes, (microtime(true) - $started) * 1000);
        });
    });
$req->on('timeout', fn() => $req->destroy(new RuntimeException('no answer within 10 s')));
$req->on('error', function (Throwable $e) {
    fwrite(STDERR, get_class($e) . ": {$e->getMessage()}\n");
    exit(1);
});
