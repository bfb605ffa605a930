<?php
// SPDX-License-Identifier: MIT
// `edges serve`'s machinery (runtime/serve.php runs it from `bin/edges serve`; runtime/Runtime.php,
// the Symfony Runtime class, from an application's own front controller): the modes, the
// request queue and the HTTP server of a worker.
declare(strict_types=1);

namespace Event\Serve;

require_once __DIR__ . '/request_body.php';

/** php.ini's size notation ("8M") in bytes; 0 is unlimited. */
function ini_bytes(string $value): int
{
    $value = trim($value);
    if ($value === '') return 0;
    $n = (int) $value;
    return match (strtolower(substr($value, -1))) {
        'g' => $n << 30,
        'm' => $n << 20,
        'k' => $n << 10,
        default => $n,
    };
}

/** $_SERVER for one request, as php-fpm behind nginx's fastcgi_params gives it. */
function server_vars(\Event\HTTP\Request $req, array $base): array
{
    $url = $req->url;
    $q = strpos($url, '?');
    $server = $base + [];
    $server['REQUEST_METHOD'] = $req->method;
    $server['REQUEST_URI'] = $url;
    $server['DOCUMENT_URI'] = $q === false ? $url : substr($url, 0, $q);
    $server['QUERY_STRING'] = $q === false ? '' : substr($url, $q + 1);
    $server['SERVER_PROTOCOL'] = 'HTTP/' . $req->httpVersion;
    $socket = $req->socket;
    $server['REMOTE_ADDR'] = (string) $socket->remoteAddress;
    $server['REMOTE_PORT'] = (string) $socket->remotePort;
    $server['SERVER_ADDR'] = (string) $socket->localAddress;
    $server['SERVER_PORT'] = (string) $socket->localPort;
    if ($socket->encrypted) $server['HTTPS'] = 'on';
    $raw = $req->rawHeaders;
    for ($i = 0, $n = count($raw); $i + 1 < $n; $i += 2) {
        $name = $raw[$i];
        // As nginx: a header whose name has "_" is dropped (it would pass for another's
        // variable: Content_Type for CONTENT_TYPE).
        if (str_contains($name, '_')) continue;
        $key = strtoupper(str_replace('-', '_', $name));
        if ($key !== 'CONTENT_TYPE' && $key !== 'CONTENT_LENGTH') $key = 'HTTP_' . $key;
        $sep = $key === 'HTTP_COOKIE' ? '; ' : ', ';
        $server[$key] = isset($server[$key]) ? $server[$key] . $sep . $raw[$i + 1] : $raw[$i + 1];
    }
    $host = $server['HTTP_HOST'] ?? $server['SERVER_ADDR'];
    $server['SERVER_NAME'] = preg_replace('/:\d+$/', '', $host);
    return $server;
}

/**
 * Whether the front controller follows the Symfony Runtime convention: its top level (outside
 * any braces) has `return function`, `return static function` or `return fn`. Without PHP's
 * tokenizer module: a line that starts so.
 */
function returns_closure(string $script): bool
{
    $source = (string) file_get_contents($script);
    if (!function_exists('token_get_all')) {
        return (bool) preg_match('/^return\s+(?:static\s+)?(?:function|fn)\b/m', $source);
    }
    $tokens = array_values(array_filter(token_get_all($source),
        fn($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)));
    $depth = 0;
    foreach ($tokens as $i => $t) {
        if ($t === '{' || (is_array($t) && ($t[0] === T_CURLY_OPEN || $t[0] === T_DOLLAR_OPEN_CURLY_BRACES))) {
            $depth++;
        } elseif ($t === '}') {
            $depth--;
        } elseif ($depth === 0 && is_array($t) && $t[0] === T_RETURN) {
            $next = $tokens[$i + 1] ?? null;
            if (is_array($next) && $next[0] === T_STATIC) $next = $tokens[$i + 2] ?? null;
            if (is_array($next) && ($next[0] === T_FUNCTION || $next[0] === T_FN)) return true;
        }
    }
    return false;
}

/**
 * Runs the front controller once and calls the closure it returns; returns what that gave.
 * Symfony's autoload_runtime.php runs the application itself unless SCRIPT_FILENAME is empty.
 */
