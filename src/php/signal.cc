// SPDX-License-Identifier: MIT
#include "event_signal.h"

#include "../core/signal.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "signal_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_signal_ce;

namespace {

zend_object_handlers signal_handlers;

struct SignalData {
    edges::SignalWatcher *watcher;  // owned: disposed in free_obj
    zval listener;
    int signo;
    bool holds_loop_ref;  // while listening: a listener whose variable was dropped still runs
};
using SignalObject = Object<SignalData>;

void on_signal(edges::SignalWatcher &, int signo, void *data) {
    auto *o = static_cast<SignalObject *>(data);
    GC_ADDREF(&o->std);
    zval arg;
    ZVAL_LONG(&arg, signo);
    call_from_loop(&o->data.listener, 1, &arg);
    OBJ_RELEASE(&o->std);
}

zend_object *signal_create(zend_class_entry *ce) { return SignalObject::create(ce, &signal_handlers); }

void signal_free(zend_object *obj) {
    SignalObject *o = SignalObject::from(obj);
    if (o->data.watcher) o->data.watcher->dispose();
    o->data.watcher = nullptr;
    zval_ptr_dtor(&o->data.listener);
    zend_object_std_dtor(obj);
}

HashTable *signal_get_gc(zend_object *obj, zval **table, int *n) {
    SignalObject *o = SignalObject::from(obj);
    *table = &o->data.listener;
    *n = 1;
    return zend_std_get_properties(obj);
}

bool signal_props(zend_object *obj, zend_string *name, zval *rv) {
    if (!zend_string_equals_literal(name, "signal")) return false;
    ZVAL_LONG(rv, SignalObject::from(obj)->data.signo);
    return true;
}

edges::SignalWatcher *watcher(zval *zv) { return SignalObject::from(zv)->data.watcher; }

}  // namespace

int parse_signal(zval *signal, uint32_t arg) {
    int signo = 0;
    if (Z_TYPE_P(signal) == IS_LONG) {
        signo = Z_LVAL_P(signal) > 0 && Z_LVAL_P(signal) < 65 ? int(Z_LVAL_P(signal)) : 0;
    } else if (Z_TYPE_P(signal) == IS_STRING) {
        signo = edges::signal_number(std::string(Z_STRVAL_P(signal), Z_STRLEN_P(signal)));
    }
    if (!signo) zend_argument_value_error(arg, "must be a signal number or name such as 'SIGTERM'");
    return signo;
}

void signal_minit() {
    edges_signal_ce = register_class_Event_Signal();
    edges_signal_ce->create_object = signal_create;
    init_handlers(signal_handlers, XtOffsetOf(SignalObject, std), signal_free, signal_get_gc);
    VirtualProperties<signal_props>::install(signal_handlers);
    register_describe_held(edges_signal_ce, [](zend_object *obj, std::string *out) {
        edges::SignalWatcher *w = SignalObject::from(obj)->data.watcher;
        if (!w || !w->active() || !w->has_ref()) return false;
        *out = edges::signal_name(w->signo());
        return true;
    });
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Signal, __construct) {}

ZEND_METHOD(Event_Signal, on) {
    zval *signal;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(signal)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    int signo = parse_signal(signal, 1);
    if (!signo) RETURN_THROWS();
    zend_object *obj = signal_create(edges_signal_ce);
    SignalObject *o = SignalObject::from(obj);
    ZVAL_COPY(&o->data.listener, &fci.function_name);
    o->data.signo = signo;
    o->data.watcher = new edges::SignalWatcher(loop(), on_signal, o);
    edges::Error err = o->data.watcher->start(signo);
    if (err) {
        OBJ_RELEASE(obj);
        zend_argument_value_error(1, "%s", err.message.c_str());
        RETURN_THROWS();
    }
    hold_loop_ref(obj, o->data.holds_loop_ref);
    RETURN_OBJ(obj);
}

ZEND_METHOD(Event_Signal, close) {
    ZEND_PARSE_PARAMETERS_NONE();
    SignalObject *o = SignalObject::from(ZEND_THIS);
    o->data.watcher->stop();
    drop_loop_ref(&o->std, o->data.holds_loop_ref);  // the caller's $this keeps it alive
}

ZEND_METHOD(Event_Signal, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    watcher(ZEND_THIS)->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Signal, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    watcher(ZEND_THIS)->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Signal, hasRef) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(watcher(ZEND_THIS)->has_ref());
}
