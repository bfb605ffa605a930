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

    private function onData(string $chunk): void {}

    private function onEnd(): void {}

    private function onDrain(): void {}

    private function onClose(): void {}
}
