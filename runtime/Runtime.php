<?php
// SPDX-License-Identifier: MIT
// The Symfony Runtime class of edges: an application's own front controller (the Symfony
// Runtime convention: vendor/autoload_runtime.php, then `return function (array $context)
// {...};`) run with `bin/edges public/index.php` and APP_RUNTIME=Event\Serve\Runtime serves its
// kernel over HTTP in each process (each cluster worker), as `bin/edges serve` does. Loadable
// by Debian's php-symfony-runtime; the application's autoloader must find this file (Composer:
// "autoload": {"files": ["/path/to/edges/runtime/Runtime.php"]}).
declare(strict_types=1);

namespace Event\Serve;

use Symfony\Component\HttpKernel\HttpKernelInterface;
use Symfony\Component\Runtime\RunnerInterface;
use Symfony\Component\Runtime\SymfonyRuntime;

require_once __DIR__ . '/serve_lib.php';

/**
 * SymfonyRuntime, whose runner for an HttpKernelInterface serves it with edges. Options
 * (APP_RUNTIME_OPTIONS, Composer's "extra": {"runtime": {...}}) besides Symfony's: 'listen'
 * ("HOST:PORT"; else $EDGES_SERVE_LISTEN, else 127.0.0.1:8080), 'public' (a directory of
 * static files served first). Anything else (a console command) runs as SymfonyRuntime runs it.
 */
class Runtime extends SymfonyRuntime
{
    public function getRunner(?object $application): RunnerInterface
    {
        if ($application instanceof HttpKernelInterface) return new KernelRunner($application, $this->options);
        return parent::getRunner($application);
    }
}

/** Serves a kernel until the process is stopped (SIGTERM: gracefully); run() returns 0 then. */
final class KernelRunner implements RunnerInterface
{
    public function __construct(private HttpKernelInterface $kernel, private array $options) {}

    public function run(): int
    {
        $listen = (string) ($this->options['listen'] ?? (getenv('EDGES_SERVE_LISTEN') ?: '127.0.0.1:8080'));
        $address = listen_address($listen);
        if ($address === null) {
            throw new \InvalidArgumentException("Event\\Serve\\Runtime: option 'listen' takes HOST:PORT, got $listen");
        }
        $script = (string) (realpath($_SERVER['SCRIPT_FILENAME']) ?: $_SERVER['SCRIPT_FILENAME']);
        $public = isset($this->options['public']) ? (string) $this->options['public'] : null;
        $files = $public !== null ? new \Event\HTTP\FileServer($public, ['dotfiles' => 'deny']) : null;
        $kernel = $this->kernel;
        serve_requests(application_handler(fn(array $job): bool => serve_symfony($kernel, $job), 0), $address[0], $address[1], $files,
            base_server_vars($script, $public ?? dirname($script)), $script);
        \Event\Loop::run();
        // The process ends now. The handlers SymfonyRuntime installed (Symfony's ErrorHandler
        // refers to itself) would outlive PHP's last collection of cycles, unfreed (php-cli
        // leaves them so too): take them off PHP's handler stacks while it can still run.
        do {
            $handler = set_error_handler(null);
            restore_error_handler();
            restore_error_handler();
        } while ($handler !== null);
        do {
            $handler = set_exception_handler(null);
            restore_exception_handler();
            restore_exception_handler();
        } while ($handler !== null);
        return 0;
    }
}
