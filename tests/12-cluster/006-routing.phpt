--TEST--
Cluster routing by key (routeKey): 40 keys over 400 connections, each key always answered by one worker and both own keys; a keep-alive connection alternating two keys of different workers moves between them and is answered in order; WebSocket upgrades land on the owner; a request body comes along
--EXTENSIONS--
edges
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
require __DIR__ . '/../_inc/ws.inc';
[$proc, $pipes, $port, $pids] = cluster_start(2, env: ['APP_ROUTE' => '1']);

// 40 keys, 10 connections each, the key in a header.
$byKey = [];
$wrongOwner = 0;
for ($i = 0; $i < 400; $i++) {
    $key = 'user' . ($i % 40);
    $a = cluster_get($port, '/', ['X-Key' => $key]);
    $byKey[$key][$a['pid'] ?? 'failed'] = true;
    if (($a['owner'] ?? -1) !== ($a['id'] ?? -2)) $wrongOwner++;
}
$oneWorkerEach = count(array_filter($byKey, fn($pids) => count($pids) === 1 && !isset($pids['failed']))) === 40;
$owners = array_unique(array_map(fn($pids) => array_key_first($pids), $byKey));
echo "every key answered by one worker: ", var_export($oneWorkerEach, true), ", both workers own keys: ",
    var_export(count($owners) === 2, true), ", answered by a worker that does not own the key: $wrongOwner\n";

// Two keys owned by different workers, alternating on one keep-alive connection (some
// requests pipelined): every answer comes, in order, from the key's owner.
$keys = [];
for ($i = 0; count($keys) < 2; $i++) {
    $a = cluster_get($port, "/k/room$i");
    $keys[$a['id']] ??= "room$i";
}
$c = stream_socket_client("tcp://127.0.0.1:$port");
$sequence = [];
$answers = '';
for ($i = 0; $i < 10; $i++) {
    $key = $keys[$i % 2];
    $sequence[] = $key;
    $req = "GET /k/$key?n=$i HTTP/1.1\r\nHost: x\r\n\r\n";
    if ($i % 3 === 2) $req .= "GET /k/$key?n=$i.5 HTTP/1.1\r\nHost: x\r\n\r\n";  // one more behind it
    if ($i % 3 === 2) $sequence[] = $key;
    fwrite($c, $req);
    $expect = $i % 3 === 2 ? 2 : 1;
    $answers .= http_read($c, 10, function ($o) use ($expect) { return substr_count($o, '"version"') >= $expect; });
}
preg_match_all('/\{[^}]*\}/', $answers, $m);
$got = array_map(fn($j) => json_decode($j, true), $m[0]);
$inOrder = count($got) === count($sequence);
foreach ($got as $k => $a) $inOrder = $inOrder && $a['key'] === $sequence[$k] && $a['owner'] === $a['id'];
echo "alternating keys on one connection: ", count($got), " answers, each from the key's owner, in order: ", var_export($inOrder, true), "\n";

// WebSocket: the upgrade lands on the key's owner (all sockets of one room in one process).
foreach ($keys as $owner => $key) {
    $ws = ws_raw_connect($port, "/ws?room=$key", "X-Key: $key\r\n");
    $frames = ws_parse(http_read($ws, 10, fn($o) => count(ws_parse($o)) >= 1));
    echo "WebSocket for $owner's key: opened by worker ", json_decode($frames[0][1], true)['id'], "\n";
    fclose($ws);
}

// A POST whose body follows its head: the body moves with the connection.
$key = $keys[1];
$body = str_repeat('b', 100000);
$r = http_raw($port, "POST /k/$key HTTP/1.1\r\nHost: x\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n$body", 15);
echo "POST to worker 1's key: answered by ", json_decode(http_body($r), true)['id'] ?? $r, "\n";
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
every key answered by one worker: true, both workers own keys: true, answered by a worker that does not own the key: 0
alternating keys on one connection: 13 answers, each from the key's owner, in order: true
WebSocket for 0's key: opened by worker 0
WebSocket for 1's key: opened by worker 1
POST to worker 1's key: answered by 1
stopped: exit 0
===DONE===
