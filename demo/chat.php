<?php
// A broadcast chat: the HTML page and the WebSocket on one HTTP server.
//   ./bin/edges demo/chat.php [port]    then open http://127.0.0.1:8083/ in two browsers
$port = (int) ($argv[1] ?? 8083);
$page = <<<'HTML'
<!doctype html>
<meta charset="utf-8">
<title>edges chat</title>
<style>body{font:16px sans-serif;max-width:40em;margin:2em auto}#log{height:20em;overflow:auto;border:1px solid #ccc;padding:.5em}</style>
<h1>edges chat</h1>
<div id="log"></div>
<form id="f"><input id="name" placeholder="name" size="8"> <input id="msg" placeholder="message" size="30" autofocus> <button>Send</button></form>
<script>
const log = document.getElementById('log');
const ws = new WebSocket('ws://' + location.host + '/chat');
ws.onmessage = (e) => { const p = document.createElement('p'); p.textContent = e.data; log.append(p); log.scrollTop = 1e9; };
ws.onclose = (e) => { const p = document.createElement('p'); p.textContent = '(disconnected: ' + e.code + ')'; log.append(p); };
document.getElementById('f').onsubmit = (e) => {
  e.preventDefault();
  const name = document.getElementById('name').value || 'anonymous';
  const msg = document.getElementById('msg');
  if (msg.value) ws.send(name + ': ' + msg.value);
  msg.value = '';
};
</script>
HTML;

$http = Event\HTTP::createServer([], function ($req, $res) use ($page) {
    $res->writeHead(200, ['Content-Type' => 'text/html; charset=utf-8']);
    $res->end($page);
});
$chat = new Event\WebSocket\Server(['server' => $http, 'path' => '/chat', 'maxPayload' => 64 * 1024]);
$clients = new SplObjectStorage();
$broadcast = function (string $text) use ($clients) {
    foreach ($clients as $ws) {
        $ws->send($text);
    }
};
$chat->on('connection', function (Event\WebSocket $ws, Event\HTTP\Request $req) use ($clients, $broadcast) {
    $clients->attach($ws);
    $broadcast("* someone joined ({$clients->count()} here)");
    $ws->on('message', function (string $text, bool $binary) use ($broadcast) {
        if (!$binary) {
            $broadcast($text);
        }
    });
    $ws->on('close', function () use ($ws, $clients, $broadcast) {
        $clients->detach($ws);
        $broadcast("* someone left ({$clients->count()} here)");
    });
});
$http->listen($port, '127.0.0.1', function () use ($http) {
    echo "Chat running at http://127.0.0.1:{$http->address()['port']}/\n";
});
