<?php

/** @generate-class-entries */

namespace Event\File;

/**
 * A file read in chunks on the thread pool (node's fs.ReadStream), from
 * Event\File::createReadStream(). As Event\Socket: reading starts at once, what comes
 * before a 'data' listener (or resume()) is held, and pause() stops the reading.
 *
 * @property-read string $path
 * @property-read int $bytesRead
 * @property-read bool $pending true until the file is open
 * @property-read bool $destroyed
 */
final class ReadStream extends \Event\Emitter
{
    private function __construct() {}

    /** Adds a listener (as Emitter::on()); a 'data' listener starts the flow. */
    public function on(string $event, callable $listener): static {}

    /**
     * Adds a listener for the next event only (as Emitter::once()); a 'data' listener starts
     * the flow.
     */
    public function once(string $event, callable $listener): static {}

    /** Stops 'data' events until resume() (reads stop too). */
    public function pause(): static {}

    /** Starts 'data' events again. */
    public function resume(): static {}

    /**
     * Sends every chunk to $destination (anything with write(), end() and a 'drain' event),
     * pausing while its write() returns false; option 'end' (true): end() it after the last.
     */
    public function pipe(\Event\Emitter $destination, array $options = []): \Event\Emitter {}

    /** Stops reading and closes the file ('close' follows). */
    public function destroy(): static {}
}

/**
 * A file written in order on the thread pool (node's fs.WriteStream), from
 * Event\File::createWriteStream(). write() queues; it returns false once the queue holds
 * the high-water mark, and 'drain' says when to go on.
 *
 * @property-read string $path
 * @property-read int $bytesWritten
 * @property-read int $writableLength bytes queued, not written yet
 * @property-read bool $pending true until the file is open
 * @property-read bool $destroyed
 */
final class WriteStream extends \Event\Emitter
{
    private function __construct() {}

    /**
     * Queues $data to be written at the stream's position; false once more than the high-water
     * mark waits: wait for 'drain'.
     */
    public function write(string $data): bool {}

    /** Writes $data (when given), then closes the file: 'finish', then 'close'. */
    public function end(?string $data = null, ?callable $onFinish = null): static {}

    /** Closes the file without writing what is queued ('close' follows). */
    public function destroy(): static {}
}
