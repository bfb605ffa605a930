<?php

/** @generate-class-entries */

namespace Event;

/**
 * One WebSocket connection (the shape of npm ws). Events: 'open', 'message'
 * (string $data, bool $isBinary), 'ping' (string), 'pong' (string), 'close'
 * (int $code, string $reason), 'error' (Event\WebSocketException), 'drain'.
 *
 * @property-read int $readyState
 * @property-read string $protocol
 * @property-read string $extensions
 * @property-read int $bufferedAmount
 * @property-read string $url
 */
final class WebSocket extends Emitter
{
    /** @var int */
    public const CONNECTING = 0;
    /** @var int */
    public const OPEN = 1;
    /** @var int */
    public const CLOSING = 2;
    /** @var int */
    public const CLOSED = 3;

    private function __construct() {}

    /**
     * Opens a client connection to a ws:// URL. Options: 'protocols' (string|array),
     * 'headers' (array), 'perMessageDeflate' (bool), 'maxPayload' (int, bytes), 'closeTimeout' (ms).
     */
    public static function connect(string $url, array $options = []): WebSocket {}

    /** Returns false past the high-water mark: wait for 'drain'. Throws when the connection is not open. */
    public function send(string $data, bool $binary = false): bool {}

    /** Sends a ping frame with $data (125 bytes at most); the peer answers with a pong. */
    public function ping(string $data = ""): void {}

    /** Sends an unsolicited pong frame with $data (125 bytes at most). */
    public function pong(string $data = ""): void {}

    /** Starts the closing handshake; $code is 1000 or 3000-4999, $reason at most 123 bytes. */
    public function close(int $code = 1000, string $reason = ""): void {}

    /** Drops the connection at once. */
    public function terminate(): void {}
}
