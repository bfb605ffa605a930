--TEST--
interop: the edges WebSocket client against an npm ws server (handshake, subprotocol, deflate, fragments, close from the server)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_dir(__DIR__ . '/node_modules/ws')) die('skip npm ws not installed (bin/edges-test installs it)'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
$js = <<<'JS'
const WebSocket = require(__dirname + '/node_modules/ws');
const wss = new WebSocket.WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: true,
  handleProtocols: (protocols) => protocols.has('v2') ? 'v2' : false });
wss.on('listening', () => console.log('port ' + wss.address().port));
wss.on('connection', (ws, req) => {
  ws.on('message', (data, isBinary) => {
    if (String(data) === 'fragments please') {
      ws.send('part one, ', { fin: false }); ws.send('part two', { fin: true });
    } else if (String(data) === 'bye') {
      ws.close(4002, 'server says bye');
    } else {
      ws.send(data, { binary: isBinary });
    }
  });
  ws.on('close', (code, reason) => { console.log('node server: close ' + code); wss.close(); });
});
JS;
file_put_contents(__DIR__ . '/ws-server.js', $js);
$node = proc_open(['node', __DIR__ . '/ws-server.js'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$port = (int) substr(fgets($pipes[1]), 5);
$guard = edges_guard();
$c = Event\WebSocket::connect("ws://127.0.0.1:$port/", ['protocols' => ['v1', 'v2'], 'perMessageDeflate' => true]);
$c->on('open', function () use ($c) {
    echo "open, protocol {$c->protocol}, extensions {$c->extensions}\n";
    $c->send(str_repeat('deflate me ', 1000));
});
$n = 0;
$c->on('message', function ($data, $binary) use ($c, &$n) {
    $n++;
    if ($n === 1) { echo "echo of 11000 bytes: ", strlen($data), "\n"; $c->send('fragments please'); }
    elseif ($n === 2) { echo "reassembled: $data\n"; $c->send('bye'); }
});
$c->on('close', fn($code, $reason) => print("edges client: close $code [$reason]\n"));
$c->on('error', fn($e) => print("error: " . $e->getMessage() . "\n"));
Event\Loop::run();
echo stream_get_contents($pipes[1]);
proc_close($node);
unlink(__DIR__ . '/ws-server.js');
?>
===DONE===
--EXPECT--
open, protocol v2, extensions permessage-deflate
echo of 11000 bytes: 11000
reassembled: part one, part two
edges client: close 4002 [server says bye]
node server: close 4002
===DONE===
