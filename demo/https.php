<?php
// https on edges. Run: bin/edges demo/https.php [port], then: curl -k https://localhost:8443/
// Without TLS_CERT/TLS_KEY in the environment it makes a self-signed pair for localhost
// (demo/make-cert.sh, with the openssl command) in the temporary directory.
$port = (int) ($argv[1] ?? 8443);
$cert = getenv('TLS_CERT') ?: sys_get_temp_dir() . '/edges-demo-cert.pem';
$key = getenv('TLS_KEY') ?: sys_get_temp_dir() . '/edges-demo-key.pem';
if (!is_file($cert) || !is_file($key)) {
    // Done once, before serving: a blocking call is fine here, never inside a handler.
    exec(escapeshellarg(__DIR__ . '/make-cert.sh') . ' ' . escapeshellarg($cert) . ' ' . escapeshellarg($key), $out, $status);
    if ($status !== 0) {
        fwrite(STDERR, "could not make a certificate with the openssl command; set TLS_CERT and TLS_KEY\n");
        exit(1);
    }
}

$server = Event\HTTP::createServer(['tls' => ['cert' => $cert, 'key' => $key]], function ($req, $res) {
    $res->setHeader('Content-Type', 'text/plain');
    $res->end("Hello over " . $req->socket->getProtocol() . "\n");
});
$server->on('tlsClientError', fn(Event\TLSException $e) => fwrite(STDERR, "TLS handshake failed: {$e->getMessage()}\n"));
$server->listen($port, '127.0.0.1', function () use ($server, $cert) {
    echo "Server running at https://localhost:{$server->address()['port']}/ (certificate: $cert)\n";
});
