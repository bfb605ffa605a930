--TEST--
interop: Debian's python3-websockets client against the edges WebSocket server
--EXTENSIONS--
edges
--SKIPIF--
<?php if (trim((string) shell_exec('/usr/bin/python3 -c "import websockets; print(1)" 2>/dev/null')) !== '1') die('skip python3-websockets not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
$wss = new Event\WebSocket\Server(['port' => 0, 'host' => '127.0.0.1', 'perMessageDeflate' => true]);
$wss->on('connection', function (Event\WebSocket $ws) {
    $ws->on('message', fn($d, $b) => $ws->send(strrev($d), $b));
});
$py = <<<'PY'
import asyncio, sys, websockets
async def main():
    async with websockets.connect("ws://127.0.0.1:%s/" % sys.argv[1]) as ws:
        print("extensions:", [e.name for e in ws.extensions])
        await ws.send("stressed")
        print("text:", await ws.recv())
        await ws.send(bytes([1, 2, 3]))
        print("binary:", list(await ws.recv()))
        pong = await ws.ping(b"py")
        await pong
        print("pong ok")
    print("closed:", ws.close_code)
asyncio.run(main())
PY;
$wss->on('listening', function () use ($wss, $py) {
    edges_run_client(['/usr/bin/python3', '-c', $py, (string) $wss->address()['port']], function ($out, $err, $status) use ($wss) {
        echo $out, $status ? $err : '', "exit $status\n";
        $wss->close();
    });
});
Event\Loop::run();
?>
===DONE===
--EXPECT--
extensions: ['permessage-deflate']
text: desserts
binary: [3, 2, 1]
pong ok
closed: 1000
exit 0
===DONE===
