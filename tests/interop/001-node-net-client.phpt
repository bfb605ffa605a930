--TEST--
interop: node's net module as a client of an edges TCP server (echo, 1 MB, half-close)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v node'))) die('skip node not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard(30);
$server = Socket::createServer(function (Socket $c) {
    $c->on('data', function ($d) use ($c) { if (!$c->write($d)) $c->pause(); });
    $c->on('drain', fn() => $c->resume());
    $c->on('end', fn() => $c->end());       // echo everything, then close our side
});
$server->listen(0, '127.0.0.1');
$port = $server->address()['port'];
$js = <<<'JS'
const net = require('net');
const crypto = require('crypto');
const payload = crypto.randomBytes(1 << 20);
const sock = net.connect(+process.argv[1], '127.0.0.1', () => { sock.write(payload); sock.end(); });
const chunks = [];
sock.on('data', (d) => chunks.push(d));
sock.on('end', () => {
  const got = Buffer.concat(chunks);
  console.log('node client: echoed ' + got.length + ' bytes, identical: ' + got.equals(payload));
});
sock.on('close', (hadError) => console.log('node client: close, hadError ' + hadError));
sock.on('error', (e) => console.log('node client error: ' + e.message));
JS;
$node = proc_open(['node', '-e', $js, (string) $port], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$server->on('connection', function (Socket $c) use ($server) {
    $c->on('close', fn() => $server->close());
});
Event\Loop::run();
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
var_dump(proc_close($node));
?>
===DONE===
--EXPECT--
node client: echoed 1048576 bytes, identical: true
node client: close, hadError false
int(0)
===DONE===
