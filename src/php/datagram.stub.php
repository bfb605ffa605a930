<?php

/** @generate-class-entries */

namespace Event;

/**
 * A UDP socket (node's dgram). Events: 'message' (string $msg, array $rinfo with
 * address, port, family, size), 'error', 'close'.
 */
final class Datagram extends Emitter
{
    private function __construct() {}

    /** Binds to $host:$port (port 0 picks a free port) and starts receiving. */
    public static function bind(int $port = 0, string $host = '0.0.0.0'): Datagram {}

    public function address(): array {}

    /** Sends one datagram; a host name is resolved first (failures arrive as 'error'). */
    public function send(string $message, int $port, string $host = '127.0.0.1'): void {}

    public function close(?callable $onClose = null): void {}

    public function ref(): static {}

    public function unref(): static {}
}
