<?php
namespace Bench;

final class Request
{
    public readonly string $method;
    public readonly string $path;

    public function __construct(public readonly array $server, public readonly array $query)
    {
        $this->method = $server['REQUEST_METHOD'] ?? 'GET';
        $this->path = parse_url($server['REQUEST_URI'] ?? '/', PHP_URL_PATH) ?: '/';
    }
}
