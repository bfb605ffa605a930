<?php
// bench/serve_symfony under php-fpm: the kernel built, the request handled, sent and
// terminated on every request, as Symfony's runtime does there.
$kernel = (require __DIR__ . '/index.php')($_SERVER + $_ENV);
$request = Symfony\Component\HttpFoundation\Request::createFromGlobals();
$response = $kernel->handle($request);
$response->send();
$kernel->terminate($request, $response);
