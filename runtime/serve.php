<?php
// SPDX-License-Identifier: MIT
// `edges serve`: the process (or each cluster worker) that serves an existing PHP application.
// bin/edges passes what to serve in the environment: EDGES_SERVE_SCRIPT (the front controller),
// EDGES_SERVE_LISTEN (host:port), EDGES_SERVE_PUBLIC (a directory of static files, optional),
// EDGES_SERVE_EXEC_TIMEOUT (seconds a classic script may run, optional).
// What the front controller gives decides the mode (returns_closure(), laravel_base()):
// - one whose top level returns a closure (`return function (array $context) {...};`, the
//   Symfony Runtime convention) is run once: the closure is called with the context (the
//   environment and $_SERVER) and what it returns serves every request: a Symfony kernel gets
//   HttpFoundation requests (terminate() and resets after each), a Slim 3 App its own requests
//   through App::run(), a PSR-15 RequestHandlerInterface PSR-7 requests made by PSR-17
//   factories (Nyholm's);
// - a Laravel application's public/index.php is not run: the application it requires
//   (../bootstrap/app.php) is booted once and its HTTP kernel handles every request, with the
//   per-request state reset in between;
// - any other is a classic front controller, run once per request through
//   Event\Serve::script().
// Either way one request at a time per process: the others wait in arrival order (the
// application is written for that).
declare(strict_types=1);

namespace Event\Serve;

require_once __DIR__ . '/serve_lib.php';

function main(): void
{
    $script = realpath((string) getenv('EDGES_SERVE_SCRIPT'));
    if ($script === false || !is_file($script)) {
        fwrite(STDERR, "edges serve: no such front controller: " . getenv('EDGES_SERVE_SCRIPT') . "\n");
        exit(2);
    }
    $listen = (string) (getenv('EDGES_SERVE_LISTEN') ?: '127.0.0.1:8080');
    if (($address = listen_address($listen)) === null) {
        fwrite(STDERR, "edges serve: --listen takes HOST:PORT, got $listen\n");
        exit(2);
    }
    $public = getenv('EDGES_SERVE_PUBLIC') ?: null;
    $files = $public !== null ? new \Event\HTTP\FileServer($public, ['dotfiles' => 'deny']) : null;
    $base = base_server_vars($script, $public !== null ? realpath($public) : dirname($script));

    $timeout = getenv('EDGES_SERVE_EXEC_TIMEOUT') ?: '0';
    if (!is_numeric($timeout) || $timeout < 0) {
        fwrite(STDERR, "edges serve: --exec-timeout takes seconds, got $timeout\n");
        exit(2);
    }
    $timeout = (float) $timeout;
    $application = true;
    if (($laravel = laravel_base($script)) !== null) {
        $kernel = load_laravel($laravel);
        $config = $kernel->getApplication()->make('config');
        $handle = fn(array $job): bool => serve_laravel($kernel, $config, $job);
    } elseif (returns_closure($script)) {
        $app = load_application($script);
        if ($app instanceof \Symfony\Component\HttpKernel\HttpKernelInterface) {
            $handle = fn(array $job): bool => serve_symfony($app, $job);
        } elseif ($app instanceof \Slim\App && method_exists($app, 'run')) {
            $newResponse = $app->getContainer()->raw('response');
            $handle = fn(array $job): bool => serve_slim($app, $newResponse, $job);
        } elseif (interface_exists(\Psr\Http\Server\RequestHandlerInterface::class) && $app instanceof \Psr\Http\Server\RequestHandlerInterface) {
            $psr17 = psr17_factory();
            $handle = fn(array $job): bool => serve_application($app, $psr17, $job);
        } else {
            fwrite(STDERR, "edges serve: $script: the closure returned " . get_class($app) . ", which edges cannot serve (a Symfony HttpKernelInterface, a Slim 3 App or a PSR-15 RequestHandlerInterface can be)\n");
            exit(2);
        }
    } else {
        $handle = function (array $job) use ($script, $timeout): bool {
            [$req, $res, $body, $server] = $job;
            if ($body instanceof RequestBody) {
                // php://input reads the body as it arrives (the script awaits in this Fiber).
                $position = 0;
                $body = function (int $count) use ($body, &$position): string {
                    $data = $body->read($position, $count);
                    $position += strlen($data);
                    return $data;
                };
            }
            $healthy = \Event\Serve::script($script, $server, $body, $res, $timeout);
            // A script that answered with X-Sendfile left the response to us, its headers set.
            if (!$res->headersSent && !$res->finished && $res->hasHeader('X-Sendfile')) {
                $path = (string) $res->getHeader('X-Sendfile');
                $res->removeHeader('X-Sendfile');
                send_file($path, [], $req, $res);
            }
            return $healthy;
        };
        $application = false;
    }
    if ($application) $handle = application_handler($handle, $timeout);
    serve_requests($handle, $address[0], $address[1], $files, $base, $script);
}

main();
