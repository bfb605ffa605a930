<?php
// Errors the application reports go to the worker's stderr.
return [
    'default' => 'stderr',
    'channels' => [
        'stderr' => ['driver' => 'monolog', 'handler' => Monolog\Handler\StreamHandler::class,
            'with' => ['stream' => 'php://stderr']],
    ],
];
