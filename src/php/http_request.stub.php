<?php

/** @generate-class-entries */

namespace Event\HTTP;

/**
 * An incoming request (node's IncomingMessage). Body: 'data' (string) chunks as
 * they arrive, then 'end'; 'aborted' and 'close' when the client goes first.
 *
 * @property-read string $method
 * @property-read string $url
 * @property-read string $httpVersion
 * @property-read array $headers
 * @property-read array $rawHeaders
 * @property-read \Event\Socket $socket
 * @property-read bool $complete
 */
final class Request extends \Event\Emitter
{
    private function __construct() {}

    /** Stops reading the body (and the socket) until resume(). */
    public function pause(): static {}

    public function resume(): static {}

    /** Calls $callback(string $body) once the whole body has arrived (bounded by maxBodySize). */
    public function body(callable $callback): static {}
}
