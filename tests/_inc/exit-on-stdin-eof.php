<?php
// Prepended to test children (servers under test): they exit cleanly, with
// shutdown and leak checks, when the test closes their stdin; a signal would
// cut valgrind's report short.
require __DIR__ . '/valgrind-shutdown.php';
stream_set_blocking(STDIN, false);
Event\setInterval(function () {
    if (fread(STDIN, 1) === '' && feof(STDIN)) exit(0);
}, 50)->unref();
