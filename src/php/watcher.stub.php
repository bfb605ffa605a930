<?php

/** @generate-class-entries */

namespace Event;

/**
 * A watch on a stream or descriptor from Event\Loop::onReadable()/onWritable(). Active until
 * cancel(); while active and referenced it keeps the loop alive.
 *
 * @property-read int $fd
 * @property-read bool $writable
 */
final class Watcher
{
    private function __construct() {}

    public function cancel(): void {}

    public function ref(): static {}

    public function unref(): static {}

    public function hasRef(): bool {}
}
