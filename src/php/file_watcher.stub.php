<?php

/** @generate-class-entries */

namespace Event\File;

/**
 * A watch from Event\File::watch(). Events: 'change' (string $event, ?string $filename),
 * 'error' (FileException: the kernel's queue overflowed and events were lost; the watch
 * goes on), 'close'.
 *
 * @property-read string $path
 */
final class Watcher extends \Event\Emitter
{
    private function __construct() {}

    /** Stops watching ('close' follows). */
    public function close(): void {}

    public function ref(): static {}

    public function unref(): static {}
}
