--TEST--
interop: Python's gzip and brotli modules (Debian's python3-brotli) decode what the 'compression' option sends, whole and streamed, and a precompressed .br sibling from FileServer
--EXTENSIONS--
edges
--SKIPIF--
<?php if (trim((string) shell_exec("/usr/bin/python3 -c 'import brotli, gzip; print(1)' 2>/dev/null")) !== '1') die('skip /usr/bin/python3 with brotli not installed'); ?>
--FILE--
<?php
require __DIR__ . '/../_inc/http.inc';
require __DIR__ . '/../_inc/file.inc';
$root = file_tmpdir('py-www');
$css = str_repeat("body { color: #333; margin: 0 auto; }\n", 300);
file_put_contents("$root/site.css", $css);
$files = new Event\HTTP\FileServer($root);
$server = Event\HTTP::createServer(['compression' => true], function ($req, $res) use ($files) {
    if ($req->url === '/whole') {
        $res->setHeader('Content-Type', 'text/plain');
        $res->end(str_repeat("whole body line\n", 2000));
        return;
    }
    if ($req->url === '/streamed') {
        $res->setHeader('Content-Type', 'text/plain');
        $n = 0;
        $t = Event\setInterval(function () use ($res, &$n, &$t) {
            $res->write(str_repeat("piece $n\n", 200));
            if (++$n === 5) { Event\clearInterval($t); $res->end("end\n"); }
        }, 1);
        return;
    }
    $files->handle($req, $res) || $res->writeHead(404)->end();
})->listen(0, '127.0.0.1');
$py = <<<'PY'
import sys, gzip, brotli, urllib.request
base = 'http://127.0.0.1:' + sys.argv[1]
def get(path, enc):
    r = urllib.request.urlopen(urllib.request.Request(base + path, headers={'Accept-Encoding': enc}))
    return r.headers.get('Content-Encoding'), r.read()
for path in ['/whole', '/streamed']:
    for enc in ['gzip', 'br']:
        ce, body = get(path, enc)
        plain = gzip.decompress(body) if ce == 'gzip' else brotli.decompress(body)
        print(path, enc, ce, len(plain), plain.splitlines()[-1].decode(), len(body) < len(plain))
ce, body = get('/site.css', 'br')
print('/site.css br', ce, len(body))
PY;
file_put_contents("$root/site.css.br", (function () use ($css) {
    $p = proc_open(['/usr/bin/python3', '-c', 'import sys, brotli; sys.stdout.buffer.write(brotli.compress(sys.stdin.buffer.read()))'], [['pipe', 'r'], ['pipe', 'w']], $pipes);
    fwrite($pipes[0], $css); fclose($pipes[0]);
    $out = stream_get_contents($pipes[1]); proc_close($p);
    return $out;
})());
$file = tempnam(sys_get_temp_dir(), 'edges-py') . '.py';
file_put_contents($file, $py);
edges_run_client(['/usr/bin/python3', $file, (string) $server->address()['port']], function ($out, $err, $status) use ($server, $file, $root) {
    echo $out, $err, "exit $status\n";
    echo "the .br sibling is what was served: ", filesize("$root/site.css.br") < 1000 ? 'yes' : 'no', "\n";
    unlink($file);
    $server->close();
});
Event\Loop::run();
?>
===DONE===
--EXPECTF--
/whole gzip gzip 32000 whole body line True
/whole br br 32000 whole body line True
/streamed gzip gzip %d end True
/streamed br br %d end True
/site.css br br %d
exit 0
the .br sibling is what was served: yes
===DONE===
