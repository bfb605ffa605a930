--TEST--
Event\async/await: top-level await runs the loop; awaits inside timers, socket callbacks and HTTP handlers (through Event\async); 100 concurrent requests each awaiting a 200 ms sleep are all in flight at once; await outside a Fiber inside a callback is a clear error; PHP's own Fibers still work
--EXTENSIONS--
edges
--FILE--
<?php
use Event\Promise;
// Top level: the loop runs until the promise settles, then the script goes on.
$t0 = hrtime(true);
$v = Event\await(Event\async(fn($a, $b) => Event\await(Event\sleep(10)) ?? $a * $b, 6, 7));
echo "top-level await: $v\n";
try { Event\await(Promise::reject(new DomainException('thrown by await'))); } catch (DomainException $e) { echo $e->getMessage(), "\n"; }
try { Event\await(new Promise(fn() => null)); } catch (Error $e) { echo $e->getMessage(), "\n"; }

// Inside a timer callback, without and with a Fiber.
Event\setTimeout(function () {
    try { Event\await(Event\sleep(1)); } catch (Error $e) { echo "in a timer: ", $e->getMessage(), "\n"; }
    Event\async(function () {
        $p = Event\async(function () { Event\await(Event\sleep(5)); throw new RuntimeException('inner failed'); });
        try { Event\await($p); } catch (RuntimeException $e) { echo "in a timer, in a Fiber: ", $e->getMessage(), "\n"; }
    });
}, 1);

// PHP's own Fiber next to ours.
$f = new Fiber(function () { $x = Fiber::suspend('suspended'); return "resumed with $x"; });
echo $f->start(), "\n";
$f->resume('value');
echo $f->getReturn(), "\n";

// A socket echo awaited in a Fiber, and 100 HTTP requests whose handlers await a sleep.
$echo = Event\Socket::createServer(fn($c) => $c->on('data', fn($d) => $c->write(strtoupper($d))));
$echo->listen(0, '127.0.0.1');
$inFlight = $maxInFlight = 0;
// Each handler sleeps 200 ms and also waits until all 100 are in (a gate opened by the 100th),
// so that "all in flight at once" does not depend on how fast the machine is.
$openGate = null;
$gate = new Promise(function ($resolve) use (&$openGate) { $openGate = $resolve; });
$http = Event\HTTP::createServer(function ($req, $res) use (&$inFlight, &$maxInFlight, $gate, &$openGate) {
    Event\async(function () use ($req, $res, &$inFlight, &$maxInFlight, $gate, &$openGate) {
        $inFlight++;
        $maxInFlight = max($maxInFlight, $inFlight);
        if ($inFlight === 100) $openGate();
        Event\await(Promise::all([Event\sleep(200), $gate]));
        $inFlight--;
        $res->end("slept {$req->url}");
    });
});
$http->listen(0, '127.0.0.1');
$result = Event\await(Event\async(function () use ($echo, $http) {
    $sock = Event\Socket::connect($echo->address()['port']);
    $reply = Event\await(new Promise(function ($resolve) use ($sock) {
        $sock->on('data', $resolve);
        $sock->write('ping');
    }));
    $sock->end();
    $port = $http->address()['port'];
    $t = hrtime(true);
    $responses = [];
    for ($i = 0; $i < 100; $i++) {
        $responses[] = Event\async(function () use ($port, $i) {
            $res = Event\await(Event\HTTP::fetch("http://127.0.0.1:$port/$i", ['agent' => false]));
            return Event\await($res->text());
        });
    }
    $bodies = Event\await(Promise::all($responses));
    return [$reply, $bodies, (hrtime(true) - $t) / 1e9];
}));
[$reply, $bodies, $seconds] = $result;
echo "socket reply: $reply\n";
echo count($bodies), " responses, first '{$bodies[0]}', last '{$bodies[99]}', $maxInFlight handlers awaiting at once\n";
if ($seconds >= 1 && !getenv('EDGES_VALGRIND')) echo "too slow: $seconds s\n";
$echo->close();
$http->close();
?>
--EXPECT--
top-level await: 42
thrown by await
Event\await(): nothing is left to run and the promise is still pending
suspended
resumed with value
in a timer: Event\await() outside a Fiber can only wait at the top level of the script; run the code that awaits in Event\async()
in a timer, in a Fiber: inner failed
socket reply: PING
100 responses, first 'slept /0', last 'slept /99', 100 handlers awaiting at once
