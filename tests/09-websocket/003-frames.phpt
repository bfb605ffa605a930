--TEST--
Event\WebSocket: RFC 6455 framing over raw bytes: masking, fragmentation with control frames, automatic pong, close echo, violations (1002, 1007, 1009)
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/ws.inc';
[$proc, $pipes, $port] = ws_echo_child('["maxPayload" => 1000]');
$cases = [
    'echo text' => ws_frame(1, 'hello') . ws_frame(8, pack('n', 1000)),
    'fragmented + ping inside' => ws_frame(1, 'frag', false) . ws_frame(9, 'p') . ws_frame(0, 'men', false) . ws_frame(0, 'ted') . ws_frame(8, pack('n', 1000) . 'bye'),
    'binary, empty close' => ws_frame(2, "\x00\xff") . ws_frame(8, ''),
    'unmasked frame' => ws_frame(1, 'x', mask: false),
    'reserved opcode 3' => ws_frame(3, 'x'),
    'reserved opcode 11' => ws_frame(11, ''),
    'RSV1 without deflate' => ws_frame(1, 'x', rsv: 4),
    'RSV2' => ws_frame(1, 'x', rsv: 2),
    'ping over 125 bytes' => ws_frame(9, str_repeat('p', 126)),
    'fragmented ping' => ws_frame(9, 'p', false),
    'continuation first' => ws_frame(0, 'x'),
    'text inside text' => ws_frame(1, 'a', false) . ws_frame(1, 'b'),
    'invalid UTF-8' => ws_frame(1, "ok \xc3\x28 not"),
    'invalid UTF-8, unfinished message' => ws_frame(1, "\xed\xa0\x80", false),
    'UTF-8 split across frames' => ws_frame(1, "caf\xc3", false) . ws_frame(0, "\xa9") . ws_frame(8, pack('n', 1000)),
    'close code 1005' => ws_frame(8, pack('n', 1005)),
    'close code 999' => ws_frame(8, pack('n', 999)),
    'close code 4000' => ws_frame(8, pack('n', 4000) . 'app'),
    'close reason not UTF-8' => ws_frame(8, pack('n', 1000) . "\xff"),
    'close payload of 1 byte' => ws_frame(8, 'x'),
    'over maxPayload (one frame)' => ws_frame(2, str_repeat('b', 1001)),
    'over maxPayload (fragments)' => ws_frame(2, str_repeat('b', 600), false) . ws_frame(0, str_repeat('b', 600)),
];
foreach ($cases as $name => $bytes) {
    $c = ws_raw_connect($port, '/ws');
    fwrite($c, $bytes);
    $got = http_read($c, 5);
    echo str_pad($name, 36), ws_describe(ws_parse(str_replace('<<timeout>>', '', $got))), str_contains($got, '<<timeout>>') ? ' (still open)' : ' (closed)', "\n";
}
edges_stop_child($proc, $pipes);
?>
===DONE===
--EXPECT--
echo text                           text:hello close:1000 (closed)
fragmented + ping inside            pong:p text:fragmented close:1000 (closed)
binary, empty close                 binary:00ff close: (closed)
unmasked frame                      close:1002 (closed)
reserved opcode 3                   close:1002 (closed)
reserved opcode 11                  close:1002 (closed)
RSV1 without deflate                close:1002 (closed)
RSV2                                close:1002 (closed)
ping over 125 bytes                 close:1002 (closed)
fragmented ping                     close:1002 (closed)
continuation first                  close:1002 (closed)
text inside text                    close:1002 (closed)
invalid UTF-8                       close:1007 (closed)
invalid UTF-8, unfinished message   close:1007 (closed)
UTF-8 split across frames           text:café close:1000 (closed)
close code 1005                     close:1002 (closed)
close code 999                      close:1002 (closed)
close code 4000                     close:4000 (closed)
close reason not UTF-8              close:1007 (closed)
close payload of 1 byte             close:1002 (closed)
over maxPayload (one frame)         close:1009 (closed)
over maxPayload (fragments)         close:1009 (closed)
===DONE===
