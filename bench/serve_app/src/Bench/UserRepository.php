<?php
namespace Bench;

final class UserRepository
{
    public function find(int $id): ?User
    {
        return $id > 0 ? new User($id, "user$id", "user$id@example.org", ['reader', $id % 2 ? 'writer' : 'guest']) : null;
    }
}
