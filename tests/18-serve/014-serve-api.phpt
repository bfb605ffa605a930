--TEST--
Event\Serve's API used directly: script() with a body reader (pieces as they come; a reader that returns no string is a TypeError the script can catch), request()'s header list and session taken back, and clear errors for bad arguments and nested calls
--EXTENSIONS--
edges
--FILE--
<?php
$script = tempnam(sys_get_temp_dir(), 'edges-serve-api') . '.php';
file_put_contents($script, '<?php
try {
    $in = fopen("php://input", "r");
    $pieces = [];
    while (($piece = fread($in, 8192)) !== "" && $piece !== false) $pieces[] = strlen($piece);
    echo "read ", implode("+", $pieces), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
');
$try = function (callable $fn): void {
    try {
        $fn();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
};
$server = Event\HTTP::createServer([], function (Event\HTTP\Request $req, Event\HTTP\Response $res) use ($script, $try) {
    $vars = ['REQUEST_METHOD' => 'PUT', 'REQUEST_URI' => $req->url, 'SCRIPT_FILENAME' => $script];
    switch ($req->url) {
    case '/reader':
        // 20,000 bytes in pieces of 3,000: PHP's 8 KiB reads are filled from several of them.
        $left = 20000;
        Event\Serve::script($script, $vars, function (int $max) use (&$left): string {
            $n = min($left, 3000, $max);
            $left -= $n;
            return str_repeat('r', $n);
        }, $res);
        break;
    case '/bad-reader':
        Event\Serve::script($script, $vars, fn(int $max) => 42, $res);
        break;
    case '/errors':
        $try(fn() => Event\Serve::script($script, $vars, '', $res, -1));
        $try(fn() => Event\Serve::script($script, ['REQUEST_URI' => '/'], '', $res));
        $try(fn() => Event\Serve::limit($res, 0, fn() => 1));
        $try(fn() => Event\Serve::limit($res, 5, fn() => Event\Serve::limit($res, 5, fn() => 1)));
        $try(fn() => Event\Serve::request(fn() => Event\Serve::request(fn() => 1)));
        $try(fn() => Event\Serve::request(fn() => throw new DomainException('thrown by the application')));
        $res->end("errors checked\n");
        break;
    }
});
$server->listen(0, '127.0.0.1');
$base = 'http://127.0.0.1:' . $server->address()['port'];
foreach (['/reader', '/bad-reader', '/errors'] as $path) {
    $r = Event\await(Event\HTTP::fetch("$base$path"));
    echo "$path: ", Event\await($r->text());
}
$server->close();
unlink($script);

// request(): header() and session_start() work inside (the CLI had sent its "headers" with
// the first echo above), and nothing of the session is left after.
echo 'headers sent before: ', var_export(headers_sent(), true), "\n";
$id = Event\Serve::request(function (): string {
    // (No output before session_start(): it sends the CLI's head, as it would php-fpm's.)
    $sent = headers_sent();
    ini_set('session.save_path', sys_get_temp_dir());
    $started = session_start();
    header('X-From: the application');
    $list = headers_list();
    echo 'inside: headers sent ', var_export($sent, true), ', session_start ', var_export($started, true), "\n";
    $_SESSION['n'] = 1;
    echo 'header list: ', implode(' | ', array_map(fn($h) => str_replace(session_id(), '(id)', $h), $list)), "\n";
    return session_id();
});
echo 'after: session ', session_status() === PHP_SESSION_NONE ? 'closed' : 'open', ', id ', var_export(session_id(), true),
    ', $_SESSION ', isset($_SESSION) ? 'set' : 'unset', ', headers sent ', var_export(headers_sent(), true), "\n";
$file = sys_get_temp_dir() . "/sess_$id";
echo 'written: ', var_export(file_get_contents($file), true), "\n";
unlink($file);
?>
--EXPECT--
/reader: read 8192+8192+3616
/bad-reader: TypeError: Event\Serve::script(): the body reader must return a string, int returned
ValueError: Event\Serve::script(): Argument #5 ($timeout) must be between 0 (no limit) and a year of seconds
ValueError: Event\Serve::script(): Argument #2 ($server) must have a string REQUEST_METHOD
ValueError: Event\Serve::limit(): Argument #2 ($seconds) must be more than 0 and at most a year of seconds
Error: Event\Serve::limit(): a limited call or a script is running already
Error: Event\Serve::request(): a request or a script is running already
DomainException: thrown by the application
/errors: errors checked
headers sent before: true
inside: headers sent false, session_start true
header list: Set-Cookie: PHPSESSID=(id); path=/ | Expires: Thu, 19 Nov 1981 08:52:00 GMT | Cache-Control: no-store, no-cache, must-revalidate | Pragma: no-cache | X-From: the application
after: session closed, id '', $_SESSION unset, headers sent true
written: 'n|i:1;'