function load_application(string $script): object
{
    $saved = $_SERVER['SCRIPT_FILENAME'] ?? null;
    $_SERVER['SCRIPT_FILENAME'] = '';
    try {
        $factory = (static fn() => require $script)();
    } finally {
        $_SERVER['SCRIPT_FILENAME'] = $saved;
    }
    if (!$factory instanceof \Closure) {
        throw new \UnexpectedValueException("$script returned " . get_debug_type($factory) . ', not a closure');
    }
    $context = $_SERVER + getenv();
    $args = [];
    foreach ((new \ReflectionFunction($factory))->getParameters() as $p) {
        $type = $p->getType();
        if ($p->getName() === 'context' || ($type instanceof \ReflectionNamedType && $type->getName() === 'array')) {
            $args[] = $context;
        } elseif ($p->isDefaultValueAvailable()) {
            $args[] = $p->getDefaultValue();
        } else {
            throw new \UnexpectedValueException("$script: the closure's parameter \${$p->getName()} cannot be given (only array \$context)");
        }
    }
    $app = $factory(...$args);
    if (!is_object($app)) {
        throw new \UnexpectedValueException("$script: the closure returned " . get_debug_type($app) . ', not an application');
    }
    return $app;
}

/** A PSR-17 factory for PSR-7 requests: Nyholm's (Debian: php-nyholm-psr7). */
function psr17_factory(): object
{
    if (!class_exists(\Nyholm\Psr7\Factory\Psr17Factory::class) && is_file('/usr/share/php/Nyholm/Psr7/autoload.php')) {
        require_once '/usr/share/php/Nyholm/Psr7/autoload.php';
    }
    if (!class_exists(\Nyholm\Psr7\Factory\Psr17Factory::class)) {
        throw new \RuntimeException('a PSR-15 application needs PSR-17 factories: install php-nyholm-psr7 (or nyholm/psr7 with the application)');
    }
    return new \Nyholm\Psr7\Factory\Psr17Factory();
}

/** The PSR-7 request for one edges request. */
function psr7_request(object $f, \Event\HTTP\Request $req, array $server, string|RequestBody $body, array $post, array $files): object
{
    $scheme = ($server['HTTPS'] ?? '') === 'on' ? 'https' : 'http';
    $host = $server['HTTP_HOST'] ?? ($server['SERVER_ADDR'] . ':' . $server['SERVER_PORT']);
    $r = $f->createServerRequest($req->method, "$scheme://$host" . $req->url, $server)
        ->withProtocolVersion($req->httpVersion);
    $raw = $req->rawHeaders;
    for ($i = 0, $n = count($raw); $i + 1 < $n; $i += 2) $r = $r->withAddedHeader($raw[$i], $raw[$i + 1]);
    parse_str($server['QUERY_STRING'], $query);
    $stream = $body instanceof RequestBody ? $f->createStreamFromResource($body->stream()) : $f->createStream($body);
    $r = $r->withQueryParams($query)->withBody($stream)
        ->withCookieParams(parse_cookies($server['HTTP_COOKIE'] ?? ''))->withUploadedFiles(psr7_uploads($f, $files));
    return $post || $files ? $r->withParsedBody($post) : $r;
}

/**
 * Sends a PSR-7 response: the head, then the body. One of known size up to 64 KiB goes whole;
 * a larger or unsized one in pieces, chunked, from a Fiber of its own that awaits the client
 * when it is slow ('drain') and the source when it is a stream still arriving (a request body
 * echoed back), while the worker serves the next request. One with an X-Sendfile header: that
 * file instead (send_file()).
 */
function send_psr7(object $response, \Event\HTTP\Request $req, \Event\HTTP\Response $res): void
{
    $headers = with_native_headers($response->getHeaders());
    if ($response->hasHeader('X-Sendfile')) {
        $response->getBody()->close();
        send_file($response->getHeaderLine('X-Sendfile'), $headers, $req, $res);
        return;
    }
    $res->writeHead($response->getStatusCode(), $response->getReasonPhrase(), $headers);
    $stream = $response->getBody();
    if ($stream->isSeekable()) $stream->rewind();
    $size = $stream->getSize();
    if ($size !== null && $size <= 65536) {
        $res->end($stream->getContents());
        $stream->close();
        return;
    }
    \Event\async(function () use ($stream, $req, $res): void {
        $wake = null;
        $gone = false;
        $wakeUp = function () use (&$wake): void {
            if ($wake !== null) {
                [$w, $wake] = [$wake, null];
                $w(null);
            }
        };
        $res->on('drain', $wakeUp);
        $res->once('close', function () use (&$gone, $wakeUp): void {
            $gone = true;
            $wakeUp();
        });
        try {
            while (!$gone && !$stream->eof()) {
                $chunk = $stream->read(65536);
                if ($chunk === '') break;
                if (!$res->write($chunk)) {
                    \Event\await(new \Event\Promise(function (callable $resolve) use (&$wake): void {
                        $wake = $resolve;
                    }));
                }
            }
            if (!$gone) $res->end();
        } catch (\Throwable $e) {
            report($e);
            $req->socket->destroy();
        } finally {
            $stream->close();
        }
    });
}

