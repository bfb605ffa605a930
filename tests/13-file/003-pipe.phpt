--TEST--
pipe(): request body to a file (an upload), a file to a response, socket to socket (a proxy), a child's stdout to a file; back-pressure holds the file back while the peer does not read
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/file.inc';
use Event\File;
use Event\Socket;
$guard = edges_guard(120);
$d = file_tmpdir('pipe');
$payload = random_bytes(3 * 1024 * 1024);
file_put_contents("$d/download", $payload);
// 64 MiB of zeros that take no disk: more than the socket buffers hold.
$fh = fopen("$d/huge", 'w'); ftruncate($fh, 64 << 20); fclose($fh);

$server = Event\HTTP::createServer(function ($req, $res) use ($d) {
    if ($req->method === 'POST') {
        $out = File::createWriteStream("$d/upload");
        $req->pipe($out)->on('finish', function () use ($res, $out) {
            $res->end("stored {$out->bytesWritten}\n");
        });
        return;
    }
    $file = File::createReadStream("$d" . $req->url);
    $file->on('error', fn($e) => $res->writeHead(404)->end());
    $res->setHeader('Content-Type', 'application/octet-stream');
    $file->pipe($res);
    $GLOBALS['serving'] = $file;
});
$server->listen(0, '127.0.0.1');
$port = $server->address()['port'];

// A raw HTTP/1.1 exchange; $onResponse(head, body) once the body is complete.
// With $onSocket, only the head is kept and the body is counted (a big download).
function request(int $port, string $head, string $body, callable $onResponse, ?callable $onSocket = null): Socket
{
    $c = Socket::connect($port, '127.0.0.1');
    $got = '';
    $count = 0;
    $c->on('connect', function () use ($c, $head, $body) { $c->write($head); if ($body !== '') $c->write($body); });
    $c->on('data', function ($x) use (&$got, &$count, $onSocket) {
        if ($onSocket && str_contains($got, "\r\n\r\n")) { $count += strlen($x); return; }
        $got .= $x;
    });
    if ($onSocket) {
        $c->on('end', function () use (&$got, &$count, $onResponse) {
            [$h, $b] = explode("\r\n\r\n", $got, 2) + [1 => ''];
            $onResponse($h, $count + strlen($b));
        });
        $onSocket($c);
        return $c;
    }
    $c->on('end', function () use (&$got, $onResponse) {
        [$h, $b] = explode("\r\n\r\n", $got, 2) + [1 => ''];
        $onResponse($h, http_unchunk($h, $b));
    });
    return $c;
}

function http_unchunk(string $head, string $body): string
{
    if (!preg_match('/^Transfer-Encoding: chunked/mi', $head)) return $body;
    $out = '';
    while (preg_match('/^([0-9a-f]+)\r\n/i', $body, $m) && ($n = hexdec($m[1])) > 0) {
        $out .= substr($body, strlen($m[0]), $n);
        $body = substr($body, strlen($m[0]) + $n + 2);
    }
    return $out;
}

