<?php

/** @generate-class-entries */

namespace Event;

/** A one-shot or repeating timer (node's Timeout). The loop keeps an active timer alive on its own. */
final class Timer
{
    private function __construct() {}

    /** Calls $callback(...$args) once, $ms milliseconds from now (1 ms at least). */
    public static function after(float $ms, callable $callback, mixed ...$args): Timer {}

    /** Calls $callback(...$args) every $ms milliseconds until cancel(). */
    public static function every(float $ms, callable $callback, mixed ...$args): Timer {}

    /** Idempotent; safe inside the timer's own callback. */
    public function cancel(): void {}

    /** Restarts the countdown from now with the same delay; re-arms a timer that already fired, not a cancelled one. */
    public function refresh(): static {}

    /** An unref'ed timer does not keep the loop alive. */
    public function unref(): static {}

    /** Lets the timer keep the loop alive (the default). */
    public function ref(): static {}

    /** Whether the timer keeps the loop alive. */
    public function hasRef(): bool {}
}
