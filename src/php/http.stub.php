<?php

/** @generate-class-entries */

namespace Event;

/** node's http module: `(new Event\HTTP())->createServer($handler)` or `Event\HTTP::createServer($options, $handler)`. */
final class HTTP
{
    public function __construct() {}

    /**
     * createServer(callable $onRequest) or createServer(array $options, ?callable $onRequest = null).
     * Options (node's defaults): maxHeaderSize 16384, headersTimeout 60000, requestTimeout 300000,
     * keepAliveTimeout 5000, maxRequestsPerSocket 0, maxBodySize 0 (unlimited), noDelay true, backlog 511.
     */
    public static function createServer(array|callable $options, ?callable $onRequest = null): HTTP\Server {}
}
