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

    /** Stops watching (cancel before closing the stream). */
    public function cancel(): void {}

    /** Lets the watcher keep the loop alive (the default). */
    public function ref(): static {}

    /** Lets the loop end while the watcher watches. */
    public function unref(): static {}

    /** Whether the watcher keeps the loop alive. */
    public function hasRef(): bool {}
}
