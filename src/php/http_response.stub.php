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

    public function setHeader(string $name, string|int|array $value): static {}

    public function getHeader(string $name): string|array|null {}

    public function getHeaders(): array {}

    public function hasHeader(string $name): bool {}

    public function removeHeader(string $name): static {}

    public function writeHead(int $statusCode, array|string $reasonOrHeaders = [], array $headers = []): static {}

    /** Returns false when the output is past the high-water mark: wait for 'drain'. */
    public function write(string $chunk): bool {}

    public function end(?string $data = null, ?callable $onFinish = null): void {}

    /** Sends "100 Continue" (for a 'checkContinue' request). */
    public function writeContinue(): void {}
}
