--TEST--
interop: node's http client against the edges HTTP server: keep-alive agent, streamed upload, chunked download
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v node'))) die('skip node not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$server = Event\HTTP::createServer([], function ($req, $res) {
    if ($req->url === '/stream') {
        $res->setHeader('Content-Type', 'text/plain');
        for ($i = 0; $i < 100; $i++) $res->write(str_repeat(chr(65 + $i % 26), 1000));
        $res->end();
        return;
    }
    $req->body(fn($b) => $res->end(json_encode(['url' => $req->url, 'len' => strlen($b), 'md5' => md5($b), 'remotePort' => $req->socket->remotePort])));
})->listen(0, '127.0.0.1');
$js = <<<'JS'
const http = require('http');
const crypto = require('crypto');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const port = +process.argv[1];
function req(opts, body) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, agent, ...opts }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    r.on('error', reject);
    if (body) { for (let i = 0; i < body.length; i += 100000) r.write(body.subarray(i, i + 100000)); }
    r.end();
  });
}
(async () => {
  const body = crypto.randomBytes(1 << 20);
  const a = await req({ method: 'POST', path: '/upload' }, body);
  const j = JSON.parse(a.body);
  console.log('upload', a.res.statusCode, j.len === body.length, j.md5 === crypto.createHash('md5').update(body).digest('hex'));
  const b = await req({ method: 'GET', path: '/again' });
  const k = JSON.parse(b.body);
  console.log('same connection', k.remotePort === j.remotePort, a.res.headers['connection']);
  const c = await req({ method: 'GET', path: '/stream' });
  console.log('stream', c.res.headers['transfer-encoding'], c.body.length);
  agent.destroy();
})().catch((e) => { console.log('error', e.message); process.exit(1); });
JS;
edges_run_client(['node', '-e', $js, (string) $server->address()['port']], function ($out, $err, $status) use ($server) {
    echo $out, $err, "exit $status\n";
    $server->close();
});
Event\Loop::run();
?>
===DONE===
--EXPECT--
upload 200 true true
same connection true keep-alive
stream chunked 100000
exit 0
===DONE===
