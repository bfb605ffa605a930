--TEST--
interop: node's http client against Event\HTTP\FileServer (whole file over keep-alive, a range, If-None-Match) and compressed responses decoded by node's zlib (gzip and brotli)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v node'))) die('skip node not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/file.inc';
$root = file_tmpdir('node-www');
$data = random_bytes(3 << 20);
file_put_contents("$root/data.bin", $data);
$files = new Event\HTTP\FileServer($root);
$server = Event\HTTP::createServer(['compression' => ['threshold' => 100]], function ($req, $res) use ($files) {
    if ($req->url === '/json') {
        $res->setHeader('Content-Type', 'application/json');
        $res->write('[');
        for ($i = 0; $i < 1000; $i++) $res->write(($i ? ',' : '') . json_encode(['i' => $i, 'name' => "item $i"]));
        $res->end(']');
        return;
    }
    $files->handle($req, $res) || $res->writeHead(404)->end();
})->listen(0, '127.0.0.1');
$js = <<<'JS'
const http = require('http');
const zlib = require('zlib');
const crypto = require('crypto');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const port = +process.argv[2];
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, agent, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
(async () => {
  const a = await get('/data.bin');
  console.log('whole:', a.res.statusCode, a.res.headers['content-type'], 'md5', crypto.createHash('md5').update(a.body).digest('hex'));
  const b = await get('/data.bin', { Range: 'bytes=100-199' });
  console.log('range:', b.res.statusCode, b.res.headers['content-range'], 'md5', crypto.createHash('md5').update(b.body).digest('hex'));
  const c = await get('/data.bin', { 'If-None-Match': a.res.headers.etag });
  console.log('if-none-match:', c.res.statusCode, c.body.length, 'same socket', c.res.socket === a.res.socket);
  for (const enc of ['gzip', 'br']) {
    const d = await get('/json', { 'Accept-Encoding': enc });
    const plain = enc === 'gzip' ? zlib.gunzipSync(d.body) : zlib.brotliDecompressSync(d.body);
    const list = JSON.parse(plain);
    console.log(enc + ':', d.res.headers['content-encoding'], d.res.headers.vary, 'items', list.length, 'last', list[999].name, 'smaller', d.body.length < plain.length);
  }
  agent.destroy();
})().catch((e) => { console.log('error', e.message); process.exit(1); });
JS;
$file = tempnam(sys_get_temp_dir(), 'edges-node') . '.js';
file_put_contents($file, $js);
echo "expect md5 ", md5($data), " and ", md5(substr($data, 100, 100)), "\n";
edges_run_client(['node', $file, (string) $server->address()['port']], function ($out, $err, $status) use ($server, $file) {
    echo $out, $err, "exit $status\n";
    unlink($file);
    $server->close();
});
Event\Loop::run();
?>
===DONE===
--EXPECTF--
expect md5 %s and %s
whole: 200 application/octet-stream md5 %s
range: 206 bytes 100-199/3145728 md5 %s
if-none-match: 304 0 same socket true
gzip: gzip Accept-Encoding items 1000 last item 999 smaller true
br: br Accept-Encoding items 1000 last item 999 smaller true
exit 0
===DONE===
