<?php

/** @generate-class-entries */

namespace Event;

/**
 * Node's EventEmitter. Every edges class that emits events extends it, and
 * user classes may extend it too.
 */
class Emitter
{
    public function on(string $event, callable $listener): static {}

    public function once(string $event, callable $listener): static {}

    public function off(string $event, ?callable $listener = null): static {}

    public function emit(string $event, mixed ...$args): bool {}

    public function listenerCount(string $event): int {}
}
