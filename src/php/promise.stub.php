<?php

/** @generate-class-entries */

namespace Event;

/**
 * A promise with Promises/A+ semantics (JavaScript's Promise). Reactions run as microtasks:
 * after the current callback (or the main script), before the loop goes on, in the order they
 * were added. A rejection nobody handles by the end of the microtasks that follow it is
 * reported like an uncaught exception (and the process goes on). Reasons are Throwables.
 */
final class Promise
{
    /** Calls $executor(callable $resolve, callable $reject) at once; a throw rejects. */
    public function __construct(callable $executor) {}

    /**
     * A promise of what $onFulfilled or $onRejected returns (or of this one's outcome when the
     * one it needs is null); they run as microtasks.
     */
    public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise {}

    /** then(null, $onRejected). */
    public function catch(callable $onRejected): Promise {}

    /** $onFinally() runs either way; the result passes through (unless $onFinally throws or rejects). */
    public function finally(callable $onFinally): Promise {}

    /** 'pending', 'fulfilled' or 'rejected'. */
    public function state(): string {}

    /**
     * A promise fulfilled with $value (one that follows $value when it is a promise or a
     * thenable).
     */
    public static function resolve(mixed $value = null): Promise {}

    /** A promise rejected with $reason. */
    public static function reject(\Throwable $reason): Promise {}

    /** Fulfills with the values in the keys' order when all fulfill; rejects with the first rejection. */
    public static function all(iterable $promises): Promise {}

    /** Fulfills with ['status' => 'fulfilled', 'value' => ...] / ['status' => 'rejected', 'reason' => ...] for each. */
    public static function allSettled(iterable $promises): Promise {}

    /** Fulfills with the first fulfillment; rejects with an Event\AggregateException when all reject. */
    public static function any(iterable $promises): Promise {}

    /** Settles as the first to settle. */
    public static function race(iterable $promises): Promise {}

    private function resolver(mixed $value = null): void {}

    private function rejecter(mixed $reason = null): void {}

    private function run(callable $fn, array $args): void {}

    /** An error-first callback (the promise twins): rejects with $error, else fulfills with $value. */
    private function settle(?\Throwable $error = null, mixed $value = null): void {}

    /** Event\Process::exec()'s callback: fulfills with ['stdout', 'stderr', 'code']. */
    private function settleExec(?\Throwable $error, string $stdout, string $stderr, int $code): void {}

    /** Fulfills with the value preset for it, whatever it is given. */
    private function fulfillPreset(mixed ...$ignored): void {}

    /** The body of the Fibers that HTTP handlers run in (one per handler in flight, reused). */
    private static function work(): void {}
}

/** Every promise given to Promise::any() rejected; getErrors() lists the reasons in order. */
final class AggregateException extends Exception
{
    private array $errors = [];

    /** The reasons of the promises any() was given, in their order. */
    public function getErrors(): array {}
}
