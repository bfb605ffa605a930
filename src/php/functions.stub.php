<?php

/** @generate-class-entries */

namespace Event;

function setTimeout(callable $callback, float $ms = 0, mixed ...$args): Timer {}

function setInterval(callable $callback, float $ms, mixed ...$args): Timer {}

function clearTimeout(?Timer $timer): void {}

function clearInterval(?Timer $timer): void {}

function setImmediate(callable $callback, mixed ...$args): void {}
