<?php
// Laravel 8's bootstrap/app.php; storage and the package/service caches in bench/serve's
// temporary directory (LARAVEL_STORAGE; bootstrap/cache is made by bench/serve).
$app = new Illuminate\Foundation\Application($_ENV['APP_BASE_PATH'] ?? dirname(__DIR__));
if (getenv('LARAVEL_STORAGE')) $app->useStoragePath(getenv('LARAVEL_STORAGE'));
$app->singleton(Illuminate\Contracts\Http\Kernel::class, App\Http\Kernel::class);
$app->singleton(Illuminate\Contracts\Debug\ExceptionHandler::class, App\Exceptions\Handler::class);
return $app;
