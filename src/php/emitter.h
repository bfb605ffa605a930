// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
}

namespace edges::php {

extern zend_class_entry *edges_emitter_ce;

// Node's EventEmitter, once for every edges class: the listener list lives in
// the object's header (object.h) and is allocated on the first on()/once().
void listeners_add(zend_object *obj, zend_string *event, zval *fn, bool once);
// Removes the most recently added `fn` for `event` (all of them when fn is null).
void listeners_remove(zend_object *obj, zend_string *event, zval *fn);
uint32_t listener_count(zend_object *obj, zend_string *event);

// Calls the listeners of `event` registered when the emit starts, in order,
// with `argv`. Returns whether there were any. A listener that throws stops the
// emit and leaves its exception in EG(exception). 'error' without a listener
// throws its argument (or an Event\Exception when it is not Throwable).
// May run user code: `obj` may lose every other reference meanwhile, so the
// caller must hold one.
bool emit(zend_object *obj, zend_string *event, uint32_t argc, zval *argv);

// emit() entered from the loop (see invoke.h): exceptions become uncaught
// reports. *clean (when given) tells whether no listener threw.
bool emit_from_loop(zend_object *obj, zend_string *event, uint32_t argc, zval *argv, bool *clean = nullptr);

// The body of on()/once() (for classes that override them to react to a new
// listener, as Event\Socket starts reading on its first 'data' listener):
// parses ($event, $listener), adds it, calls `added` (may be null), returns $this.
void add_listener_method(INTERNAL_FUNCTION_PARAMETERS, bool once,
                         void (*added)(zend_object *obj, zend_string *event));

// The parsing of a method whose one argument is an optional callable (close(?callable
// $onClose), createServer(?callable)): *fn is the callable, valid during the call, or
// IS_UNDEF when none was given. False, with PHP's TypeError, when it is not callable.
bool parse_optional_callable(INTERNAL_FUNCTION_PARAMETERS, zval *fn);

// Emits from the loop as soon as the current callback (or the main script)
// is done, like node's process.nextTick ('listening', a server's 'close').
// Holds `obj` and `arg` until then.
void emit_deferred(zend_object *obj, zend_string *event, zval *arg = nullptr);

// emit_from_loop() holding a reference on `obj` meanwhile: a listener may drop
// every other one.
bool emit_held(zend_object *obj, zend_string *event, uint32_t argc, zval *argv, bool *clean = nullptr);

// get_gc for classes whose only zvals are their listeners (and properties).
HashTable *emitter_get_gc(zend_object *obj, zval **table, int *n);

// For free_obj and get_gc of every edges class.
void listeners_free(zend_object *obj);
void listeners_gc(zend_object *obj, zend_get_gc_buffer *buf);

// Interned names of the events edges itself emits.
extern zend_string *str_error;
extern zend_string *str_data;
extern zend_string *str_end;
extern zend_string *str_close;
extern zend_string *str_connect;
extern zend_string *str_connection;
extern zend_string *str_drain;
extern zend_string *str_timeout;
extern zend_string *str_listening;
extern zend_string *str_message;

void emitter_minit();

}  // namespace edges::php
