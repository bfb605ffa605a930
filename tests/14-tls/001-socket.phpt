--TEST--
TLS sockets: an echo over TLS verified against a CA, the peer's certificate and protocol, the failures a client sees (self-signed, wrong name, expired, unknown CA) as Event\TLSException, and rejectUnauthorized => false
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/tls.inc';
$ca = tls_ca_pair();
$self = tls_pair();
$expired = tls_expired_pair();

function serve(array $pair, callable $ready): void
{
    $srv = Event\Socket::createServer(['tls' => ['cert' => $pair['cert'], 'key' => $pair['key']]], function (Event\Socket $c) {
        $c->on('data', fn($d) => $c->write(strtoupper($d)));
        $c->on('end', fn() => $c->end());
    });
    $srv->on('tlsClientError', fn($e) => null);  // the client refused us: nothing to do
    $srv->listen(0, '127.0.0.1', function () use ($srv, $ready) { $ready($srv, $srv->address()['port']); });
}

$steps = [];
$next = function () use (&$steps) { if ($steps) array_shift($steps)(); };

$steps[] = function () use ($ca, $next) {
    serve($ca, function ($srv, $port) use ($ca, $next) {
        $c = Event\Socket::connect($port, 'localhost', null, ['tls' => ['ca' => $ca['ca']]]);
        $c->on('secureConnect', function () use ($c) {
            echo "secureConnect encrypted=", var_export($c->encrypted, true), " authorized=", var_export($c->authorized, true),
                " protocol=", $c->getProtocol(), " servername=", $c->servername, "\n";
            $cert = $c->getPeerCertificate();
            echo "peer subject ", $cert['subject'], " issuer ", $cert['issuer'], " san=", $cert['subjectaltname'], "\n";
            $c->end("hello tls");
        });
        $got = '';
        $c->on('data', function ($d) use (&$got) { $got .= $d; });
        $c->on('close', function () use (&$got, $srv, $next) { echo "echo: $got\n"; $srv->close(); $next(); });
    });
};

foreach ([
    'self-signed' => [$self, 'localhost', []],
    'unknown CA' => [$ca, 'localhost', []],
    'wrong name' => [$ca, '127.0.0.1', ['servername' => 'other.example']],
    'expired' => [$expired, 'localhost', ['ca' => $expired['cert']]],
] as $what => [$pair, $host, $tls]) {
    $steps[] = function () use ($what, $pair, $host, $tls, $ca, $next) {
        serve($pair, function ($srv, $port) use ($what, $host, $tls, $ca, $next) {
            if ($what === 'wrong name') $tls['ca'] = $ca['ca'];
            $c = Event\Socket::connect($port, $host, fn() => print("$what: connected?!\n"), ['tls' => $tls ?: true]);
            $c->on('error', fn($e) => printf("%s: %s %s [%s]\n", $what, get_class($e), $e->getCode(), $e->getMessage()));
            $c->on('close', function () use ($srv, $next) { $srv->close(); $next(); });
        });
    };
}

$steps[] = function () use ($self, $next) {
    serve($self, function ($srv, $port) use ($next) {
        $c = Event\Socket::connect($port, 'localhost', null, ['tls' => ['rejectUnauthorized' => false]]);
        $c->on('secureConnect', function () use ($c) {
            echo "unverified: authorized=", var_export($c->authorized, true), " authorizationError=", $c->authorizationError, "\n";
            $c->end("x");
        });
        $c->on('data', fn($d) => print("unverified echo: $d\n"));
        $c->on('close', function () use ($srv, $next) { $srv->close(); $next(); });
    });
};

$steps[] = function () {
    try {
        Event\Socket::connect(1, 'localhost', null, ['tls' => ['minVersion' => 'SSLv3']]);
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        Event\Socket::createServer(['tls' => ['cert' => '/nonexistent.pem', 'key' => '/nonexistent.key']]);
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
};
$next();
?>
--EXPECTF--
secureConnect encrypted=true authorized=true protocol=TLSv1.3 servername=localhost
peer subject %s issuer %s san=DNS:localhost, IP Address:127.0.0.1
echo: HELLO TLS
self-signed: Event\TLSException DEPTH_ZERO_SELF_SIGNED_CERT [self-signed certificate]
unknown CA: Event\TLSException UNABLE_TO_GET_ISSUER_CERT_LOCALLY [unable to get local issuer certificate]
wrong name: Event\TLSException ERR_TLS_CERT_ALTNAME_INVALID [the certificate does not name other.example (hostname mismatch)]
expired: Event\TLSException CERT_HAS_EXPIRED [certificate has expired]
unverified: authorized=false authorizationError=DEPTH_ZERO_SELF_SIGNED_CERT
unverified echo: X
Event\TLSException: minVersion and maxVersion must be 'TLSv1.2' or 'TLSv1.3' (TLS 1.0 and 1.1 are refused)
Event\TLSException: cannot read the certificate: /nonexistent.pem
