<?php

/** @generate-class-entries */

namespace Event;

/** Calls $callback(...$args) once, $ms milliseconds from now (node's setTimeout; 1 ms at least). */
function setTimeout(callable $callback, float $ms = 0, mixed ...$args): Timer {}

/** Calls $callback(...$args) every $ms milliseconds until cleared (node's setInterval). */
function setInterval(callable $callback, float $ms, mixed ...$args): Timer {}

/** Cancels a timer of setTimeout() (null: nothing). */
function clearTimeout(?Timer $timer): void {}

/** Cancels a timer of setInterval() (null: nothing). */
function clearInterval(?Timer $timer): void {}

/** Calls $callback(...$args) in the next loop iteration, after its I/O (node's setImmediate). */
function setImmediate(callable $callback, mixed ...$args): void {}

/** Runs $fn(...$args) in a new Fiber; its return value fulfills the promise, a throw rejects it. */
function async(callable $fn, mixed ...$args): Promise {}

/**
 * Suspends the current Fiber until $promise settles: its value, or its reason thrown. At the
 * top level of the script (outside any Fiber, the loop not running) it runs the loop until then.
 */
function await(Promise $promise): mixed {}

/** A promise fulfilled (with null) after $ms milliseconds. */
function sleep(float $ms): Promise {}