/**
 * An application's response headers (name => value or values) with what it added through PHP
 * itself (header(), setcookie(), session_start()'s cookie: headers_list() in
 * Event\Serve::request()) below them, as php-fpm sends both: a name the response has keeps
 * the response's values, Set-Cookie gets both.
 */
function with_native_headers(array $headers): array
{
    $native = headers_list();
    if ($native === []) return $headers;
    $names = [];
    foreach (array_keys($headers) as $name) $names[strtolower((string) $name)] = $name;
    $added = [];
    foreach ($native as $line) {
        [$name, $value] = explode(':', $line, 2) + [1 => ''];
        $lower = strtolower($name);
        if (isset($names[$lower]) && $lower !== 'set-cookie') continue;
        $added[$lower][] = ltrim($value);
        $names[$lower] ??= $name;
    }
    foreach ($added as $lower => $values) {
        $name = $names[$lower];
        $headers[$name] = array_merge((array) ($headers[$name] ?? []), $values);
    }
    return $headers;
}

/**
 * What serves one request of an application mode: $handle in Event\Serve::request() (PHP's
 * headers and session of a request), and with --exec-timeout ($timeout > 0) under
 * Event\Serve::limit() (a 504 past it, and the worker replaced).
 */
function application_handler(callable $handle, float $timeout): callable
{
    $scoped = fn(array $job): bool => \Event\Serve::request(fn(): bool => $handle($job));
    if ($timeout <= 0) return $scoped;
    return fn(array $job): bool => \Event\Serve::limit($job[1], $timeout, fn(): bool => $scoped($job)) ?? false;
}

/** PHP's own report of an uncaught exception, in the log. */
function report(\Throwable $e): void
{
    error_log('PHP Fatal error:  Uncaught ' . $e);
}

/** After the application failed: $status (empty) when nothing went out yet, else the connection cut. */
function answer_failure(\Event\HTTP\Request $req, \Event\HTTP\Response $res, int $status = 500, array $headers = []): void
{
    if (!$res->headersSent) {
        $res->writeHead($status, $headers + ['Content-Length' => 0]);
        $res->end();
    } else {
        $req->socket->destroy();
    }
}

/** The cookies of a Cookie header, as PHP parses them into $_COOKIE (the first of a name wins). */
function parse_cookies(string $header): array
{
    $cookies = [];
    foreach (explode(';', $header) as $pair) {
        [$k, $v] = array_map('trim', explode('=', $pair, 2)) + [1 => ''];
        if ($k !== '' && !isset($cookies[$k])) $cookies[$k] = urldecode($v);
    }
    return $cookies;
}

/**
 * Calls $fn(array $post, array $files) with a POST form body parsed by PHP's own code
 * (Event\Serve::form(): url-encoded and multipart, uploads as temporary files that
 * is_uploaded_file() accepts while $fn runs); $fn([], []) for any other request.
 */
function with_form(string $method, array $server, string|RequestBody $body, callable $fn): mixed
{
    return is_form($method, $server) ? \Event\Serve::form($server['CONTENT_TYPE'], $body, $fn) : $fn([], []);
}

/** Whether PHP parses this request's body into $_POST/$_FILES (a POST form). */
function is_form(string $method, array $server): bool
{
    $type = strtolower(trim(explode(';', $server['CONTENT_TYPE'] ?? '')[0]));
    return $method === 'POST' && ($type === 'application/x-www-form-urlencoded' || $type === 'multipart/form-data');
}

/** A string body, or a streamed one, as a PHP stream at its start. */
function body_stream(string|RequestBody $body)
{
    if ($body instanceof RequestBody) return $body->stream();
    $stream = fopen('php://temp', 'w+');
    fwrite($stream, $body);
    rewind($stream);
    return $stream;
}

