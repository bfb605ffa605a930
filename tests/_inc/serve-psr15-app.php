<?php
// A PSR-15 application on Nyholm's PSR-7 (tests/18-serve/003-psr15.phpt serves it).
namespace App;

use Nyholm\Psr7\Factory\Psr17Factory;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

require_once '/usr/share/php/Nyholm/Psr7/autoload.php';
require_once __DIR__ . '/psr15-interface.php';

final class Handler implements RequestHandlerInterface
{
    private int $handled = 0;  // the application lives across requests: kept on purpose

    public function __construct(private string $name, private Psr17Factory $f) {}

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $this->handled++;
        switch ($request->getUri()->getPath()) {
        case '/':
            return $this->f->createResponse(200)
                ->withHeader('Content-Type', 'application/json')
                ->withAddedHeader('Set-Cookie', 'a=1')
                ->withAddedHeader('Set-Cookie', 'b=2')
                ->withBody($this->f->createStream(json_encode([
                    'app' => $this->name,
                    'handled' => $this->handled,
                    'method' => $request->getMethod(),
                    'query' => $request->getQueryParams(),
                    'form' => $request->getParsedBody(),
                    'body' => (string) $request->getBody(),
                    'cookies' => $request->getCookieParams(),
                    'agent' => $request->getHeaderLine('User-Agent') !== '',
                    'remote' => $request->getServerParams()['REMOTE_ADDR'],
                ]) . "\n"));
        case '/big':
            // 4 MiB from a stream: sent in pieces as the client reads.
            $s = fopen('php://temp', 'w+');
            for ($i = 0; $i < 64; $i++) fwrite($s, str_repeat(chr(65 + $i % 26), 65536));
            return $this->f->createResponse(200)->withBody($this->f->createStreamFromResource($s));
        case '/upload':
            $doc = $request->getUploadedFiles()['doc'];
            $target = sys_get_temp_dir() . '/edges-psr-upload-' . getmypid();
            $doc->moveTo($target);
            $out = sprintf("%s %d bytes, field %s, moved: %s\n", $doc->getClientFilename(), $doc->getSize(),
                $request->getParsedBody()['field'], file_get_contents($target) === str_repeat('p', 3000) ? 'intact' : 'damaged');
            unlink($target);
            return $this->f->createResponse(200)->withBody($this->f->createStream($out));
        case '/echo':
            // The request body, as it arrives, back as the response body (streamed both ways).
            return $this->f->createResponse(200)->withHeader('X-Body-Size', (string) $request->getBody()->getSize())
                ->withBody($request->getBody());
        case '/sum':
            // Reads the body in pieces while it arrives.
            $body = $request->getBody();
            $hash = hash_init('sha1');
            $n = $reads = 0;
            while (!$body->eof()) {
                $piece = $body->read(65536);
                hash_update($hash, $piece);
                $n += strlen($piece);
                $reads++;
            }
            return $this->f->createResponse(200)->withBody($this->f->createStream(
                "$n bytes, sha1 " . hash_final($hash) . ', in ' . ($reads > 1 ? 'pieces' : 'one read') . "\n"));
        case '/await':
            // The application awaits (a timer here; a query or a fetch in an app) while handling a
            // request without a streamed body: a GET, or a form PHP parsed first.
            $waited = \Event\await(new \Event\Promise(fn(callable $ok) => \Event\setTimeout(fn() => $ok('awaited'), 1)));
            return $this->f->createResponse(200)->withBody($this->f->createStream(
                "$waited in a {$request->getMethod()}, form " . json_encode($request->getParsedBody()) . "\n"));
        case '/xsend':
            // A file handed to the server (tests/18-serve/008): the body given is not sent.
            return $this->f->createResponse(200)->withHeader('X-Sendfile', $request->getQueryParams()['file'])
                ->withBody($this->f->createStream('not this'));
        case '/spin':
            // A runaway request (tests/18-serve/012: --exec-timeout ends it).
            for (;;) {
            }
        case '/throw':
            throw new \LogicException('thrown by the handler');
        default:
            return $this->f->createResponse(404, 'Nothing Here');
        }
    }
}

return function (array $context): RequestHandlerInterface {
    return new Handler($context['APP_NAME'] ?? 'unnamed', new Psr17Factory());
};
