// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_promise_ce;

// A pending Event\Promise (a new reference).
zend_object *promise_new();
// The Promises/A+ resolution procedure: a promise or thenable is adopted, anything else
// fulfills. Reactions are queued as microtasks, never run inside the call.
void promise_resolve(zend_object *promise, zval *value);
void promise_reject(zend_object *promise, zval *reason);

// The promise twin of a method that takes an error-first callback last (node's util.promisify):
// calls `fn` (a static method of `ce`) with `argv` and a callback that settles the returned
// promise, rejecting with a non-null first argument, else fulfilling with the second. Null
// (with the exception) when the call threw.
zend_object *promise_call(zend_class_entry *ce, const char *fn, uint32_t argc, zval *argv);

// A closure that fulfills `p` with `value` whatever it is called with (a 'connect' listener
// that fulfills with the socket).
void promise_fulfiller(zend_object *p, zval *value, zval *out);

// Settles `p` by the first of `success` (fulfilled with `emitter`) and 'error' (rejected) on
// `emitter`; once fulfilled, its 'error' listener goes (later errors are the application's).
void promise_settle_by_events(zend_object *p, zend_object *emitter, zend_string *success);

// A promise that settles as `p` does, its fulfillment value passed through `map` first (an
// exception `map` throws rejects it instead). For the binding's own transforms (json()).
zend_object *promise_map(zend_object *p, void (*map)(zval *in, zval *out));

// Calls fn(target, fulfilled, value) as a microtask once `p` settles (`target` held until
// then): the binding's own continuation of a promise, without a closure.
void promise_on_settle(zend_object *p, void (*fn)(zend_object *target, bool fulfilled, zval *value),
                       zend_object *target);

// Event\async(): runs `fn(...argv)` in a new Fiber; the promise of its result (a new
// reference), or null with the exception when the Fiber could not start.
zend_object *promise_async(zval *fn, uint32_t argc, zval *argv);

// emit() of `event` on `obj` inside a Fiber (a pooled one: nothing to allocate per call), so
// that listeners may Event\await. Returns as emit_held() does when the listeners returned
// without awaiting (an exception they threw stays in EG(exception) for run_from_loop()), or
// as soon as one awaits; an exception thrown after that is reported as uncaught and
// `late_failure(target)` is called (`target` is held meanwhile; both may be null).
void emit_in_fiber(zend_object *obj, zend_string *event, uint32_t argc, zval *argv,
                   void (*late_failure)(zend_object *target), zend_object *target);

// emit_held() through emit_in_fiber(): listeners of a loop event (a WebSocket's 'message')
// may Event\await; one that throws after awaiting is reported as uncaught. No Fiber is taken
// when nobody listens. Returns whether anyone listened.
bool emit_held_in_fiber(zend_object *obj, zend_string *event, uint32_t argc, zval *argv);

// Runs the queued microtasks, and those they queue, then reports the rejections nobody
// handled. run_from_loop() calls it when the outermost callback returns; the loop's start
// calls it for the main script's.
void microtasks_drain();
bool microtasks_pending();

void promise_minit();
void promise_rshutdown();

}  // namespace edges::php
