--TEST--
interop: curl against the edges https server: verified with --cacert, ALPN http/1.1, one connection for two URLs, a 1 MB upload; and a wrong host name refused by curl
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v curl'))) die('skip curl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/tls.inc';
$ca = tls_ca_pair();
$file = tempnam(sys_get_temp_dir(), 'edges-curl');
file_put_contents($file, str_repeat('abcdefghij', 100000));
$expected = md5_file($file);
$server = Event\HTTP::createServer(['tls' => ['cert' => $ca['cert'], 'key' => $ca['key']]], function ($req, $res) use ($expected) {
    $req->body(fn($b) => $res->end("{$req->method} {$req->url} " . strlen($b) . " bytes, " . (md5($b) === $expected ? 'same md5' : 'md5 differs') . "\n"));
});
$server->on('tlsClientError', fn() => null);
$server->listen(0, '127.0.0.1', function () use ($server, $ca, $file) {
    $port = $server->address()['port'];
    $resolve = "localhost:$port:127.0.0.1";
    Event\Process::exec('curl', ['-sv', '--cacert', $ca['ca'], '--resolve', $resolve, "https://localhost:$port/one", "https://localhost:$port/two",
        '--data-binary', "@$file"], function ($err, $out, $errout, $code) use ($server, $ca, $port, $file, $resolve) {
        echo $out, "curl exit $code\n";
        echo "ALPN http/1.1: ", preg_match('/ALPN.*accepted.*http\/1\.1/i', $errout) ? 'yes' : 'no', "\n";
        echo "connection reused: ", preg_match('/Re-using existing connection/i', $errout) ? 'yes' : 'no', "\n";
        Event\Process::exec('curl', ['-s', '--cacert', $ca['ca'], '--resolve', "other.test:$port:127.0.0.1", "https://other.test:$port/"],
            function ($err, $out, $errout, $code) use ($server, $file) {
                echo "wrong name: curl exit $code\n";  // 60: peer certificate cannot be authenticated
                unlink($file);
                $server->close();
            });
    });
});
?>
--EXPECT--
POST /one 1000000 bytes, same md5
POST /two 1000000 bytes, same md5
curl exit 0
ALPN http/1.1: yes
connection reused: yes
wrong name: curl exit 60
