// SPDX-License-Identifier: MIT
#pragma once

extern "C" {
#include "php.h"
#include "zend_smart_str.h"
}

namespace edges::php {

// node's readable-stream flow for an edges object that a source (a socket, a request
// body, a pipe, a file) pushes chunks into:
// - chunks go out as 'data' once a consumer came (a 'data' listener, resume()); until
//   then, and while pause()d, they are held, and past kHeldLimit the source stops being
//   read (real back-pressure);
// - pause() stops the source at once; held data and 'end' go out on the next tick after
//   resume() or a new 'data' listener, never inside the call that allowed them;
// - 'end' follows the last held chunk; with nothing held it comes at once, as with
//   node's sockets.
// Lives zeroed inside the object's data; every function may run user code except
// readable_free.
struct Readable {
    zend_string *held;  // read but not delivered yet
    bool flowing;       // a consumer came
    bool paused;        // pause() was called, no resume() since
    bool eof;           // the source ended
    bool ended;         // 'end' was emitted
    bool source_held;   // the source was asked to stop reading
    bool flush_queued;  // a next-tick flush holds the object
};

struct ReadableOps {
    Readable &(*state)(zend_object *obj);
    // Stops (true) or restarts (false) reading the source.
    void (*hold_source)(zend_object *obj, bool hold);
    // Emits 'end' and what goes with it (a socket ends its write side, a request calls
    // its body() callback); runs once.
    void (*emit_end)(zend_object *obj);
};

// node's readableHighWaterMark for sockets and requests.
constexpr size_t kHeldLimit = 16384;

void readable_push(zend_object *obj, const ReadableOps &ops, const char *data, size_t len);
// The same with a string of the caller's (the reference passes to the readable).
void readable_push_str(zend_object *obj, const ReadableOps &ops, zend_string *chunk);
void readable_eof(zend_object *obj, const ReadableOps &ops);
void readable_pause(zend_object *obj, const ReadableOps &ops);
void readable_resume(zend_object *obj, const ReadableOps &ops);
// A consumer came (a 'data' listener, body()): the flow starts, unless pause() said otherwise.
void readable_start(zend_object *obj, const ReadableOps &ops);
// For on()/once(): readable_start() for 'data'.
void readable_listener_added(zend_object *obj, const ReadableOps &ops, zend_string *event);
// Drops what is held and lets the rest flow (a request body nobody consumed: node's
// _dump); returns how many bytes were dropped.
size_t readable_discard(zend_object *obj, const ReadableOps &ops);
size_t readable_held(const Readable &r);
void readable_free(Readable &r);

// What body(callable $cb) collects for a readable (a request's or a response's body): the
// chunks from the call on (what was held counts), then the whole to $cb after 'end'.
// Lives zeroed inside the object's data.
struct BodyCollector {
    zval cb;  // IS_UNDEF until body() was called
    smart_str body;
    bool collecting;
};
// body()'s work: throws an Error naming `method` ("Event\\HTTP\\Request::body()") and the
// readable (`noun`: "request") and returns false when its body was dropped (`dropped`),
// body() was called already, or 'end' passed.
bool body_collect_start(zend_object *obj, const ReadableOps &ops, BodyCollector &c, zval *cb, bool dropped,
                        const char *method, const char *noun);
inline void body_collect_push(BodyCollector &c, const char *data, size_t len) {
    if (c.collecting) smart_str_appendl(&c.body, data, len);
}
// At 'end' (from the loop): calls the callback with the body.
void body_collect_finish(BodyCollector &c);
void body_collect_free(BodyCollector &c);
void body_collect_gc(BodyCollector &c, zend_get_gc_buffer *buf);

}  // namespace edges::php

// The readable half of a class's methods, as every readable edges class has them (node's
// on/once, where a 'data' listener starts the flow, pause, resume and pipe): defines
// ZEND_METHOD(Class, on|once|pause|resume|pipe) with the class's ReadableOps `ops`.
#define EDGES_READABLE_METHODS(Class, ops)                                              \
    static void Class##_readable_listener_added(zend_object *obj, zend_string *event) { \
        edges::php::readable_listener_added(obj, ops, event);                           \
    }                                                                                   \
    ZEND_METHOD(Class, on) {                                                            \
        edges::php::add_listener_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false,        \
                                        Class##_readable_listener_added);               \
    }                                                                                   \
    ZEND_METHOD(Class, once) {                                                          \
        edges::php::add_listener_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true,         \
                                        Class##_readable_listener_added);               \
    }                                                                                   \
    ZEND_METHOD(Class, pause) {                                                         \
        ZEND_PARSE_PARAMETERS_NONE();                                                   \
        edges::php::readable_pause(Z_OBJ_P(ZEND_THIS), ops);                            \
        RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                                            \
    }                                                                                   \
    ZEND_METHOD(Class, resume) {                                                        \
        ZEND_PARSE_PARAMETERS_NONE();                                                   \
        edges::php::readable_resume(Z_OBJ_P(ZEND_THIS), ops);                           \
        RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));                                            \
    }                                                                                   \
    ZEND_METHOD(Class, pipe) { edges::php::pipe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
