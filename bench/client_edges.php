<?php
// The edges side of bench/http-client: CONC keep-alive GET loops against 127.0.0.1:PORT for
// SECS seconds; prints "requests cpu_seconds wall_seconds".
[, $port, $secs, $conc] = $argv;
$agent = new Event\HTTP\Agent(['maxSockets' => (int) $conc]);
$options = ['hostname' => '127.0.0.1', 'port' => (int) $port, 'path' => '/', 'agent' => $agent];
$n = 0;
$start = hrtime(true);
$end = $start + (int) ($secs * 1e9);
$one = function () use (&$one, &$n, $end, $options) {
    Event\HTTP::get($options, function (Event\HTTP\IncomingMessage $res) use (&$one, &$n, $end) {
        $res->on('data', fn() => null);
        $res->on('end', function () use (&$one, &$n, $end) {
            $n++;
            if (hrtime(true) < $end) $one();
        });
    });
};
for ($i = 0; $i < (int) $conc; $i++) $one();
Event\Loop::run();
$u = getrusage();
printf("%d %.4f %.4f\n", $n, $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6,
    (hrtime(true) - $start) / 1e9);
