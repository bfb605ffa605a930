<?php

/** @generate-class-entries */

namespace Event;

/**
 * A child process (node's ChildProcess). No shell is involved unless 'shell' => true:
 * arguments reach the program as given. stdin, stdout and stderr are Event\Socket objects
 * when piped (write() with back-pressure on stdin; 'data', 'end', pause() and resume() on
 * the others), null otherwise. The child is reaped from the loop; a running child keeps
 * the loop alive unless unref()'d.
 * Events: 'spawn', 'exit' (?int $code, ?string $signal), 'close' (?int $code, ?string $signal)
 * after 'exit' and the end of every pipe, 'error' (Event\ProcessException).
 *
 * @property-read int|null $pid
 * @property-read Socket|null $stdin
 * @property-read Socket|null $stdout
 * @property-read Socket|null $stderr
 * @property-read int|null $exitCode
 * @property-read string|null $signalCode
 * @property-read bool $killed
 */
final class Process extends Emitter
{
    private function __construct() {}

    /**
     * Options: 'cwd' (string), 'env' (array name => value: replaces the environment),
     * 'stdio' ('pipe', 'inherit', 'ignore', or a list of three), 'detached' (bool: a
     * session of its own), 'shell' (bool: run "$file $args..." with /bin/sh -c).
     */
    public static function spawn(string $file, array $args = [], array $options = []): Process {}

    /**
     * Runs a program and collects its output (node's execFile):
     * $done(?Event\ProcessException $error, string $stdout, string $stderr, int $code), $code
     * being the exit status, 128 + the signal number when a signal ended it, -1 when it never
     * ran. Options: those of spawn() but stdio, and 'maxBuffer' (bytes per stream, default
     * 1 MiB: past it the child is killed), 'timeout' (ms, 0: none), 'killSignal' (default
     * SIGTERM), 'input' (a string written to the child's stdin).
     */
    public static function exec(string $file, array $args, callable $done, array $options = []): void {}

    /**
     * exec()'s promise twin: fulfilled with ['stdout' => string, 'stderr' => string, 'code' => 0],
     * rejected with the Event\ProcessException (a failure to start, a status other than 0, a signal).
     */
    public static function execAsync(string $file, array $args = [], array $options = []): Promise {}

    /** The current process's id. */
    public static function pid(): int {}

    /** Sends a signal (default SIGTERM); false when the child has exited already. */
    public function kill(int|string $signal = 'SIGTERM'): bool {}

    /** Lets the running child keep the loop alive (the default). */
    public function ref(): static {}

    /** Lets the loop end while the child runs. */
    public function unref(): static {}
}
