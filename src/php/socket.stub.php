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
 */
final class Socket extends Emitter
{
    private function __construct() {}

    /** @param callable|null $onConnection receives each Event\Socket */
    public static function createServer(?callable $onConnection = null): Socket\Server {}

    /**
     * connect(int $port, string $host = '127.0.0.1', ?callable $onConnect = null)
     * or connect(string $unixPath, ?callable $onConnect = null).
     */
    public static function connect(int|string $port, string|callable|null $host = null, ?callable $onConnect = null): Socket {}

    public function on(string $event, callable $listener): static {}

    public function once(string $event, callable $listener): static {}

    /** Returns false when more than the high-water mark (64 KiB) is queued: wait for 'drain'. */
    public function write(string $data): bool {}

    /** Sends $data and what is queued, then half-closes (FIN). */
    public function end(?string $data = null): static {}

    /** Closes now, dropping queued data. */
    public function destroy(): static {}

    public function pause(): static {}

    public function resume(): static {}

    /**
     * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
     * pausing while its write() returns false; option 'end' (true): end() it after the last.
     */
    public function pipe(Emitter $destination, array $options = []): Emitter {}

    public function setNoDelay(bool $noDelay = true): static {}

    public function setKeepAlive(bool $enable = false, int $initialDelay = 0): static {}

    /** 'timeout' after $ms without activity (0 turns it off); $callback is added as a once('timeout') listener. */
    public function setTimeout(int $ms, ?callable $callback = null): static {}

    public function ref(): static {}

    public function unref(): static {}

    /** ['address' => ..., 'port' => ..., 'family' => 'IPv4'|'IPv6'|'Unix'] of the local end. */
    public function address(): array {}
}
