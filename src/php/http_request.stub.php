<?php

/** @generate-class-entries */

namespace Event\HTTP;

/**
 * An incoming request (node's IncomingMessage). Body: 'data' (string) chunks as
 * they arrive, then 'end'; 'aborted' and 'close' when the client goes first.
 * As in node, the body flows once it has a consumer (a 'data' listener, resume()
 * or body()); until then it is held (reading stops past 16 KiB), and a body
 * nobody consumed is discarded when the response finishes.
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

    /** As Emitter::on(); a 'data' listener starts the flow of the body. */
    public function on(string $event, callable $listener): static {}

    /** Adds a listener for the next event only; a 'data' listener starts the body's flow. */
    public function once(string $event, callable $listener): static {}

    /** Stops reading the body (and the socket) until resume(). */
    public function pause(): static {}

    /** Lets the body flow again (or for the first time: with no 'data' listener it is discarded). */
    public function resume(): static {}

    /**
     * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
     * pausing while its write() returns false; option 'end' (true): end() it after the last.
     */
    public function pipe(\Event\Emitter $destination, array $options = []): \Event\Emitter {}

    /**
     * Calls $callback(string $body) once the whole body has arrived (bounded by maxBodySize).
     * Callable any time before the request's 'end'; what was held back is part of the body.
     */
    public function body(callable $callback): static {}
}
