--TEST--
TLS servers: garbage and silent clients get 'tlsClientError' without disturbing a good client, SNI picks the certificate, sessions resume, setSecureContext() swaps the certificate for new connections
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/tls.inc';
$local = tls_pair('localhost');
$other = tls_pair('other.test');
$ca = tls_ca_pair('localhost');

$srv = Event\Socket::createServer(['tls' => [
    'cert' => file_get_contents($local['cert']), 'key' => file_get_contents($local['key']),  // PEM text works as well as paths
    'sni' => ['other.test' => $other],
]], function (Event\Socket $c) {
    $c->on('data', fn($d) => $c->write("[$d]"));
    $c->on('end', fn() => $c->end());
});
// Three things end the test: two refused clients and the good clients' chain.
$left = 3;
$finish = function () use (&$left, &$srv) { if (--$left === 0) $srv->close(); };
$codes = [];
$srv->on('tlsClientError', function ($e, $socket) use (&$codes, $finish) {
    $codes[] = get_class($e) . ' ' . $e->getCode();
    $finish();
});
// A silent client's own server, with a short handshake timeout (the good clients must not
// race one on a slow machine).
$strict = Event\Socket::createServer(['tls' => $local + ['handshakeTimeout' => 300]], fn() => print("strict: connection?!\n"));
$strict->on('tlsClientError', function ($e) use (&$codes, $finish, $strict) {
    $codes[] = get_class($e) . ' ' . $e->getCode();
    $strict->close();
    $finish();
});
$srv->on('close', function () use (&$codes) {
    sort($codes);
    echo "tlsClientError: ", implode(', ', $codes), "\n";
});

// One TLS round trip; $done(Event\Socket $c, string $echo).
function roundtrip(int $port, array $tls, callable $done): void
{
    $c = Event\Socket::connect($port, '127.0.0.1', null, ['tls' => $tls]);
    $got = '';
    $c->on('secureConnect', fn() => $c->end('ping'));
    $c->on('data', function ($d) use (&$got) { $got .= $d; });
    $c->on('error', fn($e) => print("client error: " . $e->getMessage() . "\n"));
    $c->on('close', function () use ($c, &$got, $done) { $done($c, $got); });
}

$srv->listen(0, "127.0.0.1", function () use ($srv, $strict, $local, $other, $ca, $finish) {
    $port = $srv->address()['port'];
    // Plain HTTP at a TLS port, and a client that never says anything.
    $plain = Event\Socket::connect($port, '127.0.0.1', function () use (&$plain) { $plain->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n"); });
    $strict->listen(0, '127.0.0.1', function () use ($strict) {
        Event\Socket::connect($strict->address()['port'], '127.0.0.1');
    });

    $opts = ['ca' => $local['cert'], 'servername' => 'localhost'];
    roundtrip($port, $opts, function ($c, $echo) use ($port, $opts, $other, $ca, $srv, $finish) {
        echo "first: $echo reused=", var_export($c->isSessionReused(), true), "\n";
        roundtrip($port, $opts, function ($c, $echo) use ($port, $other, $ca, $srv, $finish) {
            echo "second: $echo reused=", var_export($c->isSessionReused(), true), "\n";
            roundtrip($port, ['ca' => $other['cert'], 'servername' => 'other.test'], function ($c, $echo) use ($port, $ca, $srv, $finish) {
                echo "sni: $echo authorized=", var_export($c->authorized, true), "\n";
                $srv->setSecureContext(['cert' => $ca['cert'], 'key' => $ca['key']]);
                roundtrip($port, ['ca' => $ca['ca'], 'servername' => 'localhost'], function ($c, $echo) use ($srv, $finish) {
                    echo "swapped: $echo issuer ", $c->getPeerCertificate()['issuer'], "\n";
                    // SNI through a callable: a pair for the names it knows, null for the default.
                    $byName = Event\Socket::createServer(['tls' => tls_pair('localhost') + [
                        'sni' => fn(string $name) => $name === 'cb.test' ? tls_pair('cb.test') : null,
                    ]], fn($c) => $c->on('data', fn($d) => $c->end("<$d>")));
                    $byName->on('tlsClientError', fn() => null);
                    $byName->listen(0, '127.0.0.1', function () use ($byName, $finish) {
                        $port = $byName->address()['port'];
                        roundtrip($port, ['ca' => tls_pair('cb.test')['cert'], 'servername' => 'cb.test'], function ($c, $echo) use ($port, $byName, $finish) {
                            echo "sni callable: $echo subject ", $c->getPeerCertificate()['subject'], "\n";
                            roundtrip($port, ['ca' => tls_pair('cb.test')['cert'], 'servername' => 'none.test'], function ($c, $echo) use ($byName, $finish) {
                                echo "sni callable, unknown name: '$echo'\n";
                                $byName->close();
                                $finish();
                            });
                        });
                    });
                });
            });
        });
    });
});
?>
--EXPECTF--
first: [ping] reused=false
second: [ping] reused=true
sni: [ping] authorized=true
swapped: [ping] issuer CN=edges-test-ca
sni callable: <ping> subject CN=cb.test
client error: %s
sni callable, unknown name: ''
tlsClientError: Event\TLSException ERR_SSL_HTTP_REQUEST, Event\TLSException ERR_TLS_HANDSHAKE_TIMEOUT
