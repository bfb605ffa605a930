--TEST--
interop: node spawns an edges server and sends it SIGTERM while a slow request is in flight: the request completes (Connection: close), new connections are refused, edges exits 0
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!trim((string) shell_exec('command -v node'))) die('skip node not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$server = tempnam(sys_get_temp_dir(), 'edges-sigterm-') . '.php';
file_put_contents($server, '<?php
$s = Event\HTTP::createServer(function ($req, $res) {
    echo "request in\n";
    Event\setTimeout(fn() => $res->end("complete response"), 500);
});
$s->listen(0, "127.0.0.1", fn() => print("PORT " . $s->address()["port"] . "\n"));
');
[$cmd, $log] = edges_child_command([PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'),
    '-d', 'extension=edges', $server]);
$js = <<<'JS'
const { spawn } = require('child_process');
const http = require('http');
const [cmd, ...args] = JSON.parse(process.argv[1]);
const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (d) => {
  out += d;
  const port = (out.match(/PORT (\d+)/) || [])[1];
  if (port && !child.requested) {
    child.requested = true;
    http.get({ host: '127.0.0.1', port, path: '/slow' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        console.log('response', res.statusCode, JSON.stringify(body), 'connection:', res.headers.connection);
        http.get({ host: '127.0.0.1', port, path: '/late' }).on('error', (e) => console.log('late request:', e.code));
      });
    }).on('error', (e) => console.log('request error', e.message));
  }
  // The request is in the server: now ask it to stop.
  if (out.includes('request in') && !child.signalled) { child.signalled = true; child.kill('SIGTERM'); }
});
child.on('exit', (code, signal) => console.log('edges exited', code, signal));
JS;
edges_run_client(['node', '-e', $js, json_encode($cmd)], function ($out, $err, $status) {
    $lines = explode("\n", trim($out));
    sort($lines); // the late request's refusal and the child's exit may come in either order
    echo implode("\n", $lines), "\n", $err, "node exit $status\n";
});
Event\Loop::run();
edges_child_report($log);
unlink($server);
?>
===DONE===
--EXPECT--
edges exited 0 null
late request: ECONNREFUSED
response 200 "complete response" connection: close
node exit 0
===DONE===
