--TEST--
interop: npm ws as the client of an edges WebSocket server (text, binary, 1 MB, ping, permessage-deflate, subprotocol, close code)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_dir(__DIR__ . '/node_modules/ws')) die('skip npm ws not installed (bin/edges-test installs it)'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$http = Event\HTTP::createServer([], fn($req, $res) => $res->end('plain'))->listen(0, '127.0.0.1');
$wss = new Event\WebSocket\Server(['server' => $http, 'path' => '/echo', 'perMessageDeflate' => true]);
$wss->on('connection', function (Event\WebSocket $ws) {
    $ws->on('message', fn($data, $binary) => $ws->send($data, $binary));
    $ws->on('close', fn($code, $reason) => print("edges server: close $code [$reason]\n"));
});
$js = <<<'JS'
const WebSocket = require(__dirname + '/node_modules/ws');
const crypto = require('crypto');
const ws = new WebSocket('ws://127.0.0.1:' + process.argv[2] + '/echo', ['chat'], { perMessageDeflate: true });
const big = crypto.randomBytes(1 << 20);
let step = 0;
ws.on('open', () => {
  console.log('open, extensions: ' + ws.extensions + ', protocol: ' + ws.protocol);
  ws.send('héllo wörld');
});
ws.on('pong', (d) => { console.log('pong ' + d); ws.close(4001, 'all done'); });
ws.on('message', (data, isBinary) => {
  step++;
  if (step === 1) { console.log('text echo: ' + data + ' binary=' + isBinary); ws.send(Buffer.from([0, 1, 2, 255])); }
  else if (step === 2) { console.log('binary echo: ' + data.toString('hex') + ' binary=' + isBinary); ws.send(big); }
  else if (step === 3) { console.log('1 MB echo identical: ' + data.equals(big)); ws.ping('hi'); }
});
ws.on('close', (code, reason) => console.log('node client: close ' + code + ' [' + reason + ']'));
ws.on('error', (e) => console.log('error ' + e.message));
JS;
file_put_contents(__DIR__ . '/ws-client.js', $js);
edges_run_client(['node', __DIR__ . '/ws-client.js', (string) $http->address()['port']], function ($out, $err, $status) use ($http, $wss) {
    echo $out, $err, "exit $status\n";
    $wss->close();
    $http->close();
});
Event\Loop::run();
unlink(__DIR__ . '/ws-client.js');
?>
===DONE===
--EXPECT--
edges server: close 4001 [all done]
open, extensions: permessage-deflate, protocol: chat
text echo: héllo wörld binary=false
binary echo: 000102ff binary=true
1 MB echo identical: true
pong hi
node client: close 4001 [all done]
exit 0
===DONE===
