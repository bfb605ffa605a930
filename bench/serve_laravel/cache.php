<?php
// What `php artisan config:cache` and `route:cache` do for a production deployment, for the
// Laravel application of bench/serve (it has no console kernel): the configuration and the
// compiled routes written where APP_CONFIG_CACHE and APP_ROUTES_CACHE say, so that both
// php-fpm and edges serve run the application the way it is deployed.
require __DIR__ . '/vendor/autoload.php';
$app = require __DIR__ . '/bootstrap/app.php';
$app->make(Illuminate\Contracts\Http\Kernel::class)->bootstrap();
file_put_contents($app->getCachedConfigPath(), '<?php return ' . var_export($app['config']->all(), true) . ';' . PHP_EOL);
$routes = $app['router']->getRoutes();
$routes->refreshNameLookups();
$routes->refreshActionLookups();
foreach ($routes as $route) $route->prepareForSerialization();
file_put_contents($app->getCachedRoutesPath(), str_replace('{{routes}}', var_export($routes->compile(), true),
    file_get_contents('/usr/share/php/Illuminate/Foundation/Console/stubs/routes.stub')));