file_series([
    function ($next) use ($port, $payload, $d) {
        request($port, "POST /up HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " . strlen($payload) . "\r\n\r\n", $payload,
            function ($h, $b) use ($payload, $d, $next) {
                echo "upload: ", trim($b), ", file ", file_get_contents("$d/upload") === $payload ? 'same bytes' : 'DIFFERENT', "\n";
                $next();
            });
    },
    function ($next) use ($port, $payload) {
        request($port, "GET /download HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", '', function ($h, $b) use ($payload, $next) {
            echo "download: ", strtok($h, "\r"), ", body ", $b === $payload ? 'same bytes' : 'DIFFERENT (' . strlen($b) . ')', "\n";
            $next();
        });
    },
    function ($next) use ($port) {
        request($port, "GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", '', function ($h, $b) use ($next) {
            echo "missing file: ", strtok($h, "\r"), "\n";
            $next();
        });
    },
    function ($next) use ($port) {
        // The client reads nothing for a while: the file stream is held back, not read whole.
        request($port, "GET /huge HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", '', function ($h, $b) use ($next) {
            // Chunked: 64 MiB of data and the framing around the chunks.
            echo "huge after resume: ", $b > 64 << 20 && $b < (64 << 20) + 100000 ? 'all 64 MiB' : $b, "\n";
            $next();
        }, function (Socket $c) {
            $c->pause();
            $check = function () use ($c, &$check) {
                $f = $GLOBALS['serving'] ?? null;
                if (!$f || $f->bytesRead < (1 << 20)) { Event\setTimeout($check, 20); return; }
                // Read some, then look again: the stream must stop well short of 64 MiB.
                Event\setTimeout(function () use ($c, $f) {
                    $before = $f->bytesRead;
                    Event\setTimeout(function () use ($c, $f, $before) {
                        echo "while the client is paused: held back ", var_export($f->bytesRead < (32 << 20), true), ", steady ", var_export($f->bytesRead === $before, true), "\n";
                        $c->resume();
                    }, 300);
                }, 300);
            };
            $check();
        });
    },
    function ($next) use ($payload) {
        // socket -> socket: a proxy in front of an echo server, both ways through pipe().
        $echo = Socket::createServer(fn(Socket $s) => $s->pipe($s))->listen(0, '127.0.0.1');
        $proxy = Socket::createServer(function (Socket $client) use ($echo) {
            $up = Socket::connect($echo->address()['port'], '127.0.0.1');
            $client->pipe($up);
            $up->pipe($client);
            // pipe() unpipes (and pauses the source) when the destination closes, as node's:
            // a proxy ends the other side itself.
            $client->on('close', fn() => $up->destroy());
            $up->on('close', fn() => $client->destroy());
        })->listen(0, '127.0.0.1');
        $c = Socket::connect($proxy->address()['port'], '127.0.0.1');
        $got = '';
        // Not end($payload): a socket closes its own side when the peer's FIN comes (node's
        // allowHalfOpen false), so the proxy could not send the echo back after it.
        $c->on('connect', fn() => $c->write($payload));
        $c->on('data', function ($x) use (&$got, $c, $payload) { $got .= $x; if (strlen($got) >= strlen($payload)) $c->end(); });
        $c->on('close', function () use (&$got, $payload, $echo, $proxy, $next) {
            echo "proxy round trip: ", $got === $payload ? 'same bytes' : 'DIFFERENT (' . strlen($got) . ')', "\n";
            $echo->close();
            $proxy->close();
            $next();
        });
    },
    function ($next) use ($d) {
        $p = Event\Process::spawn('seq', ['1', '200000']);
        $out = File::createWriteStream("$d/seq");
        $p->stdout->pipe($out);
        $out->on('close', function () use ($d, $next) {
            echo "child stdout to a file: ", file_get_contents("$d/seq") === implode("\n", range(1, 200000)) . "\n" ? 'same bytes' : 'DIFFERENT', "\n";
            $next();
        });
    },
    function ($next) use ($d) {
        // pipe() to something that cannot be written.
        $r = File::createReadStream("$d/download");
        try { $r->pipe(new Event\Emitter()); } catch (TypeError $e) { echo "pipe to an Emitter: ", $e->getMessage(), "\n"; }
        $r->destroy();
        $next();
    },
    fn($next) => $server->close(),
]);
Event\Loop::run();
echo "done\n";
?>
--EXPECTF--
upload: stored 3145728, file same bytes
download: HTTP/1.1 200 OK, body same bytes
missing file: HTTP/1.1 404 Not Found
while the client is paused: held back true, steady true
huge after resume: all 64 MiB
proxy round trip: same bytes
child stdout to a file: same bytes
pipe to an Emitter: Event\File\ReadStream::pipe(): Argument #1 ($destination) must have write() and end() methods, Event\Emitter has not
done
