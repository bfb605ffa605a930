<?php
// Spawns /bin/true with Event\Process::exec() for $argv[1] seconds, $argv[2] at a time;
// prints the number completed per second and the CPU time (user + system, children included).
$seconds = (float) ($argv[1] ?? 5);
$inFlight = (int) ($argv[2] ?? 8);
$done = 0;
$end = microtime(true) + $seconds;
$start = microtime(true);
$next = function () use (&$next, &$done, $end) {
    if (microtime(true) >= $end) return;
    Event\Process::exec('/bin/true', [], function ($err) use (&$next, &$done) {
        if ($err) { fwrite(STDERR, $err->getMessage() . "\n"); exit(1); }
        $done++;
        $next();
    });
};
for ($i = 0; $i < $inFlight; $i++) $next();
Event\Loop::run();
$elapsed = microtime(true) - $start;
$self = getrusage();
$kids = getrusage(1);
$cpu = $self['ru_utime.tv_sec'] + $self['ru_stime.tv_sec'] + ($self['ru_utime.tv_usec'] + $self['ru_stime.tv_usec']) / 1e6;
printf("%.0f %.1f\n", $done / $elapsed, $cpu / $done * 1e6);
