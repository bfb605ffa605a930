<?php
$app = new Illuminate\Foundation\Application($_ENV['APP_BASE_PATH'] ?? dirname(__DIR__));
// The tests keep storage (sessions, compiled views, caches) in a temporary directory.
if (getenv('LARAVEL_STORAGE')) $app->useStoragePath(getenv('LARAVEL_STORAGE'));
$app->singleton(Illuminate\Contracts\Http\Kernel::class, App\Http\Kernel::class);
$app->singleton(Illuminate\Contracts\Debug\ExceptionHandler::class, App\Exceptions\Handler::class);
return $app;
