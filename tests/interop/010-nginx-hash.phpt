--TEST--
interop: Debian's nginx in front of two edges instances with "hash $http_x_key consistent" (docs/deployment.md): each key always reaches one instance and both get keys; upstream keep-alive; WebSockets proxied
--EXTENSIONS--
edges
--SKIPIF--
<?php if (!is_executable('/usr/sbin/nginx')) die('skip nginx not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';
$dir = sys_get_temp_dir() . '/edges-nginx-' . getmypid();
mkdir("$dir/logs", 0777, true);
file_put_contents("$dir/app.php", '<?php
$name = $argv[1];
$s = Event\HTTP::createServer(fn($req, $res) => $res->end("$name " . $req->socket->remotePort));
$wss = new Event\WebSocket\Server(["server" => $s, "path" => "/ws"]);
$wss->on("connection", fn($ws) => $ws->on("message", fn($m) => $ws->send("$name: $m")));
$s->listen(0, "127.0.0.1", fn() => print("PORT " . $s->address()["port"] . "\n"));
');
$edges = [];
foreach (['A', 'B'] as $name) {
    [$proc, $pipes, $m] = edges_start_child("$dir/app.php", [$name], '/PORT (\d+)/');
    $edges[$name] = [$proc, $pipes, (int) $m[1]];
}
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
// The configuration of docs/deployment.md, on local ports.
file_put_contents("$dir/nginx.conf", "
daemon off;
master_process off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    upstream edges {
        hash \$http_x_key consistent;
        server 127.0.0.1:{$edges['A'][2]};
        server 127.0.0.1:{$edges['B'][2]};
        keepalive 16;
    }
    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://edges;
            proxy_http_version 1.1;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Host \$host;
            proxy_read_timeout 1h;
            proxy_request_buffering off;
            proxy_buffering off;
        }
    }
}");
$nginx = proc_open(['/usr/sbin/nginx', '-p', $dir, '-c', "$dir/nginx.conf"], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $np);
$deadline = microtime(true) + 20;
while (!($c = @stream_socket_client("tcp://127.0.0.1:$port", $e, $s, 1)) && microtime(true) < $deadline) usleep(50000);
if ($c) fclose($c);

$byKey = []; $upstreamPorts = [];
for ($i = 0; $i < 200; $i++) {
    $key = 'k' . ($i % 20);
    [, $body] = explode("\r\n\r\n", http_raw($port, "GET / HTTP/1.1\r\nHost: x\r\nX-Key: $key\r\nConnection: close\r\n\r\n", 10), 2) + [1 => ''];
    [$name, $from] = explode(' ', $body) + [1 => ''];
    $byKey[$key][$name] = true;
    $upstreamPorts[$from] = true;
}
$instances = array_unique(array_map(fn($n) => array_key_first($n), $byKey));
echo "each key always on one instance: ", var_export(count(array_filter($byKey, fn($n) => count($n) === 1)) === 20, true),
    ", both instances get keys: ", var_export(count($instances) === 2, true), "\n";
echo "upstream connections reused (keepalive): ", var_export(count($upstreamPorts) < 50, true), "\n";

$ws = ws_raw_connect($port, '/ws', "X-Key: k1\r\n");
fwrite($ws, ws_frame(1, 'hello'));
$frames = ws_parse(http_read($ws, 10, fn($o) => count(ws_parse($o)) >= 1));
echo "WebSocket through nginx, to key k1's instance: ", $frames[0][1] === array_key_first($byKey['k1']) . ': hello' ? 'yes' : $frames[0][1], "\n";
fclose($ws);

proc_terminate($nginx, 15);
proc_close($nginx);
foreach ($edges as [$proc, $pipes]) edges_stop_child($proc, $pipes);
exec('rm -rf ' . escapeshellarg($dir));
?>
===DONE===
--EXPECT--
each key always on one instance: true, both instances get keys: true
upstream connections reused (keepalive): true
WebSocket through nginx, to key k1's instance: yes
===DONE===
