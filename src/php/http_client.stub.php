<?php

/** @generate-class-entries */

namespace Event\HTTP;

/**
 * An outgoing request (node's http.ClientRequest), from Event\HTTP::request() or ::get().
 * Events: 'response' (Event\HTTP\IncomingMessage), 'error' (Event\SocketException,
 * Event\DnsException, Event\TLSException or Event\HttpException: nothing came back),
 * 'timeout' (the socket was idle for the 'timeout' option's ms; abort() it or wait on),
 * 'drain', 'close' (last, always).
 *
 * @property-read string $method
 * @property-read string $path
 * @property-read string $host
 * @property-read string $protocol 'http:' or 'https:'
 * @property-read bool $reusedSocket the request went out on a kept-alive socket
 * @property-read bool $writableEnded end() was called
 * @property-read bool $aborted
 * @property-read int $redirectCount redirects followed
 */
final class ClientRequest extends \Event\Emitter
{
    private function __construct() {}

    /** Sets a header to send (before the head goes out with the first write() or end()). */
    public function setHeader(string $name, string|int|float|array $value): static {}

    /** A header set on the request (a list for repeated ones), or null. */
    public function getHeader(string $name): string|array|null {}

    /** Whether the request has the header $name (any case). */
    public function hasHeader(string $name): bool {}

    /** Removes the header $name before the head is sent. */
    public function removeHeader(string $name): static {}

    /** The headers to send, names lowercased. */
    public function getHeaders(): array {}

    /**
     * Sends a chunk of the body (chunked transfer coding unless a Content-Length was set).
     * False when more than 16 KiB is waiting: wait for 'drain'.
     */
    public function write(string $chunk): bool {}

    /** Sends $data if given and finishes the request; $callback runs once at 'response' time. */
    public function end(?string $data = null, ?callable $callback = null): static {}

    /** Closes the connection: no 'response' from now on (an unfinished response emits 'aborted'). */
    public function abort(): static {}

    /** node's destroy(): abort(), then 'error' with $error when given. */
    public function destroy(?\Throwable $error = null): static {}

    /** The idle timeout in ms (0: none); $callback is added as a 'timeout' listener. */
    public function setTimeout(int $ms, ?callable $callback = null): static {}
}

/**
 * A response to an Event\HTTP\ClientRequest (node's IncomingMessage). The body flows as
 * 'data' (string) chunks once it has a consumer (a 'data' listener, resume(), pipe() or body()),
 * then 'end'; 'aborted' and 'error' (ECONNRESET) when the connection breaks first; 'close' last.
 * Until a consumer comes the body is held (reading stops past 16 KiB).
 *
 * @property-read int $statusCode
 * @property-read string $statusMessage
 * @property-read string $httpVersion
 * @property-read array $headers names lowercased, as node's
 * @property-read array $rawHeaders
 * @property-read string $url the URL that answered (after redirects)
 * @property-read bool $complete
 */
final class IncomingMessage extends \Event\Emitter
{
    private function __construct() {}

    /** Adds a listener (as Emitter::on()); a 'data' listener starts the body's flow. */
    public function on(string $event, callable $listener): static {}

    /** Adds a listener for the next event only; a 'data' listener starts the body's flow. */
    public function once(string $event, callable $listener): static {}

    /** Stops 'data' events (and reading from the socket) until resume(). */
    public function pause(): static {}

    /** Starts 'data' events again. */
    public function resume(): static {}

    /** As Event\HTTP\Request::pipe(). */
    public function pipe(\Event\Emitter $destination, array $options = []): \Event\Emitter {}

    /** Calls $callback(string $body) with the whole body once it has arrived. */
    public function body(callable $callback): static {}

    /** The whole body, as a promise (body() underneath). */
    public function text(): \Event\Promise {}

    /** The body decoded as JSON (to arrays), as a promise; a body that is not JSON rejects with JsonException. */
    public function json(): \Event\Promise {}
}

/**
 * Keeps connections for later requests to the same host (node's http.Agent). Options:
 * keepAlive (true), maxSockets (per host, 0: no limit), maxFreeSockets (256),
 * freeSocketTimeout (ms an idle socket is kept, 4000). Idle sockets do not keep the loop alive.
 */
final class Agent
{
    /**
     * A pool of connections per host (node's http.Agent): 'keepAlive' (true), 'maxSockets' per
     * host (0: no limit), 'maxFreeSockets' (256), 'freeSocketTimeout' ms (4000).
     */
    public function __construct(array $options = []) {}

    /** Closes the idle sockets; busy ones close when their request is done. */
    public function destroy(): void {}

    /** Idle and busy sockets: ['idle' => int, 'open' => int]. */
    public function sockets(): array {}
}
