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

// A promise that settles as `p` does, its fulfillment value passed through `map` first (an
// exception `map` throws rejects it instead). For the binding's own transforms (json()).
zend_object *promise_map(zend_object *p, void (*map)(zval *in, zval *out));

// emit() of `event` on `obj` inside a Fiber (a pooled one: nothing to allocate per call), so
// that listeners may Event\await. Returns as emit_held() does when the listeners returned
// without awaiting (an exception they threw stays in EG(exception) for run_from_loop()), or
// as soon as one awaits; an exception thrown after that is reported as uncaught and
// `late_failure(target)` is called (`target` is held meanwhile; both may be null).
void emit_in_fiber(zend_object *obj, zend_string *event, uint32_t argc, zval *argv,
                   void (*late_failure)(zend_object *target), zend_object *target);

// Runs the queued microtasks, and those they queue, then reports the rejections nobody
// handled. run_from_loop() calls it when the outermost callback returns; the loop's start
// calls it for the main script's.
void microtasks_drain();
bool microtasks_pending();

void promise_minit();
void promise_rshutdown();

}  // namespace edges::php
