<?php
// Streams each request body to disk through pipe() (a file write stream on the thread pool:
// the loop never waits for the disk, and a slow disk slows the client down, not the
// process), hashing it on the way, and answers with its size and sha256.
//   ./bin/edges demo/upload.php [port]      then: curl -T bigfile http://127.0.0.1:8081/
use Event\File;

$port = (int) ($argv[1] ?? 8081);
$dir = sys_get_temp_dir();
$server = Event\HTTP::createServer(['maxBodySize' => 1 << 30], function ($req, $res) use ($dir) {
    if ($req->method !== 'POST' && $req->method !== 'PUT') {
        $res->writeHead(405, ['Allow' => 'POST, PUT']);
        $res->end("POST or PUT a body\n");
        return;
    }
    $path = tempnam($dir, 'upload-');
    $file = File::createWriteStream($path);
    $hash = hash_init('sha256');
    $req->on('data', fn(string $chunk) => hash_update($hash, $chunk));
    $req->pipe($file);
    $file->on('finish', function () use ($res, $file, $hash, $path) {
        $res->writeHead(200, ['Content-Type' => 'application/json']);
        $res->end(json_encode(['size' => $file->bytesWritten, 'sha256' => hash_final($hash), 'file' => $path]) . "\n");
    });
    $file->on('error', function (Event\FileException $e) use ($res) {
        $res->writeHead(500, ['Content-Type' => 'text/plain']);
        $res->end("cannot store the upload: {$e->getCode()}\n");
    });
    // The client went away mid-upload: the partial file goes.
    $req->on('aborted', function () use ($file, $path) {
        $file->destroy();
        File::unlink($path, fn() => null);
    });
});
$server->listen($port, '127.0.0.1', function () use ($server) {
    echo "Upload server listening on 127.0.0.1:{$server->address()['port']}\n";
});
