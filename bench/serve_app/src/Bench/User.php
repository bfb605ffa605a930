<?php
namespace Bench;

final class User implements \JsonSerializable
{
    public function __construct(public int $id, public string $name, public string $email, public array $roles) {}

    public function jsonSerialize(): array
    {
        return ['id' => $this->id, 'name' => $this->name, 'email' => $this->email, 'roles' => $this->roles];
    }
}
