--TEST--
edges serve: --public serves static files before the application (a .php path always goes to it, dot files 403, a missing file falls through); a classic script whose function returns a closure at column 0 is still classic (its top level decides, read with PHP's tokenizer)
--EXTENSIONS--
edges
--SKIPIF--
<?php
if (!is_executable('/usr/bin/curl')) die('skip curl is needed');
if (!is_file(PHP_EXTENSION_DIR . '/tokenizer.so')) die("skip PHP's tokenizer module is needed");
--FILE--
<?php
require __DIR__ . '/../_inc/cluster.inc';
require __DIR__ . '/../_inc/file.inc';
$dir = file_tmpdir('serve-public');
mkdir("$dir/public");
file_put_contents("$dir/public/style.css", "body { color: red }\n");
file_put_contents("$dir/public/.env", "SECRET=1\n");
file_put_contents("$dir/public/other.php", "<?php echo 'source of other.php';\n");
file_put_contents("$dir/index.php", <<<'PHP'
<?php
// A classic front controller: run per request. The closure below is returned by a function,
// not by the script (a line-start check would take it for the Symfony Runtime convention).
function make_greeter()
{
return function (string $who): string { return "hello $who"; };
}
$greet = make_greeter();
echo $greet($_GET['who'] ?? 'world'), ' from ', $_SERVER['SCRIPT_NAME'], ' for ', $_SERVER['REQUEST_URI'], "\n";
PHP);
[$proc, $pipes] = cluster_launch(['serve'], 1, ['--listen', '127.0.0.1:0', '--public', "$dir/public",
    '-d', 'extension=' . PHP_EXTENSION_DIR . '/tokenizer.so'], [], "$dir/index.php");
$port = serve_port($pipes);
$show = function (string $path) use ($port): void {
    $r = serve_curl($port, $path);
    $type = preg_match('/^Content-Type: (.*)$/mi', $r, $m) ? $m[1] : '-';
    echo "$path -> ", strtok($r, "\n"), " | $type | ", substr($r, strpos($r, "\n\n") + 2);
};
$show('/style.css');
$show('/?who=edges');
$show('/other.php');
$show('/missing.txt');
$show('/.env');
[$out, $err, $how] = cluster_stop($proc, $pipes);
echo "stopped: $how\n";
?>
===DONE===
--EXPECT--
/style.css -> HTTP/1.1 200 OK | text/css; charset=utf-8 | body { color: red }
/?who=edges -> HTTP/1.1 200 OK | text/html; charset=UTF-8 | hello edges from /index.php for /?who=edges
/other.php -> HTTP/1.1 200 OK | text/html; charset=UTF-8 | hello world from /index.php for /other.php
/missing.txt -> HTTP/1.1 200 OK | text/html; charset=UTF-8 | hello world from /index.php for /missing.txt
/.env -> HTTP/1.1 403 Forbidden | text/plain; charset=utf-8 | Forbidden
stopped: exit 0
===DONE===
