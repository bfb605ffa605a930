--TEST--
interop: node's https client against the edges https server (verified, keep-alive, ALPN), and the edges HTTP client against node's https server (verified, keep-alive, gzip, a chunked upload)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v node'))) die('skip node not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/tls.inc';
$ca = tls_ca_pair();
$server = Event\HTTP::createServer(['tls' => ['cert' => $ca['cert'], 'key' => $ca['key']]], function ($req, $res) {
    $req->body(fn($b) => $res->end(json_encode(['url' => $req->url, 'len' => strlen($b), 'port' => $req->socket->remotePort,
        'alpn' => $req->socket->alpnProtocol])));
});
$nodeClient = <<<'JS'
const https = require('https');
const [port, ca] = process.argv.slice(1);
const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ca: require('fs').readFileSync(ca), ALPNProtocols: ['http/1.1'] });
function req(path, body) {
  return new Promise((resolve, reject) => {
    const r = https.request({ host: 'localhost', port, path, method: body ? 'POST' : 'GET', agent }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(JSON.parse(data)));
    });
    r.on('error', reject);
    r.end(body);
  });
}
(async () => {
  const a = await req('/a', 'x'.repeat(100000));
  const b = await req('/b');
  console.log('node client:', a.url, a.len, a.alpn, 'same socket', a.port === b.port);
  agent.destroy();
})().catch((e) => { console.log('error', e.message); process.exit(1); });
JS;
$nodeServer = <<<'JS'
const https = require('https');
const zlib = require('zlib');
const fs = require('fs');
const [cert, key] = process.argv.slice(1);
let sockets = 0;
const srv = https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, (req, res) => {
  let n = 0;
  req.on('data', (c) => (n += c.length));
  req.on('end', () => {
    const text = `node saw ${req.method} ${req.url} ${n} bytes te=${req.headers['transfer-encoding'] || '-'} sockets=${sockets} `.repeat(20);
    if (req.url === '/gzip') {
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(zlib.gzipSync(text));
    } else {
      res.end(text);
    }
    if (req.url === '/last') srv.close();
  });
});
srv.on('secureConnection', () => sockets++);
srv.keepAliveTimeout = 30000;
srv.listen(0, '127.0.0.1', () => console.log('PORT ' + srv.address().port));
JS;
$server->listen(0, '127.0.0.1', function () use ($server, $ca, $nodeClient, $nodeServer) {
    Event\Process::exec('node', ['-e', $nodeClient, (string) $server->address()['port'], $ca['ca']], function ($err, $out, $errout, $code) use ($server, $ca, $nodeServer) {
        echo trim($out), $errout, " (exit $code)\n";
        $server->close();
        $node = Event\Process::spawn('node', ['-e', $nodeServer, $ca['cert'], $ca['key']]);
        $node->stderr->on('data', fn($d) => print($d));
        $node->on('close', fn($code) => print("node server exit $code\n"));
        $node->stdout->on('data', function ($d) use ($ca) {
            if (!preg_match('/PORT (\d+)/', $d, $m)) return;
            $base = "https://localhost:{$m[1]}";
            $tls = ['tls' => ['ca' => $ca['ca']]];
            $show = fn(string $label, callable $then) => function ($res) use ($label, $then) {
                $res->body(function ($b) use ($res, $label, $then) {
                    echo "$label: ", $res->statusCode, " ", substr($b, 0, strpos($b, 'sockets=') + 9), "\n";
                    $then();
                });
            };
            Event\HTTP::get("$base/plain", $tls, $show('edges client', function () use ($base, $tls, $show) {
                Event\HTTP::get("$base/gzip", $tls + ['decompress' => true], $show('gzip', function () use ($base, $tls, $show) {
                    $req = Event\HTTP::request("$base/last", $tls + ['method' => 'PUT'], $show('chunked upload', fn() => null));
                    for ($i = 0; $i < 10; $i++) $req->write(str_repeat('u', 1000));
                    $req->end();
                }));
            }));
        });
    });
});
?>
--EXPECT--
node client: /a 100000 http/1.1 same socket true (exit 0)
edges client: 200 node saw GET /plain 0 bytes te=- sockets=1
gzip: 200 node saw GET /gzip 0 bytes te=- sockets=1
chunked upload: 200 node saw PUT /last 10000 bytes te=chunked sockets=1
node server exit 0
