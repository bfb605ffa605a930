// SPDX-License-Identifier: MIT
#include "pipe.h"

#include "emitter.h"
#include "invoke.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "pipe_arginfo.h"
}

namespace edges::php {

namespace {

zend_class_entry *pipe_ce;
zend_object_handlers pipe_handlers;
zend_string *str_pipe_event, *str_unpipe_event;

struct PipeData {
    zend_object *src;  // references
    zend_object *dst;
    zval on_data, on_end, on_drain, on_close;  // the listeners, kept to remove them
    bool end;                                  // end() the destination after the source's 'end'
    bool unpiped;
};
using PipeObject = Object<PipeData>;

zend_object *pipe_create(zend_class_entry *ce) { return PipeObject::create(ce, &pipe_handlers); }

void pipe_free(zend_object *obj) {
    PipeData &p = PipeObject::from(obj)->data;
    if (p.src) OBJ_RELEASE(p.src);
    if (p.dst) OBJ_RELEASE(p.dst);
    zval_ptr_dtor(&p.on_data);
    zval_ptr_dtor(&p.on_end);
    zval_ptr_dtor(&p.on_drain);
    zval_ptr_dtor(&p.on_close);
    zend_object_std_dtor(obj);
}

HashTable *pipe_get_gc(zend_object *obj, zval **table, int *n) {
    PipeData &p = PipeObject::from(obj)->data;
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    if (p.src) zend_get_gc_buffer_add_obj(buf, p.src);
    if (p.dst) zend_get_gc_buffer_add_obj(buf, p.dst);
    zend_get_gc_buffer_add_zval(buf, &p.on_data);
    zend_get_gc_buffer_add_zval(buf, &p.on_end);
    zend_get_gc_buffer_add_zval(buf, &p.on_drain);
    zend_get_gc_buffer_add_zval(buf, &p.on_close);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

// Adds a listener through the object's own on(): a source starts flowing on its first
// 'data' listener that way.
bool listen(zend_object *obj, const char *event, zval *fn) {
    zval args[2], ret;
    ZVAL_STRING(&args[0], event);
    ZVAL_COPY_VALUE(&args[1], fn);
    bool ok = call_method(obj, "on", 2, args, &ret);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&ret);
    return ok;
}

void unpipe(PipeObject *o) {
    PipeData &p = o->data;
    if (p.unpiped) return;
    p.unpiped = true;
    GC_ADDREF(&o->std);  // the listeners removed may hold the last references
    zend_string *data = zend_string_init_interned(ZEND_STRL("data"), 1);
    listeners_remove(p.src, data, &p.on_data);
    listeners_remove(p.src, str_end, &p.on_end);
    listeners_remove(p.dst, str_drain, &p.on_drain);
    listeners_remove(p.dst, str_close, &p.on_close);
    zval arg;
    ZVAL_OBJ(&arg, p.src);
    emit(p.dst, str_unpipe_event, 1, &arg);
    OBJ_RELEASE(&o->std);
}

bool has_method(zend_object *obj, const char *name) {
    return zend_hash_str_exists(&obj->ce->function_table, name, strlen(name));
}

}  // namespace

void pipe_method(INTERNAL_FUNCTION_PARAMETERS) {
    zend_object *dst;
    HashTable *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJ_OF_CLASS(dst, edges_emitter_ce)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *src = Z_OBJ_P(ZEND_THIS);
    if (!has_method(dst, "write") || !has_method(dst, "end")) {
        zend_argument_type_error(1, "must have write() and end() methods, %s has not",
                                 ZSTR_VAL(dst->ce->name));
        RETURN_THROWS();
    }
    bool end = true;
    if (options) {
        zval *v = zend_hash_str_find_deref(options, ZEND_STRL("end"));
        if (v && Z_TYPE_P(v) != IS_NULL) {
            if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
                zend_argument_type_error(2, "option 'end' must be of type bool, %s given",
                                         zend_zval_type_name(v));
                RETURN_THROWS();
            }
            end = Z_TYPE_P(v) == IS_TRUE;
        }
    }
    zend_object *obj = pipe_create(pipe_ce);
    PipeObject *o = PipeObject::from(obj);
    PipeData &p = o->data;
    p.src = src;
    GC_ADDREF(src);
    p.dst = dst;
    GC_ADDREF(dst);
    p.end = end;
    method_closure(obj, "onData", &p.on_data);
    method_closure(obj, "onEnd", &p.on_end);
    method_closure(obj, "onDrain", &p.on_drain);
    method_closure(obj, "onClose", &p.on_close);
    // The destination's listeners first: the source may start flowing at its 'data' listener.
    listeners_add(dst, str_drain, &p.on_drain, false);
    listeners_add(dst, str_close, &p.on_close, false);
    zval arg;
    ZVAL_OBJ(&arg, src);
    emit(dst, str_pipe_event, 1, &arg);
    bool ok = !EG(exception) && listen(src, "end", &p.on_end) && listen(src, "data", &p.on_data);
    if (!ok) unpipe(o);
    OBJ_RELEASE(obj);  // the listeners hold it
    if (!ok) RETURN_THROWS();
    RETURN_OBJ_COPY(dst);
}

