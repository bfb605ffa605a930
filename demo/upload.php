<?php
// Streams each request body to a file as it arrives and answers with its size
// and sha256 (never holding the whole upload in memory).
//   ./bin/edges demo/upload.php [port]      then: curl -T bigfile http://127.0.0.1:8081/
$port = (int) ($argv[1] ?? 8081);
$dir = sys_get_temp_dir();
$server = Event\HTTP::createServer(['maxBodySize' => 1 << 30], function ($req, $res) use ($dir) {
    if ($req->method !== 'POST' && $req->method !== 'PUT') {
        $res->writeHead(405, ['Allow' => 'POST, PUT']);
        $res->end("POST or PUT a body\n");
        return;
    }
    $path = tempnam($dir, 'upload-');
    $file = fopen($path, 'wb');
    $hash = hash_init('sha256');
    $size = 0;
    $req->on('data', function (string $chunk) use ($file, $hash, &$size) {
        fwrite($file, $chunk);   // a local file write; fine for a demo, slow disks would stall the loop
        hash_update($hash, $chunk);
        $size += strlen($chunk);
    });
    $req->on('end', function () use ($res, $file, $hash, &$size, $path) {
        fclose($file);
        $res->writeHead(200, ['Content-Type' => 'application/json']);
        $res->end(json_encode(['size' => $size, 'sha256' => hash_final($hash), 'file' => $path]) . "\n");
    });
    $req->on('aborted', function () use ($file, $path) { fclose($file); unlink($path); });
});
$server->listen($port, '127.0.0.1', function () use ($server) {
    echo "Upload server listening on 127.0.0.1:{$server->address()['port']}\n";
});
