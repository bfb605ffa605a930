--TEST--
Event\Socket: whatever a 'connection' handler does to the new socket (end, write+end, destroy, pause, setTimeout, unref), it behaves as when the call comes a tick later: 'end'/'close' arrive, the count goes to 0, the loop ends by itself (TCP and Unix)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard(30);

// Each action runs inside 'connection' ("now") or from setImmediate ("tick"); the client
// reads everything and leaves when the server does (not half-open).
$actions = [
    'end' => fn(Socket $c, $ctl) => $c->end(),
    'end-data' => fn(Socket $c, $ctl) => $c->end("bye\n"),
    'write-end' => function (Socket $c, $ctl) { $c->write("a"); $c->end("b\n"); },
    'destroy' => fn(Socket $c, $ctl) => $c->destroy(),
    // Paused before anyone listens: nothing flows until resume(), once the client has sent.
    'pause' => function (Socket $c, $ctl) {
        $c->pause();
        $c->on('data', fn($d) => $c->write("echo:$d"));
        $ctl->ready(fn() => $c->resume());
    },
    'setTimeout' => fn(Socket $c, $ctl) => $c->setTimeout(20, fn() => $c->end("idle\n")),
    'unref' => function (Socket $c, $ctl) {
        $c->unref();
        $c->on('data', fn($d) => $c->write("echo:$d"));
    },
];
$clientSends = ['pause' => "hi", 'unref' => "hi"];

$results = [];
$run = function (string $transport, string $name, callable $action, string $when) use (&$results, $clientSends) {
    $label = "$transport $name $when";
    // A meeting point: the server's resume() runs once the client has sent, whichever comes first.
    $ctl = new class {
        private $pending = 2;
        private $resume;
        function ready(?callable $resume = null): void {
            if ($resume) $this->resume = $resume;
            if (--$this->pending === 0) ($this->resume)();
        }
    };
    $log = ['server' => [], 'client' => ''];
    $finish = function () use (&$log, &$results, $label) {
        if (count($log['server']) && str_contains(end($log['server']), 'close') && str_ends_with($log['client'], 'close')) {
            $results[$label] = 'server: ' . implode(' ', $log['server']) . ' | client: ' . $log['client'];
        }
    };
    $server = Socket::createServer(function (Socket $c) use (&$server, $action, $when, $ctl, &$log, $finish) {
        $c->on('end', function () use (&$log) { $log['server'][] = 'end'; });
        $c->on('close', function () use (&$server, &$log, $finish) {
            $log['server'][] = 'close(count ' . $server->connectionCount() . ')';
            $server->close();
            $finish();
        });
        if ($when === 'now') {
            $action($c, $ctl);
        } else {
            Event\setImmediate(fn() => $action($c, $ctl));
        }
    });
    $path = null;
    if ($transport === 'unix') {
        $path = sys_get_temp_dir() . '/edges-015-' . getmypid() . "-$name-$when.sock";
        $server->listen($path);
        $client = Socket::connect($path);
    } else {
        $server->listen(0, '127.0.0.1');
        $client = Socket::connect($server->address()['port'], '127.0.0.1');
    }
    $got = '';
    $client->on('data', function ($d) use (&$got) { $got .= $d; });
    $client->on('connect', function () use ($client, $name, $clientSends, $ctl) {
        if (!isset($clientSends[$name])) return;
        $client->write($clientSends[$name]);
        $client->end();
        if ($name === 'pause') $ctl->ready();
    });
    $client->on('end', function () use (&$log, &$got) { $log['client'] .= 'got ' . json_encode($got) . ' end '; });
    $client->on('close', function () use (&$log, $finish) { $log['client'] .= 'close'; $finish(); });
};

foreach (['tcp', 'unix'] as $transport) {
    foreach ($actions as $name => $action) {
        foreach (['now', 'tick'] as $when) $run($transport, $name, $action, $when);
    }
}
Event\Loop::run();

$expect = count($actions) * 4;
echo "finished: ", count($results), " of $expect\n";
foreach (['tcp', 'unix'] as $transport) {
    foreach (array_keys($actions) as $name) {
        $now = $results["$transport $name now"] ?? 'unfinished';
        $tick = $results["$transport $name tick"] ?? 'unfinished';
        echo "$transport $name: $now", $now === $tick ? '' : "\n  but a tick later: $tick", "\n";
    }
}
?>
===DONE===
--EXPECT--
finished: 28 of 28
tcp end: server: end close(count 0) | client: got "" end close
tcp end-data: server: end close(count 0) | client: got "bye\n" end close
tcp write-end: server: end close(count 0) | client: got "ab\n" end close
tcp destroy: server: close(count 0) | client: got "" end close
tcp pause: server: end close(count 0) | client: got "echo:hi" end close
tcp setTimeout: server: end close(count 0) | client: got "idle\n" end close
tcp unref: server: end close(count 0) | client: got "echo:hi" end close
unix end: server: end close(count 0) | client: got "" end close
unix end-data: server: end close(count 0) | client: got "bye\n" end close
unix write-end: server: end close(count 0) | client: got "ab\n" end close
unix destroy: server: close(count 0) | client: got "" end close
unix pause: server: end close(count 0) | client: got "echo:hi" end close
unix setTimeout: server: end close(count 0) | client: got "idle\n" end close
unix unref: server: end close(count 0) | client: got "echo:hi" end close
===DONE===
