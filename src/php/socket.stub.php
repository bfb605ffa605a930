<?php

/** @generate-class-entries */

namespace Event;

/**
 * A TCP or Unix stream socket (node's net.Socket). Reading starts when a 'data'
 * listener is added or resume() is called. Events: 'connect', 'data' (string),
 * 'end', 'drain', 'timeout', 'error' (Event\SocketException|Event\DnsException),
 * 'close' (bool $hadError).
 *
 * @property-read string|null $remoteAddress
 * @property-read int|null $remotePort
 * @property-read string|null $remoteFamily
 * @property-read string|null $localAddress
 * @property-read int|null $localPort
 * @property-read int $bytesRead
 * @property-read int $bytesWritten
 * @property-read int $writableLength
 * @property-read string $readyState
 * @property-read bool $connecting
 * @property-read bool $destroyed
 * @property-read bool $encrypted TLS
 * @property-read bool $authorized the TLS peer's certificate verified
 * @property-read string|null $authorizationError why not ('DEPTH_ZERO_SELF_SIGNED_CERT' ...)
 * @property-read string|false|null $alpnProtocol
 * @property-read string|null $servername the SNI name
 */
final class Socket extends Emitter
{
    private function __construct() {}

    /**
     * createServer(?callable $onConnection) or createServer(array $options, ?callable $onConnection):
     * option 'tls' (cert, key, ...: see docs/socket.md) makes it a TLS server, whose 'connection'
     * comes after each handshake ('tlsClientError' when one fails).
     */
    public static function createServer(array|callable|null $options = null, ?callable $onConnection = null): Socket\Server {}

    /**
     * connect(int $port, string $host = '127.0.0.1', ?callable $onConnect = null, ?array $options = null)
     * or connect(string $unixPath, ?callable $onConnect = null, ?array $options = null); the
     * options may come in place of the callback. Option 'tls': true (verify the peer against
     * the system's store, with the host as SNI and the name to check) or TLS options; then
     * $onConnect waits for the handshake ('secureConnect').
     */
    public static function connect(int|string $port, string|callable|array|null $host = null, callable|array|null $onConnect = null, ?array $options = null): Socket {}

    /**
     * connect()'s promise twin: connectAsync(int $port, string $host = '127.0.0.1', array $options = [])
     * or connectAsync(string $unixPath, array $options = []); fulfilled with the socket once
     * connected (after the handshake with 'tls'), rejected with the connection's error.
     */
    public static function connectAsync(int|string $port, string|array|null $host = null, array $options = []): Promise {}

    /** Adds a listener (as Emitter::on()); a 'data' listener starts reading. */
    public function on(string $event, callable $listener): static {}

    /** Adds a listener for the next event only; a 'data' listener starts reading. */
    public function once(string $event, callable $listener): static {}

    /** Returns false when more than the high-water mark (64 KiB) is queued: wait for 'drain'. */
    public function write(string $data): bool {}

    /** Sends $data and what is queued, then half-closes (FIN). */
    public function end(?string $data = null): static {}

    /** Closes now, dropping queued data. */
    public function destroy(): static {}

    /** Stops reading ('data' events) until resume(): the peer is slowed by TCP. */
    public function pause(): static {}

    /** Starts reading again. */
    public function resume(): static {}

    /**
     * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
     * pausing while its write() returns false; option 'end' (true): end() it after the last.
     */
    public function pipe(Emitter $destination, array $options = []): Emitter {}

    /** Turns Nagle's algorithm off (TCP_NODELAY) or on. */
    public function setNoDelay(bool $noDelay = true): static {}

    /** Turns TCP keep-alive probes on or off, the first after $initialDelay ms of silence. */
    public function setKeepAlive(bool $enable = false, int $initialDelay = 0): static {}

    /** 'timeout' after $ms without activity (0 turns it off); $callback is added as a once('timeout') listener. */
    public function setTimeout(int $ms, ?callable $callback = null): static {}

    /** Lets the socket keep the loop alive (the default). */
    public function ref(): static {}

    /** Lets the loop end while the socket is open. */
    public function unref(): static {}

    /** ['address' => ..., 'port' => ..., 'family' => 'IPv4'|'IPv6'|'Unix'] of the local end. */
    public function address(): array {}

    /** The TLS peer's certificate: subject, issuer, valid_from, valid_to, fingerprint256, serialNumber, subjectaltname; null without one. */
    public function getPeerCertificate(): ?array {}

    /** 'TLSv1.3', 'TLSv1.2'; null without TLS or before the handshake. */
    public function getProtocol(): ?string {}

    /** Whether the TLS handshake resumed an earlier session. */
    public function isSessionReused(): bool {}
}
