<?php

/** @generate-class-entries */

namespace Event\HTTP;

/**
 * An HTTP/1.1 server (node's http.Server). Events: 'request' (Request, Response),
 * 'checkContinue' (Request, Response), 'upgrade' (Request, Event\Socket, string $head),
 * 'clientError' (Event\HttpException, Event\Socket), 'connection' (Event\Socket),
 * 'listening', 'close', 'error'.
 */
final class Server extends \Event\Emitter
{
    private function __construct() {}

    /** listen(int $port = 0, string $host = '0.0.0.0', ?callable $onListening = null) or listen(string $unixPath, ?callable $onListening = null). */
    public function listen(int|string $port = 0, string|callable|null $host = null, ?callable $onListening = null): static {}

    /**
     * Where the server listens: ['address', 'port', 'family'] (a Unix socket: its path), or
     * null before listening.
     */
    public function address(): ?array {}

    /** Stops accepting, closes idle keep-alive connections, lets requests in flight finish, then 'close'. */
    public function close(?callable $onClose = null): static {}

    /** How many connections are open. */
    public function connectionCount(): int {}

    /** Lets the server keep the loop alive (the default). */
    public function ref(): static {}

    /** Lets the loop end while the server listens. */
    public function unref(): static {}

    /** Replaces the certificate (the 'tls' options) for the connections to come; the open ones keep theirs. */
    public function setSecureContext(array $tls): void {}
}
