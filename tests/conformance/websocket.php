<?php
// WebSocket conformance runner for the edges server, modelled on the Autobahn
// testsuite's case groups: 1 framing, 2 pings/pongs, 3 reserved bits,
// 4 opcodes, 5 fragmentation, 6 UTF-8, 7 close handling, 9 limits,
// 12 compression. Drives an edges echo server over raw sockets and checks
// its answers byte for byte. Last line: "N passed, N failed".
//   php -n -d extension=modules/edges.so tests/conformance/websocket.php
require __DIR__ . '/../_inc/ws.inc';

$maxPayload = 1 << 20;
[$proc, $pipes, $port] = ws_echo_child("['maxPayload' => $maxPayload, 'perMessageDeflate' => true, 'closeTimeout' => 1000]");

function inflate_message(string $p): string
{
    $ctx = inflate_init(ZLIB_ENCODING_RAW);
    return (string) @inflate_add($ctx, $p . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH);
}

function deflate_message(string $p): string
{
    $ctx = deflate_init(ZLIB_ENCODING_RAW);
    return substr(deflate_add($ctx, $p, ZLIB_SYNC_FLUSH), 0, -4);
}

// Runs one case: sends $parts (with a pause between them), reads what comes back.
// Returns "text:..." style descriptions of the answer, plus "(open)" when the
// server kept the connection open (we then close it ourselves).
function run_case(int $port, array $parts, bool $deflate, float $wait): string
{
    $c = ws_raw_connect($port, '/ws', $deflate ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : '');
    foreach ($parts as $i => $part) {
        if ($i) usleep(20000);
        @fwrite($c, $part);
    }
    $got = http_read($c, $wait);
    fclose($c);
    $open = str_contains($got, '<<timeout>>');
    $frames = ws_parse(str_replace('<<timeout>>', '', $got));
    foreach ($frames as &$f) {
        if ($f[3] & 4) $f[1] = inflate_message($f[1]); // RSV1: compressed by the server
    }
    return trim(ws_describe($frames) . ($open ? ' (open)' : ''));
}

$cases = [];
$case = function (string $id, string $what, array|string $parts, string|array $expect, bool $deflate = false, float $wait = 10)
    use (&$cases) { $cases[] = [$id, $what, (array) $parts, (array) $expect, $deflate, $wait]; };
$close = fn(int $code = 1000) => ws_frame(8, pack('n', $code));

// 1: framing, every length form.
foreach ([0, 125, 126, 127, 128, 65535, 65536] as $i => $n) {
    $t = str_repeat('*', $n);
    $case("1.1." . ($i + 1), "text, $n bytes", ws_frame(1, $t) . $close(), "text:$t close:1000");
    $b = str_repeat("\xfe", $n);
    $case("1.2." . ($i + 1), "binary, $n bytes", ws_frame(2, $b) . $close(), "binary:" . bin2hex($b) . " close:1000");
}
$case('1.1.8', 'text of 65536 bytes in 997-byte writes', str_split(ws_frame(1, str_repeat('x', 65536)) . $close(), 997), 'text:' . str_repeat('x', 65536) . ' close:1000');

// 2: pings and pongs.
$case('2.1', 'ping, empty', ws_frame(9, '') . $close(), 'pong: close:1000');
$case('2.2', 'ping, small text', ws_frame(9, 'Hello, world!') . $close(), 'pong:Hello, world! close:1000');
$case('2.3', 'ping, binary payload', ws_frame(9, "\x00\xff\xfe\xfd\xfc\xfb\x00\xff") . $close(), "pong:\x00\xff\xfe\xfd\xfc\xfb\x00\xff close:1000");
$case('2.4', 'ping, 125 bytes', ws_frame(9, str_repeat('p', 125)) . $close(), 'pong:' . str_repeat('p', 125) . ' close:1000');
$case('2.5', 'ping, 126 bytes', ws_frame(9, str_repeat('p', 126)), 'close:1002');
$case('2.6', 'ping, 125 bytes byte by byte', str_split(ws_frame(9, str_repeat('q', 125)) . $close(), 1), 'pong:' . str_repeat('q', 125) . ' close:1000', wait: 10);
$case('2.7', 'unsolicited pong', ws_frame(10, '') . $close(), 'close:1000');
$case('2.8', 'unsolicited pong with payload', ws_frame(10, 'unsolicited') . $close(), 'close:1000');
$case('2.9', 'unsolicited pong, then ping', ws_frame(10, 'x') . ws_frame(9, 'y') . $close(), 'pong:y close:1000');
$case('2.10', '10 pings in a row', str_repeat(ws_frame(9, 'n'), 10) . $close(), trim(str_repeat('pong:n ', 10)) . ' close:1000');

