<?php
// The application the cluster tests run under bin/edges --workers: an HTTP server on a
// port all workers share (port 0: the primary picks one for all), routing by the X-Key
// header or /k/<key> when asked, and a few endpoints that tell who answered.
//   GET /            {"id":..,"pid":..,"version":..}
//   GET /slow?ms=N   the same, N ms later (prints "SLOW <id>" when it comes in)
//   GET /k/<key>     routed by key: answered by the key's owner
//   GET /send?to=N&msg=M   Event\Cluster::send() from this worker
//   GET /grow?mb=N   keeps N MiB more
// Prints "WORKER <id> <pid> <port> <version>" once listening, and every cluster message it gets.
$version = is_file(__DIR__ . '/version.php') ? include __DIR__ . '/version.php' : 'v0';
$id = Event\Cluster::workerId();
$route = getenv('APP_ROUTE') === '1';
$answer = fn($res, array $extra = []) => $res->end(json_encode(['id' => $id, 'pid' => getmypid(), 'version' => $version] + $extra));
$options = ['keepAliveTimeout' => 60000];
if ($route) {
    $options['routeKey'] = function (Event\HTTP\Request $req): ?string {
        if (preg_match('#^/k/([^/?]+)#', $req->url, $m)) return $m[1];
        return $req->headers['x-key'] ?? null;
    };
}
$server = Event\HTTP::createServer($options, function ($req, $res) use ($answer, $id, $route) {
    $path = parse_url($req->url, PHP_URL_PATH);
    parse_str((string) parse_url($req->url, PHP_URL_QUERY), $q);
    if ($path === '/slow') {
        echo "SLOW $id\n";
        Event\setTimeout(fn() => $answer($res), (int) ($q['ms'] ?? 1000));
        return;
    }
    if ($path === '/grow') {  // keeps N MiB for as long as the worker lives
        $GLOBALS['kept'][] = str_repeat('x', ((int) ($q['mb'] ?? 1)) << 20);
        $answer($res);
        return;
    }
    if ($path === '/send') {
        Event\Cluster::send((int) $q['to'], (string) $q['msg']);
        $answer($res);
        return;
    }
    $key = preg_match('#^/k/([^/?]+)#', $req->url, $m) ? $m[1] : ($req->headers['x-key'] ?? null);
    $extra = $key === null ? [] : ['key' => $key, 'owner' => Event\Cluster::ownerOf($key)];
    $answer($res, $extra);
});
if ($route) {
    // WebSockets routed too: all sockets of one room in one worker.
    $wss = new Event\WebSocket\Server(['server' => $server, 'path' => '/ws']);
    $wss->on('connection', fn($ws, $req) => $ws->send(json_encode(['id' => $id, 'pid' => getmypid(), 'url' => $req->url])));
}
// One write per line: the workers share the primary's stdout, and lines written in
// pieces by two processes would interleave.
Event\Cluster::on('message', function (string $msg, int $from) use ($id) { echo "MESSAGE to $id from $from: $msg\n"; });
$server->listen(0, '127.0.0.1', function () use ($server, $id, $version) {
    echo "WORKER $id " . getmypid() . " " . $server->address()['port'] . " $version\n";
});
