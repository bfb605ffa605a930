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

    /** Lets the watcher keep the loop alive (the default). */
    public function ref(): static {}

    /** Lets the loop end while the watcher is open. */
    public function unref(): static {}
}
