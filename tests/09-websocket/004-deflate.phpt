--TEST--
Event\WebSocket: permessage-deflate negotiation (context takeover, window bits), compressed messages both ways, a compression bomb gets 1009
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';
// Inflates a permessage-deflate payload (RFC 7692: append 00 00 ff ff, inflate without expecting the end).
function inflate_raw(string $p): string {
    $ctx = inflate_init(ZLIB_ENCODING_RAW);
    return inflate_add($ctx, $p . "\x00\x00\xff\xff", ZLIB_SYNC_FLUSH);
}
[$proc, $pipes, $port] = ws_echo_child('["maxPayload" => 100000, "perMessageDeflate" => ["serverNoContextTakeover" => true]]');
$offers = [
    'plain offer' => 'permessage-deflate',
    'client_max_window_bits' => 'permessage-deflate; client_max_window_bits',
    'server window 10' => 'permessage-deflate; server_max_window_bits=10',
    'bad offer then good' => 'permessage-deflate; server_max_window_bits=99, permessage-deflate',
    'unknown extension' => 'x-webkit-deflate-frame',
];
foreach ($offers as $name => $offer) {
    $c = stream_socket_client("tcp://127.0.0.1:$port");
    fwrite($c, "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" .
        "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Extensions: $offer\r\n\r\n");
    $head = http_read($c, 5, fn($o) => str_contains($o, "\r\n\r\n"));
    preg_match('/Sec-WebSocket-Extensions: ([^\r]*)/', $head, $m);
    echo str_pad($name, 26), $m[1] ?? '(none)', "\n";
    fclose($c);
}
// A compressed text message, and the echo comes back compressed (RSV1).
$c = ws_raw_connect($port, '/ws', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
$text = str_repeat('compress me please ', 50);
$deflated = substr(gzdeflate($text), 0); // raw deflate, final block: still valid for permessage-deflate
fwrite($c, ws_frame(1, $deflated, rsv: 4));
$frames = ws_parse(http_read($c, 2, fn($o) => strlen($o) > 2 && count(ws_parse($o)) > 0));
[$op, $payload, $fin, $rsv] = $frames[0];
echo "echo: rsv1 ", $rsv === 4 ? 'set' : 'clear', ", compressed ", strlen($payload), " < ", strlen($text), ": ", var_export(strlen($payload) < strlen($text), true),
     ", inflates back: ", var_export(inflate_raw($payload) === $text, true), "\n";
fclose($c);
// A bomb: 10 MB of zeros deflate to ~10 KB; maxPayload is 100 KB.
$c = ws_raw_connect($port, '/ws', "Sec-WebSocket-Extensions: permessage-deflate\r\n");
$bomb = gzdeflate(str_repeat("\0", 10 << 20), 9);
fwrite($c, ws_frame(2, $bomb, rsv: 4));
echo "bomb (", strlen($bomb), " bytes): ", ws_describe(ws_parse(str_replace('<<timeout>>', '', http_read($c, 5)))), "\n";
echo edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECTF--
plain offer               permessage-deflate; server_no_context_takeover
client_max_window_bits    permessage-deflate; server_no_context_takeover
server window 10          permessage-deflate; server_no_context_takeover; server_max_window_bits=10
bad offer then good       permessage-deflate; server_no_context_takeover
unknown extension         (none)
echo: rsv1 set, compressed %d < 950: true, inflates back: true
bomb (%d bytes): close:1009
===DONE===
