<?php

/** @generate-class-entries */

namespace Event;

/** The process's event loop. Scripts rarely call run(): it starts by itself when the main script returns. */
final class Loop
{
    private function __construct() {}

    /** Runs until nothing referenced is left or stop() is called; throws when the loop is already running. */
    public static function run(): void {}

    /**
     * Stops the loop after the current callback: run() returns (the process ends unless the
     * script goes on).
     */
    public static function stop(): void {}

    /** Loop time in milliseconds (monotonic, cached per loop iteration). */
    public static function now(): float {}

    /** Runs $callback($args...) on the next loop iteration, before its timers (node's setImmediate). */
    public static function defer(callable $callback, mixed ...$args): void {}

    /**
     * Calls $callback($streamOrFd, Event\Watcher $watcher) each time the stream (a PHP stream
     * resource: stream_socket_client(), proc_open() pipes...) or descriptor can be read
     * without blocking, until $watcher->cancel(). Cancel before closing the stream.
     * @param resource|int $streamOrFd
     */
    public static function onReadable(mixed $streamOrFd, callable $callback): Watcher {}

    /** The same for writing. @param resource|int $streamOrFd */
    public static function onWritable(mixed $streamOrFd, callable $callback): Watcher {}

    /** Registered by edges as the first shutdown function: runs the loop after the main script. */
    private static function runAtExit(): void {}
}