/**
 * $_FILES-shaped uploads as a tree in PSR-7's shape (field => file, name[...] fields nested),
 * each file made by $make(tmp_name, size, error, name, type).
 */
function upload_tree(array $files, callable $make): array
{
    $tree = [];
    foreach ($files as $key => $spec) {
        $tree[$key] = upload_leaf($make, $spec['tmp_name'], $spec['size'], $spec['error'], $spec['name'], $spec['type']);
    }
    return $tree;
}

function upload_leaf(callable $make, mixed $tmp, mixed $size, mixed $error, mixed $name, mixed $type): mixed
{
    if (is_array($tmp)) {  // name[...] fields: the same keys in every column
        $tree = [];
        foreach ($tmp as $k => $t) $tree[$k] = upload_leaf($make, $t, $size[$k], $error[$k], $name[$k], $type[$k]);
        return $tree;
    }
    return $make($tmp, (int) $size, (int) $error, $name, $type);
}

/** $_FILES-shaped uploads as a tree of PSR-7 UploadedFileInterface made by PSR-17 factory $f. */
function psr7_uploads(object $f, array $files): array
{
    return upload_tree($files, fn(string $tmp, int $size, int $error, ?string $name, ?string $type): object => $f->createUploadedFile(
        $error === UPLOAD_ERR_OK ? $f->createStreamFromFile($tmp) : $f->createStream(''), $size, $error, $name, $type));
}

/**
 * The HttpFoundation request (Symfony's, or a subclass: Laravel's) for one edges request (no
 * PSR-7 hop, no superglobals).
 */
function symfony_request(array $server, string|RequestBody $body, array $post, array $files,
    string $class = \Symfony\Component\HttpFoundation\Request::class): object
{
    parse_str($server['QUERY_STRING'], $query);
    return new $class($query, $post, [], parse_cookies($server['HTTP_COOKIE'] ?? ''), $files, $server,
        $body instanceof RequestBody ? $body->stream() : $body);
}

/**
 * Sends a Symfony response: prepare()d for its request, cookies as Set-Cookie headers; a
 * StreamedResponse's output goes out as it is flushed; a BinaryFileResponse's file, and the
 * file an X-Sendfile header names, by sendfile(2) (send_file()).
 */
function send_symfony(object $r, object $request, \Event\HTTP\Request $req, \Event\HTTP\Response $res): void
{
    $r->prepare($request);
    $headers = $r->headers->allPreserveCaseWithoutCookies();
    $cookies = array_map('strval', $r->headers->getCookies());
    if ($cookies) $headers['Set-Cookie'] = $cookies;
    $headers = with_native_headers($headers);
    if ($r->headers->has('X-Sendfile')) {
        send_file((string) $r->headers->get('X-Sendfile'), $headers, $req, $res);
        return;
    }
    if ($r instanceof \Symfony\Component\HttpFoundation\BinaryFileResponse) {
        $path = $r->getFile()->getRealPath();
        send_file($path === false ? $r->getFile()->getPathname() : $path, $headers, $req, $res);
        // deleteFileAfterSend(): the file server holds the file open; the name can go now.
        if ((fn(): bool => $this->deleteFileAfterSend)->call($r)) @unlink($r->getFile()->getPathname());
        return;
    }
    $status = $r->getStatusCode();
    $res->writeHead($status, \Symfony\Component\HttpFoundation\Response::$statusTexts[$status] ?? '', $headers);
    if ($r instanceof \Symfony\Component\HttpFoundation\StreamedResponse) {
        // Each echo of the callback, and each flush(), goes out as a chunk.
        ob_start(function (string $buffer) use ($res): string {
            if ($buffer !== '') $res->write($buffer);
            return '';
        }, 1);
        try {
            $r->sendContent();
        } finally {
            ob_end_clean();
        }
        $res->end();
        return;
    }
    $res->end((string) $r->getContent());
}

/**
 * Sends a file an application handed over (X-Sendfile, a BinaryFileResponse) for $req, by
 * sendfile(2) through Event\HTTP\FileServer: it answers conditionals (304) and a range (206,
 * 416) from the request, with its Content-Length, ETag and Last-Modified; the application's
 * other headers (its Content-Type, Content-Disposition, cookies) go with it; a missing file is
 * a 404. $path: absolute (a relative one is taken from the file system's root).
 */
