<?php
// Prepended to test children under valgrind (EDGES_VALGRIND=1, see child.inc). A release
// PHP neither collects cycles at shutdown nor frees objects still referenced then (a debug
// PHP does both), so a plain `$a = new stdClass; $a->self = $a;` shows as "definitely
// lost". Once the loop is done (this shutdown function runs after the one that runs it),
// drop the globals: edges' RSHUTDOWN then releases what the loop held and collects the
// cycles, and what valgrind still reports is a real leak.
if (getenv('EDGES_VALGRIND') === '1') {
    register_shutdown_function(function () {
        foreach (array_keys($GLOBALS) as $name) {
            if ($name !== 'GLOBALS') unset($GLOBALS[$name]);
        }
    });
}
