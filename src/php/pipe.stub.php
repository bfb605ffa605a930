<?php

/** @generate-class-entries */

namespace Event;

/**
 * @internal What pipe() leaves between a readable and a writable: the listeners that move
 * the data and the back-pressure. Made only by pipe().
 */
final class StreamPipe
{
    private function __construct() {}

    private function onData(mixed $chunk, mixed ...$args): void {}

    private function onEnd(mixed ...$args): void {}

    private function onDrain(mixed ...$args): void {}

    private function onClose(mixed ...$args): void {}
}