function send_file(string $path, array $headers, \Event\HTTP\Request $req, \Event\HTTP\Response $res): void
{
    static $files = null;
    $files ??= new \Event\HTTP\FileServer('/', ['dotfiles' => 'allow', 'fallthrough' => false, 'index' => false,
        'redirect' => false]);
    // What describes the body is the file server's to say.
    $own = ['x-sendfile', 'content-length', 'content-range', 'accept-ranges', 'transfer-encoding', 'content-encoding',
        'etag', 'last-modified'];
    foreach ($headers as $name => $value) {
        if (!in_array(strtolower((string) $name), $own, true)) $res->setHeader((string) $name, $value);
    }
    $files->handle($req, $res, $path);
}

/**
 * Serves one request with a Symfony kernel: handle(), the response sent, then terminate()
 * and the resets Symfony does between requests (services_resetter, ResetInterface).
 */
function serve_symfony(object $kernel, array $job): bool
{
    [$req, $res, $body, $server] = $job;
    with_form($req->method, $server, $body, function (array $post, array $files) use ($kernel, $req, $res, $body, $server): void {
        handle_kernel($kernel, fn() => reset_symfony($kernel), symfony_request($server, $body, $post, $files), $req, $res);
    });
    return true;
}

/**
 * One request through a kernel (Symfony's HttpKernelInterface, Laravel's HTTP kernel: both take
 * an HttpFoundation request and give a response), the response sent, terminate(), then $reset.
 */
function handle_kernel(object $kernel, callable $reset, object $request, \Event\HTTP\Request $req, \Event\HTTP\Response $res): void
{
    try {
        $response = $kernel->handle($request);
        send_symfony($response, $request, $req, $res);
        if ($kernel instanceof \Symfony\Component\HttpKernel\TerminableInterface
            || $kernel instanceof \Illuminate\Contracts\Http\Kernel) {
            $kernel->terminate($request, $response);
        }
    } catch (\Throwable $e) {
        // An HTTP exception the kernel let out (a kernel built without FrameworkBundle's error
        // listener) keeps its status and headers, and is not an error of the application.
        $http = $e instanceof \Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
        if (!$http || $e->getStatusCode() >= 500) report($e);
        answer_failure($req, $res, $http ? $e->getStatusCode() : 500, $http ? $e->getHeaders() : []);
    } finally {
        $reset();
    }
}

function reset_symfony(object $kernel): void
{
    if (method_exists($kernel, 'getContainer')) {
        $container = $kernel->getContainer();
        if ($container !== null && $container->has('services_resetter')) $container->get('services_resetter')->reset();
    }
    if ($kernel instanceof \Symfony\Contracts\Service\ResetInterface) $kernel->reset();
}

/**
 * The base directory of a Laravel application whose public/index.php is the front controller
 * (it requires ../bootstrap/app.php and handles the request with Illuminate's kernel), else null.
 */
function laravel_base(string $script): ?string
{
    $base = dirname($script, 2);
    if (!is_file("$base/bootstrap/app.php")) return null;
    $source = (string) file_get_contents($script);
    return str_contains($source, 'bootstrap/app.php') && str_contains($source, 'Illuminate\\') ? $base : null;
}

/**
 * Boots a Laravel application once: Composer's autoloader, bootstrap/app.php, the HTTP kernel's
 * bootstrappers (environment, configuration, facades, service providers). Returns the kernel.
 */
function load_laravel(string $base): object
{
    defined('LARAVEL_START') || define('LARAVEL_START', microtime(true));
    if (is_file("$base/vendor/autoload.php")) require_once "$base/vendor/autoload.php";
    $app = (static fn() => require "$base/bootstrap/app.php")();
    if (!$app instanceof \Illuminate\Foundation\Application) {
        throw new \UnexpectedValueException("$base/bootstrap/app.php returned " . get_debug_type($app) . ', not an Illuminate\\Foundation\\Application');
    }
    \Illuminate\Http\Request::enableHttpMethodParameterOverride();  // as Request::capture() does
    $kernel = $app->make(\Illuminate\Contracts\Http\Kernel::class);
    $kernel->bootstrap();
    // When the worker stops (this runs after the loop): the application is a web of cycles that
    // static properties (Container::$instance, the facades') and Laravel's error handler
    // (HandleExceptions) hold, which PHP releases only after its last collection of cycles,
    // leaving it unfreed (php-cli does the same with a booted Laravel). Let it go while the
    // collection that edges runs at request shutdown can still free it (so the function holds
    // no reference of its own: PHP frees shutdown functions after that collection too).
    register_shutdown_function(static function (): void {
        \Illuminate\Container\Container::getInstance()->flush();
        \Illuminate\Support\Facades\Facade::clearResolvedInstances();
        \Illuminate\Support\Facades\Facade::setFacadeApplication(null);
        \Illuminate\Container\Container::setInstance(null);
        $handler = set_error_handler(null);
        if (is_array($handler) && $handler[0] instanceof \Illuminate\Foundation\Bootstrap\HandleExceptions) {
            (fn() => $this->app = null)->call($handler[0]);
        }
    });
    return $kernel;
}

