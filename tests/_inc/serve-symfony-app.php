<?php
// A Symfony 5.4 application from Debian's packages (tests/18-serve/005-symfony.phpt serves it):
// HttpKernel with the Routing component's RouterListener, controllers, a streamed response, and
// PHP's native sessions through HttpFoundation's NativeSessionStorage and HttpKernel's
// SessionListener (what FrameworkBundle sets up for `framework.session`).
// Its front controller follows the Symfony Runtime convention: it returns a closure.
namespace App;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Cookie;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\Session\SessionFactory;
use Symfony\Component\HttpFoundation\Session\Storage\Handler\NativeFileSessionHandler;
use Symfony\Component\HttpFoundation\Session\Storage\NativeSessionStorageFactory;
use Symfony\Component\HttpFoundation\StreamedResponse;
use Symfony\Component\HttpKernel\Controller\ArgumentResolver;
use Symfony\Component\HttpKernel\Controller\ControllerResolver;
use Symfony\Component\HttpKernel\EventListener\RouterListener;
use Symfony\Component\HttpKernel\EventListener\SessionListener;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\HttpKernel\HttpKernelInterface;
use Symfony\Component\HttpKernel\TerminableInterface;
use Symfony\Component\Routing\Matcher\UrlMatcher;
use Symfony\Component\Routing\RequestContext;
use Symfony\Component\Routing\Route;
use Symfony\Component\Routing\RouteCollection;
use Symfony\Contracts\Service\ResetInterface;

require_once '/usr/share/php/Symfony/Component/HttpKernel/autoload.php';
require_once '/usr/share/php/Symfony/Component/Routing/autoload.php';
require_once '/usr/share/php/Psr/Container/autoload.php';

final class Controllers
{
    public static int $terminated = 0;
    public static int $resets = 0;
    public static ?string $perRequest = null;  // what a request leaves; reset() clears it

    public function index(Request $request): Response
    {
        $seen = self::$perRequest;
        self::$perRequest = $request->query->get('name');
        $response = new JsonResponse([
            'route' => $request->attributes->get('_route'),
            'name' => $request->query->get('name'),
            'form' => $request->request->all(),
            'json' => $request->getContentType() === 'json' ? $request->toArray() : null,
            'cookies' => $request->cookies->all(),
            'method' => $request->getMethod(),
            'uri' => $request->getRequestUri(),
            'client' => $request->getClientIp(),
            'seen before reset' => $seen,
            'terminated' => self::$terminated,
            'resets' => self::$resets,
        ]);
        $response->headers->setCookie(Cookie::create('sf', 'yes'));
        return $response;
    }

    public function user(int $id): Response
    {
        return new Response("user $id\n", 200, ['Content-Type' => 'text/plain']);
    }

    public function stream(): Response
    {
        return new StreamedResponse(function () {
            for ($i = 0; $i < 3; $i++) {
                echo "part $i\n";
                flush();
            }
        });
    }

    public function upload(Request $request): Response
    {
        $file = $request->files->get('doc');
        $target = sys_get_temp_dir() . '/edges-sf-upload-' . getmypid();
        $moved = $file->move(dirname($target), basename($target));
        $out = sprintf("%s %d bytes, field %s, moved: %s\n", $file->getClientOriginalName(), $moved->getSize(),
            $request->request->get('field'), file_get_contents($target) === str_repeat('s', 2000) ? 'intact' : 'damaged');
        unlink($target);
        return new Response($out);
    }

    /** A file for download (tests/18-serve/009): BinaryFileResponse, named by the query. */
    public function download(Request $request): Response
    {
        $r = new BinaryFileResponse($request->query->get('file'));
        $r->setContentDisposition('attachment', 'report.txt');
        if ($request->query->get('delete')) $r->deleteFileAfterSend(true);
        return $r;
    }

    /** The same through an X-Sendfile header, with a type of the application's own. */
    public function xsend(Request $request): Response
    {
        return new Response('', 200, ['X-Sendfile' => $request->query->get('file'), 'Content-Type' => 'application/x-report']);
    }

    /** A count kept in the client's native PHP session; setcookie() by the application itself too. */
    public function session(Request $request): Response
    {
        $session = $request->getSession();
        $n = $session->get('n', 0) + 1;
        $session->set('n', $n);
        setcookie('native', 'by setcookie');
        return new Response("session n=$n, PHP's session " . (session_status() === PHP_SESSION_ACTIVE ? 'active' : 'not active') . "\n");
    }

    /** What a request sees of the last one's session without starting its own. */
    public function peek(): Response
    {
        return new Response('$_SESSION: ' . json_encode($_SESSION ?? null) . ', id: ' . json_encode(session_id()) . "\n");
    }

    public function fail(): Response
    {
        throw new \DomainException('thrown by a controller');
    }
}

final class Kernel implements HttpKernelInterface, TerminableInterface, ResetInterface
{
    private HttpKernel $kernel;
    private SessionListener $sessions;

    public function __construct(public readonly string $environment, ?string $sessionDir = null)
    {
        $routes = new RouteCollection();
        $routes->add('index', new Route('/', ['_controller' => [new Controllers(), 'index']]));
        $routes->add('user', new Route('/users/{id}', ['_controller' => [new Controllers(), 'user']], ['id' => '\d+']));
        $routes->add('stream', new Route('/stream', ['_controller' => [new Controllers(), 'stream']]));
        $routes->add('fail', new Route('/fail', ['_controller' => [new Controllers(), 'fail']]));
        $routes->add('upload', new Route('/upload', ['_controller' => [new Controllers(), 'upload']]));
        $routes->add('download', new Route('/download', ['_controller' => [new Controllers(), 'download']]));
        $routes->add('xsend', new Route('/xsend', ['_controller' => [new Controllers(), 'xsend']]));
        $routes->add('session', new Route('/session', ['_controller' => [new Controllers(), 'session']]));
        $routes->add('peek', new Route('/peek', ['_controller' => [new Controllers(), 'peek']]));
        $stack = new RequestStack();
        $dispatcher = new EventDispatcher();
        $dispatcher->addSubscriber(new RouterListener(new UrlMatcher($routes, new RequestContext()), $stack));
        $factory = new SessionFactory($stack, new NativeSessionStorageFactory([], new NativeFileSessionHandler($sessionDir)));
        $this->sessions = new SessionListener(new class ($factory) implements \Psr\Container\ContainerInterface {
            public function __construct(private SessionFactory $factory) {}
            public function get(string $id) { return $this->factory; }
            public function has(string $id): bool { return $id === 'session_factory'; }
        });
        $dispatcher->addSubscriber($this->sessions);
        $this->kernel = new HttpKernel($dispatcher, new ControllerResolver(), $stack, new ArgumentResolver());
    }

    public function handle(Request $request, int $type = self::MAIN_REQUEST, bool $catch = true): Response
    {
        return $this->kernel->handle($request, $type, false);
    }

    public function terminate(Request $request, Response $response): void
    {
        Controllers::$terminated++;
    }

    public function reset(): void
    {
        Controllers::$resets++;
        Controllers::$perRequest = null;
        $this->sessions->reset();  // a kernel.reset service under FrameworkBundle
    }
}

return function (array $context) {
    return new Kernel($context['APP_ENV'] ?? 'prod', $context['SESSION_DIR'] ?? null);
};
