--TEST--
Event\Socket: half-close: the client ends its side, the server answers after 'end', data written before end() comes before the FIN
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/guard.inc';
use Event\Socket;
$guard = edges_guard();
$server = Socket::createServer(function (Socket $conn) {
    $got = '';
    $conn->on('data', function ($d) use (&$got) { $got .= $d; });
    $conn->on('end', function () use ($conn, &$got) {
        // The peer finished sending; our side is still writable.
        $conn->write("you sent " . strlen($got) . " bytes: $got;");
        $conn->write(" more;");
        $conn->end(" bye");
    });
})->listen(0, '127.0.0.1');
$client = Socket::connect($server->address()['port'], '127.0.0.1');
$client->write('request part 1, ');
$client->end('part 2');
$answer = '';
$client->on('data', function ($d) use (&$answer) { $answer .= $d; });
$client->on('end', function () use (&$answer) { echo "client got end after: $answer\n"; });
$client->on('close', function ($e) use ($server) { echo "closed, error: ", var_export($e, true), "\n"; $server->close(); });
Event\Loop::run();
?>
===DONE===
--EXPECT--
client got end after: you sent 22 bytes: request part 1, part 2; more; bye
closed, error: false
===DONE===
