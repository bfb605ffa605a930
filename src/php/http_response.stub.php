<?php

/** @generate-class-entries */

namespace Event\HTTP;

/**
 * The response to a request (node's ServerResponse). Events: 'drain', 'finish', 'close'.
 *
 * @property int $statusCode
 * @property string $statusMessage
 * @property-read bool $headersSent
 * @property-read bool $finished
 */
final class Response extends \Event\Emitter
{
    private function __construct() {}

    /**
     * Sets a header of the response before its head is sent (a list: one line per value);
     * replaces one of the same name.
     */
    public function setHeader(string $name, string|int|array $value): static {}

    /** A header set on the response (a list for repeated ones), or null. */
    public function getHeader(string $name): string|array|null {}

    /** The headers set so far, by lower-case name. */
    public function getHeaders(): array {}

    /** Whether the response has the header $name (any case). */
    public function hasHeader(string $name): bool {}

    /** Removes the header $name before the head is sent. */
    public function removeHeader(string $name): static {}

    /**
     * Sends the status line and the headers (those set and $headers); with a string second
     * argument, the reason phrase.
     */
    public function writeHead(int $statusCode, array|string $reasonOrHeaders = [], array $headers = []): static {}

    /** Returns false when the output is past the high-water mark: wait for 'drain'. */
    public function write(string $chunk): bool {}

    /**
     * Finishes the response, with $data as its last piece; $onFinish (and 'finish') once it is
     * handed to the system.
     */
    public function end(?string $data = null, ?callable $onFinish = null): void {}

    /** Sends "100 Continue" (for a 'checkContinue' request). */
    public function writeContinue(): void {}
}