// 3: reserved bits.
foreach ([1, 2, 4, 3, 5, 6, 7] as $i => $rsv) {
    $case('3.' . ($i + 1), "RSV=$rsv on a text frame (no extension agreed)", ws_frame(1, 'x', rsv: $rsv), 'close:1002');
}
$case('3.8', 'RSV1 on a ping', ws_frame(9, 'x', rsv: 4), 'close:1002');

// 4: opcodes.
foreach ([3, 4, 5, 6, 7] as $i => $op) $case('4.1.' . ($i + 1), "reserved data opcode $op", ws_frame($op, 'x'), 'close:1002');
foreach ([11, 12, 13, 14, 15] as $i => $op) $case('4.2.' . ($i + 1), "reserved control opcode $op", ws_frame($op, ''), 'close:1002');
$case('4.1.6', 'echo, then reserved opcode', ws_frame(1, 'before') . ws_frame(5, 'x'), 'text:before close:1002');

// 5: fragmentation.
$case('5.1', 'fragmented ping', ws_frame(9, 'frag', false) . ws_frame(0, 'ment'), 'close:1002');
$case('5.2', 'fragmented pong', ws_frame(10, 'frag', false) . ws_frame(0, 'ment'), 'close:1002');
$case('5.3', 'text in 2 fragments', ws_frame(1, 'frag', false) . ws_frame(0, 'ment') . $close(), 'text:fragment close:1000');
$case('5.4', 'text in 2 fragments, 2 writes', [ws_frame(1, 'frag', false), ws_frame(0, 'ment') . $close()], 'text:fragment close:1000');
$case('5.6', 'ping between fragments', ws_frame(1, 'frag', false) . ws_frame(9, 'p') . ws_frame(0, 'ment') . $close(), 'pong:p text:fragment close:1000');
$case('5.9', 'continuation without a start', ws_frame(0, 'x') . ws_frame(1, 'y'), 'close:1002');
$case('5.15', 'new text inside a fragmented one', ws_frame(1, 'a', false) . ws_frame(1, 'b'), 'close:1002');
$case('5.17', 'continuation after a final frame', ws_frame(1, 'a') . ws_frame(0, 'b'), 'text:a close:1002');
$case('5.19', 'one-byte fragments with pings', ws_frame(1, 'a', false) . ws_frame(9, '1') . ws_frame(0, 'b', false) . ws_frame(9, '2') . ws_frame(0, 'c') . $close(), 'pong:1 pong:2 text:abc close:1000');
$case('5.20', 'empty fragments', ws_frame(1, '', false) . ws_frame(0, '', false) . ws_frame(0, 'x') . $close(), 'text:x close:1000');

// 6: UTF-8.
$valid = ["κόσμε", "\u{10FFFF}", "\u{FFFD}", "a\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"];
foreach ($valid as $i => $s) $case('6.1.' . ($i + 1), 'valid UTF-8 #' . ($i + 1), ws_frame(1, $s) . $close(), "text:$s close:1000");
$case('6.2.1', 'valid UTF-8 split inside a character across fragments', ws_frame(1, "\xce\xba\xe1", false) . ws_frame(0, "\xbd\xb9\xcf\x83") . $close(), "text:κόσ close:1000");
$invalid = ["\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80edited", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe0\x80\xaf",
    "\xf8\x88\x80\x80\x80", "\xed\xa0\x80", "\xed\xbf\xbf", "\x80", "\xbf", "\xfe", "\xff", "\xc0", "\xe0\x80", "\xc2\x41"];
foreach ($invalid as $i => $s) $case('6.3.' . ($i + 1), 'invalid UTF-8 #' . ($i + 1), ws_frame(1, $s), 'close:1007');
$case('6.4.1', 'fail fast: invalid bytes in the first fragment, the rest never sent', ws_frame(1, "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xf4\x90\x80\x80", false), 'close:1007');
$case('6.4.2', 'fail fast: invalid byte at the start of the 2nd fragment', ws_frame(1, "\xce\xba\xe1\xbd", false) . ws_frame(0, "\xf4", false), 'close:1007');
$case('6.4.3', 'text ending inside a character', ws_frame(1, "abc\xce"), 'close:1007');

