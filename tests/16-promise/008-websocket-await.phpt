--TEST--
WebSocket handlers await directly: a 'connection' handler and 'message' handlers (server and client side) call Event\await; messages whose handlers wait are handled at once, not one after another; a handler that throws after an await is reported as uncaught and the connection goes on
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
$guard = edges_guard();
set_exception_handler(function ($e) { echo "uncaught: ", $e->getMessage(), "\n"; });
$wss = new Event\WebSocket\Server(['port' => 0, 'host' => '127.0.0.1']);
$wss->on('connection', function (Event\WebSocket $ws) {
    $ws->on('message', function ($data) use ($ws) {
        if ($data === 'throw') {
            Event\await(Event\sleep(1));
            throw new RuntimeException('after an await');
        }
        [$word, $ms] = explode(' ', $data);
        Event\await(Event\sleep((int) $ms));  // each message waits on its own
        $ws->send(strtoupper($word));
    });
    $greeting = Event\await(Event\Promise::resolve('welcome'));
    $ws->send($greeting);
});
$wss->on('listening', function () use ($wss) {
    $c = Event\WebSocket::connect('ws://127.0.0.1:' . $wss->address()['port']);
    $got = [];
    $c->on('message', function ($data) use ($c, &$got, $wss) {
        $got[] = $data;
        if ($data === 'welcome') {
            $c->send('throw');
            $c->send('slow 300');
            $c->send('fast 1');
        }
        if (count($got) === 3) {
            Event\await(Event\sleep(1));  // the client side awaits too
            echo implode(', ', $got), "\n";
            $c->close();
            $wss->close();
        }
    });
});
?>
--EXPECT--
uncaught: after an await
welcome, FAST, SLOW
