<?php
namespace Bench;

final class UserController
{
    public function __construct(private UserRepository $users) {}

    public function show(Request $request, string $id): Response
    {
        $user = $this->users->find((int) $id);
        return $user ? Response::json(['user' => $user, 'fields' => $request->query['fields'] ?? null]) : Response::json(['error' => 'no such user'], 404);
    }

    public function health(Request $request): Response
    {
        return Response::json(['ok' => true]);
    }
}
