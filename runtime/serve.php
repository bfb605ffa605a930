<?php
// SPDX-License-Identifier: MIT
// `edges serve`: the process (or each cluster worker) that serves an existing PHP application.
// bin/edges passes what to serve in the environment: EDGES_SERVE_SCRIPT (the front controller),
// EDGES_SERVE_LISTEN (host:port), EDGES_SERVE_PUBLIC (a directory of static files, optional).
// A classic front controller runs once per request through Event\Serve::script(), one at a
// time: requests wait in arrival order while one runs (the application is written for that).
declare(strict_types=1);

namespace Event\Serve;

/** php.ini's size notation ("8M") in bytes; 0 is unlimited. */
function ini_bytes(string $value): int
{
    $value = trim($value);
    if ($value === '') return 0;
    $n = (int) $value;
    return match (strtolower(substr($value, -1))) {
        'g' => $n << 30,
        'm' => $n << 20,
        'k' => $n << 10,
        default => $n,
    };
}

/** $_SERVER for one request, as php-fpm behind nginx's fastcgi_params gives it. */
function server_vars(\Event\HTTP\Request $req, array $base): array
{
    $url = $req->url;
    $q = strpos($url, '?');
    $server = $base + [];
    $server['REQUEST_METHOD'] = $req->method;
    $server['REQUEST_URI'] = $url;
    $server['DOCUMENT_URI'] = $q === false ? $url : substr($url, 0, $q);
    $server['QUERY_STRING'] = $q === false ? '' : substr($url, $q + 1);
    $server['SERVER_PROTOCOL'] = 'HTTP/' . $req->httpVersion;
    $socket = $req->socket;
    $server['REMOTE_ADDR'] = (string) $socket->remoteAddress;
    $server['REMOTE_PORT'] = (string) $socket->remotePort;
    $server['SERVER_ADDR'] = (string) $socket->localAddress;
    $server['SERVER_PORT'] = (string) $socket->localPort;
    if ($socket->encrypted) $server['HTTPS'] = 'on';
    $raw = $req->rawHeaders;
    for ($i = 0, $n = count($raw); $i + 1 < $n; $i += 2) {
        $name = $raw[$i];
        // As nginx: a header whose name has "_" is dropped (it would pass for another's
        // variable: Content_Type for CONTENT_TYPE).
        if (str_contains($name, '_')) continue;
        $key = strtoupper(str_replace('-', '_', $name));
        if ($key !== 'CONTENT_TYPE' && $key !== 'CONTENT_LENGTH') $key = 'HTTP_' . $key;
        $sep = $key === 'HTTP_COOKIE' ? '; ' : ', ';
        $server[$key] = isset($server[$key]) ? $server[$key] . $sep . $raw[$i + 1] : $raw[$i + 1];
    }
    $host = $server['HTTP_HOST'] ?? $server['SERVER_ADDR'];
    $server['SERVER_NAME'] = preg_replace('/:\d+$/', '', $host);
    return $server;
}

function main(): void
{
    $script = realpath((string) getenv('EDGES_SERVE_SCRIPT'));
    if ($script === false || !is_file($script)) {
        fwrite(STDERR, "edges serve: no such front controller: " . getenv('EDGES_SERVE_SCRIPT') . "\n");
        exit(2);
    }
    $listen = (string) (getenv('EDGES_SERVE_LISTEN') ?: '127.0.0.1:8080');
    if (!preg_match('/^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/', $listen, $m)) {
        fwrite(STDERR, "edges serve: --listen takes HOST:PORT, got $listen\n");
        exit(2);
    }
    $host = $m[1] !== '' ? $m[1] : ($m[2] !== '' ? $m[2] : '0.0.0.0');
    $port = (int) $m[3];
    $public = getenv('EDGES_SERVE_PUBLIC') ?: null;
    $files = $public !== null ? new \Event\HTTP\FileServer($public, ['dotfiles' => 'deny']) : null;
    $root = $public !== null ? realpath($public) : dirname($script);
    $base = [
        'GATEWAY_INTERFACE' => 'CGI/1.1',
        'SERVER_SOFTWARE' => 'edges/' . phpversion('edges'),
        'SCRIPT_FILENAME' => $script,
        'SCRIPT_NAME' => '/' . basename($script),
        'PHP_SELF' => '/' . basename($script),
        'DOCUMENT_ROOT' => $root,
    ];

    $waiting = new \SplQueue();
    $running = false;
    $server = null;
    // Runs what waits, one script at a time (a script that awaits lets others queue behind it).
    $drain = function () use (&$running, &$server, $waiting, $script): void {
        if ($running) return;
        $running = true;
        while (!$waiting->isEmpty()) {
            [$req, $res, $body, $vars] = $waiting->dequeue();
            if (!\Event\Serve::script($script, $vars, $body, $res) && !\Event\Cluster::isWorker()) {
                // Outside a cluster nobody replaces this process: stop taking requests.
                fwrite(STDERR, "edges serve: this process cannot serve more scripts; stopping\n");
                $server->close();
            }
        }
        $running = false;
    };
    $server = \Event\HTTP::createServer(
        ['maxBodySize' => ini_bytes((string) ini_get('post_max_size'))],
        function (\Event\HTTP\Request $req, \Event\HTTP\Response $res) use ($files, $base, $waiting, $drain): void {
            if ($files !== null && !str_ends_with(strtok($req->url, '?'), '.php') && $files->handle($req, $res)) {
                return;
            }
            $vars = server_vars($req, $base);
            $req->body(function (string $body) use ($req, $res, $vars, $waiting, $drain): void {
                $waiting->enqueue([$req, $res, $body, $vars]);
                $drain();
            });
        }
    );
    $server->listen($port, $host, function () use (&$server, $script): void {
        $a = $server->address();
        $where = str_contains($a['address'], ':') ? "[{$a['address']}]:{$a['port']}" : "{$a['address']}:{$a['port']}";
        $who = \Event\Cluster::isWorker() ? 'worker ' . \Event\Cluster::workerId() . ', ' : '';
        echo "edges serve: $script on http://$where/ ({$who}pid " . getmypid() . ")\n";
    });
}

main();
