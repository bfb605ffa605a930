<?php

/** @generate-class-entries */

namespace Event;

/**
 * This process's place in a cluster started with `bin/edges --workers N script.php`:
 * N workers run the script, a primary (no user code) supervises them and shares their
 * listening sockets. Outside a cluster: worker 0 of 1.
 */
final class Cluster
{
    private function __construct() {}

    /**
     * Whether this process is a worker of a cluster (bin/edges --workers N); false in a plain
     * process.
     */
    public static function isWorker(): bool {}

    /** 0 .. workers() - 1; a replacement worker has the id of the one it replaces. */
    public static function workerId(): int {}

    /** How many workers the cluster has; 1 outside a cluster. */
    public static function workers(): int {}

    /**
     * The worker that owns $key: a consistent hash, stable across reloads and respawns.
     * $workers: for that many workers instead of this cluster's (a client computing where a key goes).
     */
    public static function ownerOf(string $key, ?int $workers = null): int {}

    /**
     * Sends a message to a worker (to itself too); one sent to a worker being replaced
     * reaches its replacement; order is kept from one worker to another.
     */
    public static function send(int $workerId, string $message): void {}

    /** Events: 'message' (string $message, int $fromWorker). */
    public static function on(string $event, callable $listener): void {}

    /** Removes a 'message' listener (all of them without $listener). */
    public static function off(string $event, ?callable $listener = null): void {}

    /**
     * bin/edges --workers runs this, not scripts: the primary, starting $workers workers
     * with $command (the PHP binary and its arguments). Returns the exit status.
     */
    public static function primary(array $command, int $workers, string $watch = ""): int {}
}
