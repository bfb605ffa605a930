<?php
// A Symfony 5.4 JSON route for bench/serve (Debian's php-symfony-http-kernel and -routing):
// HttpKernel, the Routing component's RouterListener, a controller. The front controller
// follows the Symfony Runtime convention (returns a closure); fpm.php runs it per request
// the way Symfony does under php-fpm.
namespace BenchSymfony;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpKernel\Controller\ArgumentResolver;
use Symfony\Component\HttpKernel\Controller\ControllerResolver;
use Symfony\Component\HttpKernel\EventListener\RouterListener;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\Routing\Matcher\UrlMatcher;
use Symfony\Component\Routing\RequestContext;
use Symfony\Component\Routing\Route;
use Symfony\Component\Routing\RouteCollection;

require_once '/usr/share/php/Symfony/Component/HttpKernel/autoload.php';
require_once '/usr/share/php/Symfony/Component/Routing/autoload.php';

final class UserController
{
    public function show(Request $request, int $id): JsonResponse
    {
        return new JsonResponse(['user' => ['id' => $id, 'name' => "user$id", 'email' => "user$id@example.org",
            'roles' => ['reader', $id % 2 ? 'writer' : 'guest']], 'fields' => $request->query->get('fields')]);
    }
}

return function (array $context): HttpKernel {
    $routes = new RouteCollection();
    $routes->add('user', new Route('/users/{id}', ['_controller' => [new UserController(), 'show']], ['id' => '\d+']));
    $stack = new RequestStack();
    $dispatcher = new EventDispatcher();
    $dispatcher->addSubscriber(new RouterListener(new UrlMatcher($routes, new RequestContext()), $stack));
    return new HttpKernel($dispatcher, new ControllerResolver(), $stack, new ArgumentResolver());
};
