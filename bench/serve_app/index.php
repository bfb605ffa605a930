<?php
// A classic front controller for bench/serve: an autoloader, a router, a few objects per
// request and a JSON answer, the shape of a small framework application.
spl_autoload_register(function (string $class): void {
    $file = __DIR__ . '/src/' . str_replace('\\', '/', $class) . '.php';
    if (is_file($file)) require $file;
});
$request = new Bench\Request($_SERVER, $_GET);
$router = new Bench\Router();
$router->add('/users/{id}', [Bench\UserController::class, 'show']);
$router->add('/health', [Bench\UserController::class, 'health']);
$response = $router->dispatch($request);
http_response_code($response->status);
foreach ($response->headers as $name => $value) header("$name: $value");
echo $response->body;
