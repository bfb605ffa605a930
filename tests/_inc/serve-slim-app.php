<?php
// A Slim 3 application (Debian's php-slim) for tests/18-serve/007: the front controller returns
// a closure giving the App (run once per worker); edges serve drives App::run() per request.
require_once '/usr/share/php/Slim/autoload.php';

use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

return function (array $context): Slim\App {
    $app = new Slim\App(['settings' => ['displayErrorDetails' => false]]);
    $served = 0;  // state the application keeps on purpose
    $app->map(['GET', 'POST'], '/', function (Request $req, Response $res) use (&$served): Response {
        return $res->withJson([
            'name' => $req->getQueryParams()['name'] ?? null,
            'body' => $req->getParsedBody(),
            'cookies' => $req->getCookieParams(),
            'method' => $req->getMethod(),
            'uri' => (string) $req->getUri()->getPath() . '?' . $req->getUri()->getQuery(),
            'client' => $req->getServerParams()['REMOTE_ADDR'],
            'served' => $served++,
        ])->withHeader('Set-Cookie', 'slim=yes; path=/');
    });
    $app->get('/users/{id:[0-9]+}', function (Request $req, Response $res, array $args): Response {
        $res->getBody()->write("user {$args['id']}\n");
        return $res;
    });
    $app->get('/echo', function (Request $req, Response $res): Response {
        echo "echoed by the route\n";  // Slim appends what a route echoes (outputBuffering)
        return $res;
    });
    $app->get('/big', function (Request $req, Response $res): Response {
        $stream = fopen('php://temp', 'w+');
        for ($i = 0; $i < 1024; $i++) fwrite($stream, str_pad("line $i", 1023, '.') . "\n");
        return $res->withBody(new Slim\Http\Body($stream))->withoutHeader('Content-Length');
    });
    $app->post('/upload', function (Request $req, Response $res): Response {
        $file = $req->getUploadedFiles()['doc'];
        $dir = sys_get_temp_dir() . '/edges-slim-' . getmypid();
        @mkdir($dir);
        $file->moveTo("$dir/moved.txt");
        $intact = file_get_contents("$dir/moved.txt") === str_repeat('s', $file->getSize());
        unlink("$dir/moved.txt");
        rmdir($dir);
        $res->getBody()->write("{$file->getClientFilename()} {$file->getSize()} bytes, field "
            . $req->getParsedBody()['field'] . ', moved: ' . ($intact ? 'intact' : 'damaged') . "\n");
        return $res;
    });
    $app->get('/fail', function (): Response {
        throw new DomainException('thrown by a route');
    });
    return $app;
};
