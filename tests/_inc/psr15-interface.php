<?php
// Debian packages no PSR-15 library: tests/_inc/serve-psr15-app.php declares the interface
// with this when nothing gives it.
namespace Psr\Http\Server {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    if (!interface_exists(RequestHandlerInterface::class)) {
        interface RequestHandlerInterface
        {
            public function handle(ServerRequestInterface $request): ResponseInterface;
        }
    }
}