// 7: close handling.
$case('7.1.1', 'close, empty payload', ws_frame(8, ''), 'close:');
$case('7.1.2', 'close 1000, then data is ignored', ws_frame(8, pack('n', 1000)) . ws_frame(1, 'ignored'), 'close:1000');
$case('7.1.3', 'close with a reason', ws_frame(8, pack('n', 1000) . 'bye'), 'close:1000');
$case('7.3.1', 'close payload of 1 byte', ws_frame(8, 'x'), 'close:1002');
$case('7.3.2', 'close reason of 123 bytes', ws_frame(8, pack('n', 1000) . str_repeat('r', 123)), 'close:1000');
$case('7.5.1', 'close reason not UTF-8', ws_frame(8, pack('n', 1000) . "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80"), 'close:1007');
foreach ([1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999] as $i => $code) {
    $case('7.7.' . ($i + 1), "valid close code $code", $close($code), "close:$code");
}
foreach ([0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535] as $i => $code) {
    $case('7.9.' . ($i + 1), "invalid close code $code", $close($code), 'close:1002');
}

// 9: limits.
$case('9.1.1', 'text of maxPayload bytes', ws_frame(2, str_repeat('m', $maxPayload)) . $close(), 'binary:' . bin2hex(str_repeat('m', $maxPayload)) . ' close:1000', wait: 10);
$case('9.1.2', 'one byte over maxPayload', ws_frame(2, str_repeat('m', $maxPayload + 1)), 'close:1009', wait: 10);
$case('9.1.3', 'over maxPayload in fragments', ws_frame(2, str_repeat('m', $maxPayload), false) . ws_frame(0, 'm'), 'close:1009', wait: 10);
$case('9.1.4', 'a frame announcing 2^62 bytes', pack('CCJ', 0x82, 0xff, 1 << 62) . "\x01\x02\x03\x04", 'close:1009');

// 12: compression (permessage-deflate negotiated).
foreach ([0, 16, 1000, 65536] as $i => $n) {
    $t = str_repeat('compressible text ', intdiv($n, 18)) . substr('xyz', 0, $n % 3);
    $case('12.1.' . ($i + 1), "compressed text, " . strlen($t) . " bytes", ws_frame(1, deflate_message($t), rsv: 4) . $close(), "text:$t close:1000", true);
}
$case('12.2.1', 'compressed binary in 3 fragments', (function () {
    $d = deflate_message(str_repeat("\x01\x02", 500));
    return ws_frame(2, substr($d, 0, 5), false, 4) . ws_frame(0, substr($d, 5, 5), false) . ws_frame(0, substr($d, 10)) . ws_frame(8, pack('n', 1000));
})(), 'binary:' . bin2hex(str_repeat("\x01\x02", 500)) . ' close:1000', true);
$case('12.3.1', 'RSV1 on a continuation frame', ws_frame(1, deflate_message('ab'), false, 4) . ws_frame(0, 'x', true, 4), 'close:1002', true);
$case('12.3.2', 'corrupt compressed data', ws_frame(1, "\xff\xff\xff\xff\xff", rsv: 4), 'close:1007', true);
$case('12.3.3', 'compression bomb (inflates past maxPayload)', ws_frame(2, gzdeflate(str_repeat("\0", 8 << 20), 9), rsv: 4), 'close:1009', true, 10);
$case('12.3.4', 'compressed text that is not UTF-8', ws_frame(1, deflate_message("\xff\xfe"), rsv: 4), 'close:1007', true);

$passed = $failed = 0;
foreach ($cases as [$id, $what, $parts, $expect, $deflate, $wait]) {
    $got = run_case($port, $parts, $deflate, $wait);
    if (in_array($got, $expect, true)) {
        $passed++;
        echo "PASS $id $what\n";
    } else {
        $failed++;
        $show = fn($s) => strlen($s) > 120 ? substr($s, 0, 120) . '...(' . strlen($s) . ' bytes)' : $s;
        echo "FAIL $id $what\n     expected: ", $show(implode(' | ', $expect)), "\n     got:      ", $show($got), "\n";
    }
}
edges_stop_child($proc, $pipes);
echo "websocket conformance: $passed passed, $failed failed\n";
exit($failed ? 1 : 0);
