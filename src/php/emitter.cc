// SPDX-License-Identifier: MIT
#include "emitter.h"

#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "emitter_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_emitter_ce;
zend_string *str_error;
zend_string *str_data;
zend_string *str_end;
zend_string *str_close;
zend_string *str_connect;
zend_string *str_connection;
zend_string *str_drain;
zend_string *str_timeout;
zend_string *str_listening;
zend_string *str_message;

struct Listener {
    zend_string *event;
    zval fn;
    bool once;
};

struct Listeners {
    uint32_t count;
    uint32_t capacity;
    Listener *items;
};

namespace {

zend_object_handlers emitter_handlers;

struct EmitterData {
    char unused;
};
using EmitterObject = Object<EmitterData>;

void remove_at(Listeners *l, uint32_t i) {
    zend_string_release(l->items[i].event);
    zval_ptr_dtor(&l->items[i].fn);
    memmove(&l->items[i], &l->items[i + 1], sizeof(Listener) * (l->count - i - 1));
    l->count--;
}

// Listeners for one emit, copied so that on()/off() inside a listener do not
// change who is called. Small emits (the usual one or two listeners) use the stack.
struct Snapshot {
    static constexpr uint32_t kInline = 4;
    uint32_t count;
    zval *fns;
    zval inline_fns[kInline];
};

void take_snapshot(Listeners *l, zend_string *event, Snapshot *s) {
    s->count = 0;
    s->fns = s->inline_fns;
    if (!l) return;
    uint32_t n = 0;
    for (uint32_t i = 0; i < l->count; i++) n += zend_string_equals(l->items[i].event, event);
    if (n > Snapshot::kInline) s->fns = static_cast<zval *>(safe_emalloc(n, sizeof(zval), 0));
    for (uint32_t i = 0; i < l->count;) {
        Listener &it = l->items[i];
        if (!zend_string_equals(it.event, event)) {
            i++;
            continue;
        }
        ZVAL_COPY(&s->fns[s->count++], &it.fn);
        if (it.once) {
            remove_at(l, i);  // node removes a once-listener before calling it
        } else {
            i++;
        }
    }
}

void release_snapshot(Snapshot *s, uint32_t from) {
    for (uint32_t i = from; i < s->count; i++) zval_ptr_dtor(&s->fns[i]);
    if (s->fns != s->inline_fns) efree(s->fns);
}

void throw_unhandled(uint32_t argc, zval *argv) {
    if (argc > 0 && Z_TYPE(argv[0]) == IS_OBJECT &&
        instanceof_function(Z_OBJCE(argv[0]), zend_ce_throwable)) {
        Z_ADDREF(argv[0]);
        zend_throw_exception_object(&argv[0]);
        return;
    }
    zend_throw_exception(edges_exception_ce, "Unhandled 'error' event", 0);
}

struct EmitArgs {
    zend_object *obj;
    zend_string *event;
    uint32_t argc;
    zval *argv;
    bool result;
};

void emit_body(void *ctx) {
    auto *a = static_cast<EmitArgs *>(ctx);
    a->result = emit(a->obj, a->event, a->argc, a->argv);
}

zend_object *emitter_create(zend_class_entry *ce) { return EmitterObject::create(ce, &emitter_handlers); }

void emitter_free(zend_object *obj) {
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

}  // namespace

HashTable *emitter_get_gc(zend_object *obj, zval **table, int *n) {
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool emit_held(zend_object *obj, zend_string *event, uint32_t argc, zval *argv, bool *clean) {
    GC_ADDREF(obj);
    bool had = emit_from_loop(obj, event, argc, argv, clean);
    OBJ_RELEASE(obj);
    return had;
}

void listeners_add(zend_object *obj, zend_string *event, zval *fn, bool once) {
    Listeners *&l = listeners_of(obj);
    if (!l) l = static_cast<Listeners *>(ecalloc(1, sizeof(Listeners)));
    if (l->count == l->capacity) {
        l->capacity = l->capacity ? l->capacity * 2 : 4;
        l->items = static_cast<Listener *>(safe_erealloc(l->items, l->capacity, sizeof(Listener), 0));
    }
    Listener &it = l->items[l->count++];
    it.event = zend_string_copy(event);
    ZVAL_COPY(&it.fn, fn);
    it.once = once;
}

void listeners_remove(zend_object *obj, zend_string *event, zval *fn) {
    Listeners *l = listeners_of(obj);
    if (!l) return;
    for (uint32_t i = l->count; i-- > 0;) {
        if (!zend_string_equals(l->items[i].event, event)) continue;
        if (!fn) {
            remove_at(l, i);
        } else if (zend_is_identical(&l->items[i].fn, fn)) {
            remove_at(l, i);
            return;
        }
    }
}

uint32_t listener_count(zend_object *obj, zend_string *event) {
    Listeners *l = listeners_of(obj);
    uint32_t n = 0;
    if (l)
        for (uint32_t i = 0; i < l->count; i++) n += zend_string_equals(l->items[i].event, event);
    return n;
}

bool emit(zend_object *obj, zend_string *event, uint32_t argc, zval *argv) {
    Snapshot s;
    take_snapshot(listeners_of(obj), event, &s);
    if (s.count == 0) {
        if (zend_string_equals(event, str_error)) throw_unhandled(argc, argv);
        return false;
    }
    uint32_t i = 0;
    while (i < s.count && !EG(exception)) {
        call(&s.fns[i], argc, argv);
        zval_ptr_dtor(&s.fns[i]);
        i++;
    }
    release_snapshot(&s, i);
    return true;
}

bool emit_from_loop(zend_object *obj, zend_string *event, uint32_t argc, zval *argv, bool *clean) {
    // Nobody listens (the usual case for a request's 'end' and 'close', a response's
    // 'finish'): no zend_try frame to set up. 'error' without listeners throws: long way.
    if (!zend_string_equals(event, str_error) && !aborting() && listener_count(obj, event) == 0) {
        if (clean) *clean = true;
        return false;
    }
    EmitArgs args{obj, event, argc, argv, false};
    bool ok = run_from_loop(emit_body, &args);
    if (clean) *clean = ok;
    return args.result;
}

namespace {

struct DeferredEmit {
    zend_object *obj;
    zend_string *event;
    zval arg;
};

void run_deferred_emit(void *data, bool cancelled) {
    auto *d = static_cast<DeferredEmit *>(data);
    if (!cancelled) emit_from_loop(d->obj, d->event, Z_TYPE(d->arg) == IS_UNDEF ? 0 : 1, &d->arg);
    zval_ptr_dtor(&d->arg);
    OBJ_RELEASE(d->obj);
    efree(d);
}

}  // namespace

void add_listener_method(INTERNAL_FUNCTION_PARAMETERS, bool once,
                         void (*added)(zend_object *obj, zend_string *event)) {
    zend_string *event;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(event)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    listeners_add(Z_OBJ_P(ZEND_THIS), event, &fci.function_name, once);
    if (added) added(Z_OBJ_P(ZEND_THIS), event);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

bool parse_optional_callable(INTERNAL_FUNCTION_PARAMETERS, zval *fn) {
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZVAL_UNDEF(fn);
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END_EX(return false);
    if (ZEND_FCI_INITIALIZED(fci)) ZVAL_COPY_VALUE(fn, &fci.function_name);
    return true;
}

void emit_deferred(zend_object *obj, zend_string *event, zval *arg) {
    if (shutting_down()) return;  // the loop will not run again: nothing to hold
    auto *d = static_cast<DeferredEmit *>(emalloc(sizeof(DeferredEmit)));
    GC_ADDREF(obj);
    d->obj = obj;
    d->event = event;  // interned
    if (arg) {
        ZVAL_COPY(&d->arg, arg);
    } else {
        ZVAL_UNDEF(&d->arg);
    }
    loop().next_tick(edges::Task{run_deferred_emit, d});
}

void listeners_free(zend_object *obj) {
    Listeners *&l = listeners_of(obj);
    if (!l) return;
    while (l->count > 0) remove_at(l, l->count - 1);
    efree(l->items);
    efree(l);
    l = nullptr;
}

void listeners_gc(zend_object *obj, zend_get_gc_buffer *buf) {
    Listeners *l = listeners_of(obj);
    if (!l) return;
    for (uint32_t i = 0; i < l->count; i++) zend_get_gc_buffer_add_zval(buf, &l->items[i].fn);
}

void emitter_minit() {
    str_error = zend_string_init_interned(ZEND_STRL("error"), 1);
    str_data = zend_string_init_interned(ZEND_STRL("data"), 1);
    str_end = zend_string_init_interned(ZEND_STRL("end"), 1);
    str_close = zend_string_init_interned(ZEND_STRL("close"), 1);
    str_connect = zend_string_init_interned(ZEND_STRL("connect"), 1);
    str_connection = zend_string_init_interned(ZEND_STRL("connection"), 1);
    str_drain = zend_string_init_interned(ZEND_STRL("drain"), 1);
    str_timeout = zend_string_init_interned(ZEND_STRL("timeout"), 1);
    str_listening = zend_string_init_interned(ZEND_STRL("listening"), 1);
    str_message = zend_string_init_interned(ZEND_STRL("message"), 1);
    edges_emitter_ce = register_class_Event_Emitter();
    edges_emitter_ce->create_object = emitter_create;
    init_handlers(emitter_handlers, XtOffsetOf(EmitterObject, std), emitter_free, emitter_get_gc);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Emitter, on) { add_listener_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, nullptr); }

ZEND_METHOD(Event_Emitter, once) { add_listener_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, nullptr); }

ZEND_METHOD(Event_Emitter, off) {
    zend_string *event;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(event)
        Z_PARAM_OPTIONAL
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    listeners_remove(Z_OBJ_P(ZEND_THIS), event, ZEND_FCI_INITIALIZED(fci) ? &fci.function_name : nullptr);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Emitter, emit) {
    zend_string *event;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_STR(event)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(emit(Z_OBJ_P(ZEND_THIS), event, argc, args));
}

ZEND_METHOD(Event_Emitter, listenerCount) {
    zend_string *event;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(event)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_LONG(listener_count(Z_OBJ_P(ZEND_THIS), event));
}
