// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

#include <string>

namespace edges::php {

// The one way the loop enters PHP code. Runs `body(ctx)` under zend_try:
// - an exception left by the body is reported as PHP reports an uncaught one
//   (set_exception_handler's handler, else "PHP Fatal error:  Uncaught ...")
//   and the loop goes on;
// - exit() stops the loop; the binding ends the process once it has unwound;
// - a fatal error (bailout) stops the loop; the binding re-raises it once no
//   C++ frame is left between it and the engine.
// `body` must not hold C++ objects with destructors across calls into PHP.
// Does nothing once an exit or a bailout is pending. Returns true when the
// body ran to its end without an exception.
bool run_from_loop(void (*body)(void *ctx), void *ctx);

// Calls `fn(argv...)` (a method of `object` when given), into `retval` when
// given (else the result is dropped). Exceptions stay in EG(exception); on
// failure *retval is UNDEF.
void call(zval *fn, uint32_t argc, zval *argv, zval *retval = nullptr, zend_object *object = nullptr);

// Calls the method `name` of `obj` (public API of any class, user classes included) into
// *ret; false when it threw or does not exist.
bool call_method(zend_object *obj, const char *name, uint32_t argc, zval *args, zval *ret);

// A Closure calling the method `name` (of any visibility) on `o`: an event listener edges
// registers itself.
void method_closure(zend_object *o, const char *name, zval *out);

// Shorthand for run_from_loop() around call().
void call_from_loop(zval *fn, uint32_t argc, zval *argv);
// The same, keeping the result in *result (UNDEF when it threw); false when it threw
// (reported as uncaught).
bool call_from_loop(zval *fn, uint32_t argc, zval *argv, zval *result);
// Reports a TypeError with `message` as if a callback had thrown it (a callback that
// returned the wrong type).
void report_type_error_from_loop(const std::string &message);

// True while an exit or a fatal error is on its way out, or at request shutdown: no more
// user code may run.
bool aborting();
// Request shutdown: the loop has run for the last time and drops what it held; no
// PHP callback runs and nothing is queued from here on.
bool shutting_down();

// Stops the loop and ends the process with `status` once it has unwound, as exit($status)
// in a callback does (shutdown functions run).
void request_exit(int status);

// Ends a loop run started by the binding: re-raises a pending fatal error
// (longjmp: call only from a frame without C++ destructors), and rethrows a
// pending exit() as PHP's unwind exit when `rethrow_exit` is set.
void finish_loop_run(bool rethrow_exit);

}  // namespace edges::php
