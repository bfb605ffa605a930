<?php

/** @generate-class-entries */

namespace Event;

/** A one-shot or repeating timer (node's Timeout). The loop keeps an active timer alive on its own. */
final class Timer
{
    private function __construct() {}

    public static function after(float $ms, callable $callback, mixed ...$args): Timer {}

    public static function every(float $ms, callable $callback, mixed ...$args): Timer {}

    /** Idempotent; safe inside the timer's own callback. */
    public function cancel(): void {}

    /** Restarts the countdown from now with the same delay; re-arms a timer that already fired, not a cancelled one. */
    public function refresh(): static {}

    /** An unref'ed timer does not keep the loop alive. */
    public function unref(): static {}

    public function ref(): static {}

    public function hasRef(): bool {}
}
