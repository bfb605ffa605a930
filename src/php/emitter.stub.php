<?php

/** @generate-class-entries */

namespace Event;

/**
 * Node's EventEmitter. Every edges class that emits events extends it, and
 * user classes may extend it too.
 */
class Emitter
{
    /** Adds $listener for $event, after those there are (node's on/addListener). */
    public function on(string $event, callable $listener): static {}

    /** Adds $listener for the next $event only: it is removed before it is called. */
    public function once(string $event, callable $listener): static {}

    /** Removes $listener from $event; without $listener, every listener of $event. */
    public function off(string $event, ?callable $listener = null): static {}

    /**
     * Calls the listeners of $event registered when it starts, in order, with $args; whether
     * there were any. 'error' with no listener throws its argument; a listener's exception
     * stops the emit and goes to the caller.
     */
    public function emit(string $event, mixed ...$args): bool {}

    /** How many listeners $event has. */
    public function listenerCount(string $event): int {}
}