/**
 * Serves one request with a booted Laravel application. The request gets a copy of the
 * configuration as booted (what it changes with config([...]) is its own) and no facade
 * instance resolved by an earlier one; afterwards the state Laravel keeps per request in
 * long-lived services is dropped (as Octane does; README "edges serve").
 */
function serve_laravel(object $kernel, object $config, array $job): bool
{
    [$req, $res, $body, $server] = $job;
    $app = $kernel->getApplication();
    $app->instance('config', clone $config);
    \Illuminate\Support\Facades\Facade::clearResolvedInstances();
    with_form($req->method, $server, $body, function (array $post, array $files) use ($kernel, $app, $config, $req, $res, $body, $server): void {
        handle_kernel($kernel, fn() => reset_laravel($app, $config),
            symfony_request($server, $body, $post, $files, \Illuminate\Http\Request::class), $req, $res);
    });
    return true;
}

function reset_laravel(object $app, object $config): void
{
    $app->forgetScopedInstances();
    if ($app->resolved('auth')) $app['auth']->forgetGuards();  // the user one request logged in
    if ($app->resolved('session')) {
        // A session store merges what it reads into what it holds: a new one per request.
        $app['session']->forgetDrivers();
        $app->forgetInstance('session.store');
    }
    if ($app->resolved('cookie')) $app['cookie']->flushQueuedCookies();
    if ($app->resolved('translator')) $app['translator']->setLocale($config->get('app.locale'));
    if ($app->resolved('log')) $app['log']->withoutContext();
    if ($app->resolved('db')) {
        foreach ($app['db']->getConnections() as $connection) $connection->flushQueryLog();
    }
}

/**
 * Serves one request with a Slim 3 application: Slim's own request, made from the request's
 * $_SERVER-shaped variables, its body, and the form and uploads PHP parsed, is put in the
 * container where App::run() takes it, with a new response from the container's 'response'
 * factory (a route writes into the response's body stream: a shared one would collect every
 * request's output); run(true) gives the finished response (echoed output, Content-Length,
 * HEAD, Slim's error handlers), sent as a PSR-7 response.
 */
function serve_slim(object $app, \Closure $newResponse, array $job): bool
{
    [$req, $res, $body, $server] = $job;
    try {
        $response = with_form($req->method, $server, $body, function (array $post, array $files) use ($app, $newResponse, $server, $body): object {
            // SAPI uploads: moveTo() uses move_uploaded_file(), which accepts PHP's own spool files.
            $uploads = upload_tree($files, fn(string $tmp, int $size, int $error, ?string $name, ?string $type): object
                => new \Slim\Http\UploadedFile($tmp, $name, $type, $size, $error, true));
            $env = new \Slim\Http\Environment($server + ['slim.files' => $uploads]);
            $request = \Slim\Http\Request::createFromEnvironment($env)->withBody(new \Slim\Http\Body(body_stream($body)));
            if ($post) $request = $request->withParsedBody($post);
            $c = $app->getContainer();
            unset($c['environment'], $c['request'], $c['response']);
            $c['environment'] = $env;
            $c['request'] = $request;
            $c['response'] = $newResponse;
            return $app->run(true);
        });
        send_psr7($response, $req, $res);
    } catch (\Throwable $e) {
        report($e);
        answer_failure($req, $res);
    }
    return true;
}

/** Serves one request with a long-lived application; returns whether the process goes on. */
function serve_application(object $app, object $psr17, array $job): bool
{
    [$req, $res, $body, $server] = $job;
    try {
        $response = with_form($req->method, $server, $body,
            fn(array $post, array $files) => $app->handle(psr7_request($psr17, $req, $server, $body, $post, $files)));
        send_psr7($response, $req, $res);
    } catch (\Throwable $e) {
        report($e);
        answer_failure($req, $res);
    }
    return true;
}

