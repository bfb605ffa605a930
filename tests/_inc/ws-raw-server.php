<?php
// A raw WebSocket server in plain PHP (no edges), for testing edges' client against
// a peer that misbehaves. Usage: php ws-raw-server.php MODE. Prints "PORT n", accepts
// one connection, answers the handshake, then:
//   utf8       a text frame that starts with an invalid byte, sent only in part
//   toobig     a 600,000-byte fragment, then part of a 600,000-byte continuation
//   pingflood  pings as fast as the socket takes them, never reading, until the client
//              closes (at most 60 s)
// and reports what the client sent back ("got close:CODE") and whether it closed.
$mode = $argv[1];
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
echo 'PORT ', parse_url('tcp://' . stream_socket_get_name($srv, false), PHP_URL_PORT), "\n";
$c = stream_socket_accept($srv, 30);
$head = '';
while (!str_contains($head, "\r\n\r\n") && ($b = fread($c, 1)) !== '' && $b !== false) $head .= $b;
preg_match('/Sec-WebSocket-Key: *(\S+)/i', $head, $m);
$accept = base64_encode(sha1($m[1] . '258EAFA5-E914-47DA-95CA-C5AB0DC85B11', true));
fwrite($c, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: $accept\r\n\r\n");

function frame_head(int $b0, int $len): string
{
    if ($len < 126) return pack('CC', $b0, $len);
    if ($len < 65536) return pack('CCn', $b0, 126, $len);
    return pack('CCJ', $b0, 127, $len);
}

// Writes all of $bytes, or as much as the peer takes within $seconds.
function write_bounded($c, string $bytes, float $seconds): int
{
    stream_set_blocking($c, false);
    $off = 0;
    $deadline = microtime(true) + $seconds;
    while ($off < strlen($bytes) && microtime(true) < $deadline) {
        $w = [$c]; $r = $e = null;
        if (!stream_select($r, $w, $e, 0, 50000)) continue;
        $n = @fwrite($c, substr($bytes, $off, 65536));
        if ($n === false || ($n === 0 && feof($c))) break;
        $off += $n;
    }
    return $off;
}

switch ($mode) {
case 'utf8':
    write_bounded($c, frame_head(0x81, 300001) . "\xff" . str_repeat('a', 1000), 5);
    break;
case 'toobig':
    write_bounded($c, frame_head(0x01, 600000) . str_repeat('b', 600000), 5);
    write_bounded($c, frame_head(0x80, 600000) . str_repeat('b', 500000), 5);
    break;
case 'pingflood':
    $ping = pack('CC', 0x89, 125) . str_repeat('p', 125);
    $batch = str_repeat($ping, 512);
    $sent = 0;
    $deadline = microtime(true) + 60;
    stream_set_blocking($c, false);
    while (microtime(true) < $deadline) {
        $w = [$c]; $r = $e = null;
        if (!stream_select($r, $w, $e, 0, 200000)) {
            // Not writable: the client stopped reading. Has it closed?
            $r = [$c]; $w = null;
            if (stream_select($r, $w, $e, 0, 0) && @fread($c, 1) === '' && feof($c)) break;
            continue;
        }
        $n = @fwrite($c, $batch);
        if ($n === false || ($n === 0 && feof($c))) break;
        $sent += $n;
    }
    echo "pings sent: ", $sent >= 2 * strlen($batch) ? 'many' : $sent, "\n";
    break;
}

// What the client answered: frames until it closes (bounded wait), pongs skipped.
stream_set_blocking($c, false);
$in = '';
$closed = false;
$deadline = microtime(true) + 10;
while (microtime(true) < $deadline) {
    $r = [$c]; $w = $e = null;
    if (!stream_select($r, $w, $e, 0, 100000)) continue;
    $chunk = @fread($c, 65536);
    if ($chunk === '' || $chunk === false) {
        if (feof($c)) { $closed = true; break; }
        continue;
    }
    $in .= $chunk;
}
$got = [];
while (strlen($in) >= 2) {
    $b0 = ord($in[0]); $b1 = ord($in[1]);
    $len = $b1 & 0x7f; $off = 2;
    if ($len === 126) { $len = unpack('n', substr($in, 2, 2))[1]; $off = 4; }
    elseif ($len === 127) { $len = unpack('J', substr($in, 2, 8))[1]; $off = 10; }
    $mask = ($b1 & 0x80) ? substr($in, $off, 4) : null;
    if ($mask !== null) $off += 4;
    if (strlen($in) < $off + $len) break;
    $payload = substr($in, $off, $len);
    if ($mask !== null) $payload ^= str_repeat($mask, intdiv($len, 4) + 1);
    if (($b0 & 0x0f) === 8) $got[] = 'close:' . (strlen($payload) >= 2 ? unpack('n', $payload)[1] : '');
    $in = substr($in, $off + $len);
}
echo "got ", $got ? implode(' ', $got) : 'no close frame', ", connection ", $closed ? 'closed' : 'still open', "\n";
