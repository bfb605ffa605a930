<?php

/** @generate-class-entries */

namespace Event\WebSocket;

/**
 * A WebSocket server (the shape of npm ws's WebSocketServer). Options: 'server'
 * (an Event\HTTP\Server to attach to) or 'port' (+ 'host') to listen on its own;
 * 'path'; 'maxPayload' (bytes, default 100 MiB); 'perMessageDeflate' (bool|array:
 * serverNoContextTakeover, clientNoContextTakeover, serverMaxWindowBits,
 * clientMaxWindowBits); 'handleProtocols' (callable(array $protocols, Request): string|false);
 * 'verifyClient' (callable(Request): bool|int, false or a status refuses); 'closeTimeout' (ms a peer
 * gets to answer our close frame, default 30000).
 * Events: 'connection' (Event\WebSocket, Event\HTTP\Request), 'listening', 'error', 'close'.
 */
final class Server extends \Event\Emitter
{
    /**
     * A WebSocket server with the options above: 'port' (+ 'host') to listen by itself, or
     * 'server' (an Event\HTTP\Server) to take its upgrades; handleUpgrade() takes upgrades you
     * route yourself.
     */
    public function __construct(array $options) {}

    /** Completes (or refuses) the handshake of an 'upgrade' request and emits 'connection'. */
    public function handleUpgrade(\Event\HTTP\Request $request, \Event\Socket $socket, string $head): void {}

    /** Where the server listens: ['address', 'port', 'family'], or null. */
    public function address(): ?array {}

    /** How many clients are connected. */
    public function clientCount(): int {}

    /** Closes every client (1001) and, when it listens on its own, the server. */
    public function close(?callable $onClose = null): static {}

    /** @internal the 'upgrade' listener on the HTTP server */
    private function onUpgrade(\Event\HTTP\Request $request, \Event\Socket $socket, string $head): void {}

    /** @internal answers plain requests to a standalone server: 426 */
    private function onRequest(\Event\HTTP\Request $request, \Event\HTTP\Response $response): void {}

    /** @internal */
    private function onListening(): void {}
}
