--TEST--
HTTP handlers may Event\await directly: each runs in a pooled Fiber; a handler that throws before awaiting gets its client a 500 as before, one that throws after an await too (and is reported as uncaught); handlers that never await answer as before
--EXTENSIONS--
edges
--FILE--
<?php
set_exception_handler(fn($e) => print("uncaught: " . $e->getMessage() . "\n"));
$srv = Event\HTTP::createServer(function ($req, $res) {
    $body = new Event\Promise(fn($resolve) => $req->body($resolve));  // a consumer from the start, as in node
    if ($req->url === '/sync-throw') throw new RuntimeException('thrown before awaiting');
    if ($req->url === '/plain') { $res->end("no await\n"); return; }
    Event\await(Event\sleep(5));
    if ($req->url === '/late-throw') throw new RuntimeException('thrown after an await');
    if ($req->url === '/late-throw-after-head') { $res->write("partial"); Event\await(Event\sleep(1)); throw new RuntimeException('thrown after the head'); }
    $body = Event\await($body);
    $res->end("awaited in the handler {$req->method} {$req->url} body=$body\n");
});
$srv->listen(0, '127.0.0.1', function () use ($srv) {
    $port = $srv->address()['port'];
    Event\async(function () use ($port, $srv) {
        foreach (['/a', '/plain', '/sync-throw', '/late-throw', '/b'] as $path) {
            $res = Event\await(Event\HTTP::fetch("http://127.0.0.1:$port$path", ['method' => 'POST', 'body' => 'x']));
            $text = Event\await($res->text());
            echo $res->statusCode, " $text";
        }
        try {
            $res = Event\await(Event\HTTP::fetch("http://127.0.0.1:$port/late-throw-after-head"));
            $text = Event\await($res->text());
            echo $res->statusCode, " $text\n";
        } catch (Throwable $e) {
            echo "cut after the head: ", get_class($e), "\n";
        }
        // Many at once: each handler in a Fiber of its own while it awaits.
        $all = [];
        for ($i = 0; $i < 20; $i++) $all[] = Event\HTTP::fetch("http://127.0.0.1:$port/many$i", ['agent' => false]);
        $n = 0;
        foreach (Event\await(Event\Promise::all($all)) as $res) $n += $res->statusCode === 200;
        echo "$n of 20 answered\n";
        $srv->close();
    });
});
?>
--EXPECT--
200 awaited in the handler POST /a body=x
200 no await
uncaught: thrown before awaiting
500 Internal Server Error
uncaught: thrown after an await
500 Internal Server Error
200 awaited in the handler POST /b body=x
uncaught: thrown after the head
cut after the head: Event\SocketException
20 of 20 answered
