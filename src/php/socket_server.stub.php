<?php

/** @generate-class-entries */

namespace Event\Socket;

/**
 * A listening TCP or Unix socket (node's net.Server). Events: 'connection'
 * (Event\Socket), 'listening', 'close', 'error'.
 */
final class Server extends \Event\Emitter
{
    private function __construct() {}

    /**
     * listen(int $port = 0, string $host = '0.0.0.0', ?callable $onListening = null, int $backlog = 511)
     * or listen(string $unixPath, ?callable $onListening = null). Throws Event\SocketException
     * (errno as code) when the address is in use.
     */
    public function listen(int|string $port = 0, string|callable|null $host = null, ?callable $onListening = null, int $backlog = 511): static {}

    /** ['address' => ..., 'port' => ..., 'family' => ...], or null when not listening. */
    public function address(): ?array {}

    /** Stops accepting; 'close' follows once every connection has ended. */
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
