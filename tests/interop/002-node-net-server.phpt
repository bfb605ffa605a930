--TEST--
interop: an edges client against node's net server (echo with back-pressure, peer end)
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v node'))) die('skip node not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$js = <<<'JS'
const net = require('net');
const srv = net.createServer((s) => {
  let n = 0;
  s.on('data', (d) => { n += d.length; s.write(d); });
  s.on('end', () => { s.end('node server saw ' + n + ' bytes'); srv.close(); });
});
srv.listen(0, '127.0.0.1', () => console.log('port ' + srv.address().port));
JS;
$node = proc_open(['node', '-e', $js], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$line = fgets($pipes[1]); // before the loop runs: blocking here stalls nobody
$port = (int) substr($line, 5);
$guard = edges_guard(30);
$payload = random_bytes(3 << 20);
$got = '';
$client = Socket::connect($port, '127.0.0.1');
$offset = 0;
$pump = function () use ($client, $payload, &$offset) {
    while ($offset < strlen($payload)) {
        $ok = $client->write(substr($payload, $offset, 65536));
        $offset += 65536;
        if (!$ok) return;
    }
    $client->end();
};
$client->on('connect', $pump);
$client->on('drain', $pump);
$client->on('data', function ($d) use (&$got) { $got .= $d; });
$client->on('end', function () use (&$got, $payload) {
    $tail = substr($got, strlen($payload));
    echo "edges client: echo identical: ", var_export(substr($got, 0, strlen($payload)) === $payload, true), "; then: $tail\n";
});
$client->on('close', fn($e) => print("edges client: close, hadError " . var_export($e, true) . "\n"));
Event\Loop::run();
var_dump(proc_close($node));
?>
===DONE===
--EXPECT--
edges client: echo identical: true; then: node server saw 3145728 bytes
edges client: close, hadError false
int(0)
===DONE===
