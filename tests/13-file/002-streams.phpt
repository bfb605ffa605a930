--TEST--
Event\File streams: read stream with start/end/highWaterMark, paused and resumed; write stream back-pressure (write() false, 'drain'), end() and its events in order; errors; destroy()
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/file.inc';
use Event\File;
$guard = edges_guard(60);
$d = file_tmpdir('streams');
$data = '';
for ($i = 0; $i < 20000; $i++) $data .= sprintf("%07d\n", $i); // 160000 bytes
file_put_contents("$d/src", $data);

file_series([
    function ($next) use ($d, $data) {
        $r = File::createReadStream("$d/src", ['highWaterMark' => 10000]);
        $events = [];
        $chunks = 0; $got = '';
        $r->on('open', function ($fd) use (&$events) { $events[] = 'open(' . (is_int($fd) ? 'fd' : '?') . ')'; });
        $r->on('ready', function () use (&$events) { $events[] = 'ready'; });
        $r->on('data', function ($c) use (&$chunks, &$got, $r) { $chunks++; $got .= $c; if (strlen($c) > 10000) echo "chunk too big\n"; });
        $r->on('end', function () use (&$events) { $events[] = 'end'; });
        $r->on('close', function () use (&$events, &$chunks, &$got, $data, $r, $next) {
            $events[] = 'close';
            echo "whole file: ", implode(' ', $events), ", ", $got === $data ? 'same bytes' : 'DIFFERENT', ", chunks >= 16: ", var_export($chunks >= 16, true), ", bytesRead {$r->bytesRead}\n";
            $next();
        });
    },
    function ($next) use ($d, $data) {
        $r = File::createReadStream("$d/src", ['start' => 8, 'end' => 23]);
        $got = '';
        $r->on('data', function ($c) use (&$got) { $got .= $c; });
        $r->on('end', function () use (&$got, $data, $next) { echo "start 8, end 23: ", json_encode($got), " ", $got === substr($data, 8, 16) ? 'ok' : 'wrong', "\n"; $next(); });
    },
    function ($next) use ($d) {
        $r = File::createReadStream("$d/src", ['start' => 159992]);
        $got = '';
        $r->on('data', function ($c) use (&$got) { $got .= $c; });
        $r->on('end', function () use (&$got, $next) { echo "start near the end: ", json_encode($got), "\n"; $next(); });
    },
    function ($next) use ($d, $data) {
        // Paused after the first chunk: nothing more comes until resume().
        $r = File::createReadStream("$d/src", ['highWaterMark' => 4096]);
        $n = 0; $len = 0;
        $r->on('data', function ($c) use ($r, &$n, &$len) {
            $n++; $len += strlen($c);
            if ($n === 1) {
                $r->pause();
                Event\setTimeout(function () use ($r, &$n) { echo "while paused: $n chunk(s)\n"; $r->resume(); }, 50);
            }
        });
        $r->on('end', function () use (&$len, $next) { echo "paused and resumed: $len bytes\n"; $next(); });
    },
    function ($next) use ($d) {
        $r = File::createReadStream("$d/missing");
        $r->on('error', function ($e) { echo "read missing: ", file_err($e), "\n"; });
        $r->on('close', function () use ($next) { echo "read missing: close\n"; $next(); });
    },
    function ($next) use ($d) {
        $r = File::createReadStream($d);
        $r->on('data', fn() => print("data?\n"));
        $r->on('error', function ($e) { echo "read a directory: ", file_err($e), "\n"; });
        $r->on('close', function () use ($next) { echo "read a directory: close\n"; $next(); });
    },
    function ($next) use ($d) {
        $r = File::createReadStream("$d/src");
        $r->on('data', fn() => print("data after destroy?\n"));
        $r->on('close', function () use ($r, $next) { echo "destroyed at once: close, destroyed ", var_export($r->destroyed, true), "\n"; $next(); });
        $r->destroy();
    },
    function ($next) use ($d) {
        // Back-pressure: write() says false past the high-water mark; 'drain' says when to go on.
        $w = File::createWriteStream("$d/out", ['highWaterMark' => 1000]);
        $events = [];
        foreach (['open', 'ready', 'finish', 'close'] as $ev) $w->on($ev, function () use ($ev, &$events) { $events[] = $ev; });
        $first = $w->write(str_repeat('a', 500));
        $second = $w->write(str_repeat('b', 600));
        echo "write 500: ", var_export($first, true), ", then 600 more: ", var_export($second, true), ", writableLength {$w->writableLength}, pending ", var_export($w->pending, true), "\n";
        $w->once('drain', function () use ($w, &$events, $d, $next) {
            echo "drain: writableLength {$w->writableLength}\n";
            $w->end('c', function () use (&$events) { $events[] = 'end callback'; });
            try { $w->write('late'); } catch (Event\Exception $e) { echo "write after end: ", $e->getMessage(), "\n"; }
            $w->on('close', function () use (&$events, $w, $d, $next) {
                $c = file_get_contents("$d/out");
                echo "events: ", implode(' ', $events), "; bytesWritten {$w->bytesWritten}; file ", strlen($c), " bytes ", $c === str_repeat('a', 500) . str_repeat('b', 600) . 'c' ? 'in order' : 'WRONG', "\n";
                $next();
            });
        });
    },
    function ($next) use ($d) {
        // A writer that honours back-pressure moves 8 MB through a small buffer.
        $w = File::createWriteStream("$d/big");
        $i = 0; $falses = 0;
        $write = function () use ($w, &$i, &$falses, &$write) {
            while ($i < 128) {
                $ok = $w->write(str_repeat(chr(65 + $i % 26), 65536));
                $i++;
                if (!$ok) { $falses++; $w->once('drain', $write); return; }
            }
            $w->end();
        };
        $write();
        $w->on('finish', function () use (&$falses, $d, $next) {
            clearstatcache();
            echo "8 MiB with back-pressure: size ", filesize("$d/big"), ", waited for drain: ", var_export($falses > 10, true), "\n";
            $next();
        });
    },
    function ($next) use ($d) {
        $w = File::createWriteStream("$d/out", ['flags' => 'a']);
        $w->end("+appended", fn() => print("append: ends with " . substr(file_get_contents("$d/out"), -10) . "\n"));
        $w->on('close', $next);
    },
    function ($next) use ($d) {
        $w = File::createWriteStream("$d/pos", ['flags' => 'w']);
        $w->end("0123456789", function () use ($d, $next) {
            $w2 = File::createWriteStream("$d/pos", ['flags' => 'r+', 'start' => 3]);
            $w2->end("XY", function () use ($d, $next) { echo "start 3 with r+: ", file_get_contents("$d/pos"), "\n"; $next(); });
        });
    },
    function ($next) use ($d) {
        $w = File::createWriteStream("$d/nodir/x");
        $w->write('lost');
        $w->on('error', function ($e) { echo "write under a missing directory: ", file_err($e), "\n"; });
        $w->on('close', function () use ($next) { echo "write under a missing directory: close\n"; $next(); });
    },
    function ($next) use ($d) {
        $w = File::createWriteStream("$d/destroyed");
        $w->write('x');
        $w->destroy();
        try { $w->write('y'); } catch (Event\Exception $e) { echo "write after destroy: ", $e->getMessage(), "\n"; }
        $w->on('close', function () use ($next) { echo "destroyed: close\n"; $next(); });
    },
    function ($next) {
        foreach ([
            fn() => File::createReadStream('/tmp/x', ['start' => -1]),
            fn() => File::createReadStream('/tmp/x', ['start' => 5, 'end' => 2]),
            fn() => File::createReadStream('/tmp/x', ['highWaterMark' => 0]),
            fn() => File::createWriteStream('/tmp/x', ['flags' => 'z']),
        ] as $bad) {
            try { $bad(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        }
        $next();
    },
]);
Event\Loop::run();
echo "done\n";
?>
--EXPECTF--
whole file: open(fd) ready end close, same bytes, chunks >= 16: true, bytesRead 160000
start 8, end 23: "0000001\n0000002\n" ok
start near the end: "0019999\n"
while paused: 1 chunk(s)
paused and resumed: 160000 bytes
read missing: ENOENT [open]: ENOENT: No such file or directory, open '%s/missing'
read missing: close
read a directory: EISDIR [read]: EISDIR: Is a directory, read '%s'
read a directory: close
destroyed at once: close, destroyed true
write 500: true, then 600 more: false, writableLength 1100, pending true
drain: writableLength 0
write after end: write after end
events: open ready finish end callback close; bytesWritten 1101; file 1101 bytes in order
8 MiB with back-pressure: size 8388608, waited for drain: true
append: ends with c+appended
start 3 with r+: 012XY56789
write under a missing directory: ENOENT [open]: ENOENT: No such file or directory, open '%s/nodir/x'
write under a missing directory: close
write after destroy: Cannot call write after a stream was destroyed
destroyed: close
ValueError: Event\File::createReadStream(): Argument #2 ($options) option 'start' must be an integer greater than or equal to 0
ValueError: Event\File::createReadStream(): Argument #2 ($options) option 'end' must not be less than 'start'
ValueError: Event\File::createReadStream(): Argument #2 ($options) option 'highWaterMark' must be an integer greater than or equal to 1
ValueError: Event\File::createWriteStream(): Argument #2 ($options) option 'flags' must be one of 'r', 'r+', 'w', 'wx', 'w+', 'a', 'ax', 'a+'
done
