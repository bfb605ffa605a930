--TEST--
interop: openssl s_client against an edges TLS server (verified TLS 1.3, session resumption, renegotiation and TLS 1.1 refused) and an edges TLS client against openssl s_server
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v openssl'))) die('skip openssl not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/tls.inc';
$ca = tls_ca_pair();
$srv = Event\Socket::createServer(['tls' => ['cert' => $ca['cert'], 'key' => $ca['key']]], function (Event\Socket $c) {
    $c->on('data', fn($d) => $c->end(strtoupper($d)));
    $c->on('error', fn($e) => null);  // a client that leaves at once: the session ticket finds the socket closed
});
$refused = [];
$onRefused = null;
$srv->on('tlsClientError', function ($e) use (&$refused, &$onRefused) {
    $refused[] = $e->getCode();
    if ($onRefused) $onRefused();
});
$steps = [];
$next = function () use (&$steps, $srv) { $steps ? array_shift($steps)() : $srv->close(); };
$srv->listen(0, '127.0.0.1', function () use ($srv, $ca, &$steps, $next, &$refused, &$onRefused) {
    $port = $srv->address()['port'];
    $sclient = ['s_client', '-connect', "127.0.0.1:$port", '-servername', 'localhost', '-CAfile', $ca['ca'], '-verify_return_error', '-ign_eof'];
    $session = tls_dir() . '/s_client.session';
    $steps[] = fn() => Event\Process::exec('openssl', [...$sclient, '-brief'], function ($err, $out, $errout, $code) use ($next) {
        echo "s_client: exit $code, reply ", trim($out), "\n";
        foreach (explode("\n", $errout) as $line)
            if (preg_match('/^(Protocol version|Verification|Peer certificate):/', $line)) echo "  $line\n";
        $next();
    }, ['input' => "hello from s_client\n"]);
    // Resumption: a session saved by one run (its ticket read along with the reply) and offered by the next.
    $steps[] = fn() => Event\Process::exec('openssl', [...$sclient, '-sess_out', $session], function ($err, $out, $errout, $code) use ($next, $sclient, $session) {
        Event\Process::exec('openssl', [...$sclient, '-sess_in', $session], function ($err, $out, $errout, $code) use ($next) {
            echo "s_client -sess_in: exit $code, ", preg_match('/^Reused, TLSv1\.3/m', $out) ? 'resumed' : 'new session', "\n";
            $next();
        }, ['input' => "again\n"]);
    }, ['input' => "first\n"]);
    // s_client's "R" asks for a renegotiation (TLS 1.2): refused.
    $steps[] = fn() => Event\Process::exec('openssl', array_values(array_diff([...$sclient, '-tls1_2'], ['-ign_eof'])),
        function ($err, $out, $errout, $code) use ($next) {
            echo "s_client -tls1_2 R: ", str_contains($out . $errout, 'no renegotiation') ? 'no renegotiation' : 'renegotiated?!', "\n";
            $next();
        }, ['input' => "R\n"]);
    $steps[] = function () use ($sclient, $next, &$refused, &$onRefused) {
        // The client's exit and the server's 'tlsClientError' come in either order.
        $left = 2;
        $result = '';
        $onRefused = $done = function () use (&$left, &$result, &$refused, $next) {
            if (--$left > 0) return;
            echo "s_client -tls1_1: $result, server: ", implode(',', $refused), "\n";
            $next();
        };
        Event\Process::exec('openssl', [...$sclient, '-tls1_1', '-cipher', 'DEFAULT@SECLEVEL=0', '-brief'],
            function ($err, $out, $errout, $code) use (&$result, $done) {
                $result = $code === 0 ? 'connected?!' : 'refused';
                $done();
            }, ['input' => "x\n"]);
    };
    $steps[] = function () use ($ca, $next) {
        // A free port for s_server: take one and let it go.
        $probe = Event\Socket::createServer(fn() => null);
        $probe->listen(0, '127.0.0.1', function () use ($probe, $ca, $next) {
            $port = $probe->address()['port'];
            $probe->close();
            $s = Event\Process::spawn('openssl', ['s_server', '-accept', "127.0.0.1:$port", '-cert', $ca['cert'], '-key', $ca['key'],
                '-rev', '-naccept', '1']);
            $s->stderr->on('data', fn() => null);
            $started = false;
            $s->stdout->on('data', function ($d) use (&$started, $port, $ca, $s) {
                if ($started || !str_contains($d, 'ACCEPT')) return;
                $started = true;
                $c = Event\Socket::connect($port, 'localhost', null, ['tls' => ['ca' => $ca['ca']]]);
                $got = '';
                $c->on('secureConnect', fn() => $c->write("edges client\n"));
                $c->on('data', function ($d) use (&$got, $c) {
                    $got .= $d;
                    if (str_contains($got, "\n")) { echo "s_server -rev: ", trim($got), " authorized=", var_export($c->authorized, true), "\n"; $c->end(); }
                });
                $c->on('error', fn($e) => print("client error: " . $e->getMessage() . "\n"));
            });
            $s->on('close', $next);
        });
    };
    $next();
});
?>
--EXPECT--
s_client: exit 0, reply HELLO FROM S_CLIENT
  Protocol version: TLSv1.3
  Peer certificate: CN = localhost
  Verification: OK
s_client -sess_in: exit 0, resumed
s_client -tls1_2 R: no renegotiation
s_client -tls1_1: refused, server: ERR_SSL_UNSUPPORTED_PROTOCOL
s_server -rev: tneilc segde authorized=true
