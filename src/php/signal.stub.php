<?php

/** @generate-class-entries */

namespace Event;

/**
 * A listener for a signal (node's process.on('SIGTERM', ...)), called from the loop with
 * the signal number, never inside the signal handler. Several listeners per signal are
 * called in the order they were added. An active listener does not keep the loop alive
 * unless ref()'d. While the script listens for SIGTERM or SIGINT itself, edges does not
 * start its graceful stop for that signal.
 *
 * @property-read int $signal the signal number
 */
final class Signal
{
    private function __construct() {}

    /** @param int|string $signal SIGTERM, 15, 'SIGTERM' or 'TERM' */
    public static function on(int|string $signal, callable $listener): Signal {}

    /** Stops listening; idempotent. */
    public function close(): void {}

    /** Lets the listener keep the loop alive (signals do not by default). */
    public function ref(): static {}

    /** Lets the loop end while the listener is there (the default). */
    public function unref(): static {}

    /** Whether the listener keeps the loop alive. */
    public function hasRef(): bool {}
}
