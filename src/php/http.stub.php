<?php

/** @generate-class-entries */

namespace Event;

/** node's http module: `(new Event\HTTP())->createServer($handler)` or `Event\HTTP::createServer($options, $handler)`. */
final class HTTP
{
    /**
     * The HTTP module as an object (the original API's form: (new
     * Event\HTTP())->createServer($onRequest)).
     */
    public function __construct() {}

    /**
     * createServer(callable $onRequest) or createServer(array $options, ?callable $onRequest = null).
     * Options (node's defaults): maxHeaderSize 16384, headersTimeout 60000, requestTimeout 300000,
     * keepAliveTimeout 5000, maxRequestsPerSocket 0, maxBodySize 0 (unlimited), noDelay true, backlog 511.
     */
    public static function createServer(array|callable $options, ?callable $onRequest = null): HTTP\Server {}

    /**
     * node's http.request/https.request: request(string $url), request($url, callable $onResponse),
     * request($url, array $options, ?callable $onResponse), request(array $options, ?callable $onResponse).
     * Options: protocol ('http:'|'https:'), hostname (or host), port, path, method, headers, auth
     * ('user:password'), timeout (ms), agent (an Event\HTTP\Agent, or false for a connection of
     * its own), socketPath, tls (true or TLS options), followRedirects (int), decompress (bool).
     * Nothing is sent before write() or end().
     */
    public static function request(string|array $url, array|callable|null $options = null, ?callable $onResponse = null): HTTP\ClientRequest {}

    /** As request() with method GET, and end() already called. */
    public static function get(string|array $url, array|callable|null $options = null, ?callable $onResponse = null): HTTP\ClientRequest {}

    /**
     * The promise form of request() (the shape of the web's fetch): a promise of the response
     * (Event\HTTP\IncomingMessage: then text() or json()), rejected with what 'error' would
     * give. fetch($url), fetch($url, $options), fetch($options); request()'s options plus
     * 'body' (string); redirects are followed (20) and bodies decoded unless the options say
     * otherwise.
     */
    public static function fetch(string|array $url, ?array $options = null): Promise {}

    /** The agent requests use when their options name none (keep-alive, as node's since 19). */
    public static function globalAgent(): HTTP\Agent {}
}
