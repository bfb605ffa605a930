<?php
// A front controller written for php-fpm (tests/18-serve serve it).
function greeting() { global $name; static $calls = 0; $calls++; return "hello $name" . ($calls > 1 ? " (again: $calls)" : ''); }
class Visits { public static int $count = 0; public static function seen(): int { static $n = 0; return ++$n; } }
const DECLARED_PER_REQUEST = 1;
// A typed property of another class of the script: checked against the class declared this time.
class Repository {}
class Controller { public function __construct(public Repository $repository) {} }
new Controller(new Repository());
$name = $_GET['name'] ?? 'world';
Visits::$count++;
switch (parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH)) {
case '/':
    header('X-App: classic');
    setcookie('a', '1');
    setcookie('b', '2');
    echo greeting(), '; visits this request: ', Visits::$count, '/', Visits::seen(), '; leaked global: ',
        isset($GLOBALS['leak']) ? 'yes' : 'no', "\n";
    $GLOBALS['leak'] = true;
    break;
case '/form':
    header('Content-Type: application/json');
    echo json_encode([
        'method' => $_SERVER['REQUEST_METHOD'],
        'get' => $_GET,
        'post' => $_POST,
        'input' => file_get_contents('php://input'),
        'files' => array_map(fn($f) => [$f['name'], $f['size'], is_uploaded_file($f['tmp_name']),
            move_uploaded_file($f['tmp_name'], sys_get_temp_dir() . '/edges-serve-moved-' . getmypid())], $_FILES),
        'request' => $_REQUEST,
    ]), "\n";
    @unlink(sys_get_temp_dir() . '/edges-serve-moved-' . getmypid());
    break;
case '/session':
    session_start();
    $_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;
    echo "session n=", $_SESSION['n'], "\n";
    break;
case '/env':
    echo json_encode([getenv('APP_NAME'), getenv('CHANGED'), ini_get('precision')]), "\n";
    putenv('CHANGED=yes');
    ini_set('precision', '3');
    break;
case '/stream':
    for ($i = 0; $i < 3; $i++) {
        echo "line $i\n";
        flush();
    }
    break;
case '/status':
    http_response_code(404);
    header('Location: /elsewhere', true, 302);
    echo "moved";
    exit;
case '/opcache':
    echo 'this script in OPcache: ', function_exists('opcache_get_status') && isset(opcache_get_status(true)['scripts'][__FILE__]) ? 'yes' : 'no';
    break;
case '/xsend':
    // The file by the server, with the script's headers; what it echoed and its status are dropped.
    header('X-Sendfile: ' . $_GET['file']);
    header('Content-Disposition: attachment; filename="notes.txt"');
    http_response_code(201);
    echo "not this";
    exit;
case '/buffered':
    ob_start();
    echo "kept in a buffer";
    break;
case '/throw':
    ob_start();
    echo "never sent";
    throw new RuntimeException('thrown by the app');
case '/redeclare':
    eval('function greeting() {}');
    break;
case '/timeout':
    set_time_limit(1);
    for (;;) {}
case '/slow':
    echo "started\n";
    sleep(60);
    echo "never\n";
    break;
case '/echo':
    // php://input as it arrives, back in pieces (tests/18-serve/013).
    header('Content-Type: application/octet-stream');
    header('X-Body-Size: ' . ($_SERVER['CONTENT_LENGTH'] ?? 'unknown'));
    $in = fopen('php://input', 'r');
    while (($piece = fread($in, 8192)) !== '' && $piece !== false) {
        echo $piece;
        flush();
    }
    break;
case '/sum':
    $in = fopen('php://input', 'r');
    $hash = hash_init('sha1');
    $n = $reads = 0;
    while (!feof($in)) {
        $piece = fread($in, 65536);
        hash_update($hash, $piece);
        $n += strlen($piece);
        $reads++;
    }
    // Read again from its start, as php://input can be.
    echo "$n bytes, sha1 ", hash_final($hash), ', in ', $reads > 1 ? 'pieces' : 'one read', ', again: ',
        strlen(file_get_contents('php://input')), "\n";
    break;
case '/await':
    $waited = Event\await(new Event\Promise(fn(callable $ok) => Event\setTimeout(fn() => $ok('awaited'), 1)));
    echo "$waited in a {$_SERVER['REQUEST_METHOD']}, post ", json_encode($_POST), "\n";
    break;
case '/oom':
    ini_set('memory_limit', '32M');
    $s = str_repeat('x', 64 << 20);
    break;
}
