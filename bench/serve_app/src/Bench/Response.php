<?php
namespace Bench;

final class Response
{
    public function __construct(public int $status, public string $body, public array $headers = []) {}

    public static function json(mixed $data, int $status = 200): self
    {
        return new self($status, json_encode($data), ['Content-Type' => 'application/json']);
    }
}