/** HOST:PORT (or [v6]:PORT, :PORT for every address) as [host, port]; null when it is none. */
function listen_address(string $listen): ?array
{
    if (!preg_match('/^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/', $listen, $m)) return null;
    return [$m[1] !== '' ? $m[1] : ($m[2] !== '' ? $m[2] : '0.0.0.0'), (int) $m[3]];
}

/** The $_SERVER entries every request of $script shares (what nginx's fastcgi_params give). */
function base_server_vars(string $script, string $root): array
{
    return [
        'GATEWAY_INTERFACE' => 'CGI/1.1',
        'SERVER_SOFTWARE' => 'edges/' . phpversion('edges'),
        'SCRIPT_FILENAME' => $script,
        'SCRIPT_NAME' => '/' . basename($script),
        'PHP_SELF' => '/' . basename($script),
        'DOCUMENT_ROOT' => $root,
    ];
}

/**
 * The whole body of a request that has one, once it has arrived; null when the client left
 * before (awaits: the HTTP handler's Fiber waits while the loop serves others).
 */
function whole_body(\Event\HTTP\Request $req): ?string
{
    return \Event\await(new \Event\Promise(function (callable $resolve) use ($req): void {
        $req->body($resolve);
        $req->once('aborted', fn() => $resolve(null));
    }));
}

/** Whether a request has a body (a Content-Length above 0, or one chunked). */
function has_body(array $server): bool
{
    return isset($server['HTTP_TRANSFER_ENCODING']) || (int) ($server['CONTENT_LENGTH'] ?? 0) > 0;
}

/**
 * Serves requests on $host:$port with $handle, one at a time (job: [request, response, body,
 * $_SERVER-shaped variables]; it returns whether the process can go on). A body PHP parses (a
 * POST form) reaches $handle whole, any other as a RequestBody read while it arrives;
 * $files: static files first. Says where it listens on stdout ("edges serve: $script on
 * http://...").
 */
function serve_requests(callable $handle, string $host, int $port, ?\Event\HTTP\FileServer $files,
    array $base, string $script): \Event\HTTP\Server
{
    $waiting = new \SplQueue();
    $running = false;
    $server = null;
    // Runs what waits, one request at a time, in the Fiber of the HTTP handler that found the
    // queue idle (edges' pooled Fibers: the application may await, a streamed body's reads do);
    // one that awaits lets others queue behind it, and this same Fiber runs them after it.
    $run = function () use (&$running, &$server, $waiting, $handle): void {
        while (!$waiting->isEmpty()) {
            if (!$handle($waiting->dequeue()) && !\Event\Cluster::isWorker()) {
                // Outside a cluster nobody replaces this process: stop taking requests.
                fwrite(STDERR, "edges serve: this process cannot serve more scripts; stopping\n");
                $server->close();
            }
        }
        $running = false;
    };
    $server = \Event\HTTP::createServer(
        ['maxBodySize' => ini_bytes((string) ini_get('post_max_size'))],
        function (\Event\HTTP\Request $req, \Event\HTTP\Response $res) use ($files, $base, $waiting, &$running, $run): void {
            if ($files !== null && !str_ends_with(strtok($req->url, '?'), '.php') && $files->handle($req, $res)) {
                return;
            }
            $vars = server_vars($req, $base);
            if (!has_body($vars)) {
                $body = '';
            } elseif (!is_form($req->method, $vars)) {
                $length = isset($vars['HTTP_TRANSFER_ENCODING']) ? null : (int) $vars['CONTENT_LENGTH'];
                $body = new RequestBody($req, $res, $length);
            } elseif (($body = whole_body($req)) === null) {
                return;
            }
            $waiting->enqueue([$req, $res, $body, $vars]);
            if (!$running) {
                $running = true;
                $run();
            }
        }
    );
    $server->listen($port, $host, function () use (&$server, $script): void {
        $a = $server->address();
        $where = str_contains($a['address'], ':') ? "[{$a['address']}]:{$a['port']}" : "{$a['address']}:{$a['port']}";
        $who = \Event\Cluster::isWorker() ? 'worker ' . \Event\Cluster::workerId() . ', ' : '';
        echo "edges serve: $script on http://$where/ ({$who}pid " . getmypid() . ")\n";
    });
    return $server;
}
