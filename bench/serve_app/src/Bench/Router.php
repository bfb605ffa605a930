<?php
namespace Bench;

final class Router
{
    private array $routes = [];

    public function add(string $pattern, array $handler): void
    {
        $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
        $this->routes[] = [$regex, $handler];
    }

    public function dispatch(Request $request): Response
    {
        foreach ($this->routes as [$regex, [$class, $method]]) {
            if (preg_match($regex, $request->path, $m)) {
                $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                return (new $class(new UserRepository()))->$method($request, ...$params);
            }
        }
        return Response::json(['error' => 'not found'], 404);
    }
}
