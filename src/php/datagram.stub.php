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

    /** Where the socket is bound: ['address' => ..., 'port' => ..., 'family' => 'IPv4'|'IPv6']. */
    public function address(): array {}

    /** Sends one datagram; a host name is resolved first (failures arrive as 'error'). */
    public function send(string $message, int $port, string $host = '127.0.0.1'): void {}

    /** Stops receiving and closes the socket; $onClose (and 'close') once it is closed. */
    public function close(?callable $onClose = null): void {}

    /** Lets the socket keep the loop alive (the default). */
    public function ref(): static {}

    /** Lets the loop end while the socket is still bound. */
    public function unref(): static {}
}
