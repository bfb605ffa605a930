<?php

/** @generate-class-entries */

namespace Event;

function setTimeout(callable $callback, float $ms = 0, mixed ...$args): Timer {}

function setInterval(callable $callback, float $ms, mixed ...$args): Timer {}

function clearTimeout(?Timer $timer): void {}

function clearInterval(?Timer $timer): void {}

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