void pipe_minit() {
    pipe_ce = register_class_Event_StreamPipe();
    pipe_ce->create_object = pipe_create;
    init_handlers(pipe_handlers, XtOffsetOf(PipeObject, std), pipe_free, pipe_get_gc);
    str_pipe_event = zend_string_init_interned(ZEND_STRL("pipe"), 1);
    str_unpipe_event = zend_string_init_interned(ZEND_STRL("unpipe"), 1);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_StreamPipe, __construct) {}

// The listeners take whatever an emitter passes ('close' says whether it had an error).
#define PIPE_ANY_ARGS()                         \
    zval *rest;                                 \
    uint32_t rest_count;                        \
    ZEND_PARSE_PARAMETERS_START(0, -1)          \
        Z_PARAM_VARIADIC('*', rest, rest_count) \
    ZEND_PARSE_PARAMETERS_END();                \
    (void)rest;                                 \
    (void)rest_count;

ZEND_METHOD(Event_StreamPipe, onData) {
    zval *chunk, *rest;
    uint32_t rest_count;
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_ZVAL(chunk)
        Z_PARAM_VARIADIC('*', rest, rest_count)
    ZEND_PARSE_PARAMETERS_END();
    (void)rest;
    (void)rest_count;
    PipeObject *o = PipeObject::from(ZEND_THIS);
    if (o->data.unpiped) return;
    zval ret;
    zend_object *src = o->data.src;
    GC_ADDREF(src);
    if (call_method(o->data.dst, "write", 1, chunk, &ret) && Z_TYPE(ret) == IS_FALSE) {
        zval r2;
        call_method(src, "pause", 0, nullptr, &r2);
        zval_ptr_dtor(&r2);
    }
    zval_ptr_dtor(&ret);
    OBJ_RELEASE(src);
}

ZEND_METHOD(Event_StreamPipe, onDrain) {
    PIPE_ANY_ARGS();
    PipeObject *o = PipeObject::from(ZEND_THIS);
    if (o->data.unpiped) return;
    zval ret;
    call_method(o->data.src, "resume", 0, nullptr, &ret);
    zval_ptr_dtor(&ret);
}

ZEND_METHOD(Event_StreamPipe, onEnd) {
    PIPE_ANY_ARGS();
    PipeObject *o = PipeObject::from(ZEND_THIS);
    if (o->data.unpiped) return;
    zend_object *dst = o->data.dst;
    GC_ADDREF(dst);
    unpipe(o);
    if (o->data.end && !EG(exception)) {
        zval ret;
        call_method(dst, "end", 0, nullptr, &ret);
        zval_ptr_dtor(&ret);
    }
    OBJ_RELEASE(dst);
}

ZEND_METHOD(Event_StreamPipe, onClose) {
    PIPE_ANY_ARGS();
    PipeObject *o = PipeObject::from(ZEND_THIS);
    if (o->data.unpiped) return;
    zend_object *src = o->data.src;
    GC_ADDREF(src);
    unpipe(o);
    // Nobody takes the data now (node's unpipe): the source stops.
    if (!EG(exception)) {
        zval ret;
        call_method(src, "pause", 0, nullptr, &ret);
        zval_ptr_dtor(&ret);
    }
    OBJ_RELEASE(src);
}
