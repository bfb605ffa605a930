// SPDX-License-Identifier: MIT
#include "timer.h"

#include <cmath>

#include "callback.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "timer_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_timer_ce;

namespace {

zend_object_handlers timer_handlers;

struct TimerData {
    edges::Timer *timer;  // owned: disposed in free_obj
    Callback cb;
    bool holds_loop_ref;  // the loop's strong reference while the timer is active
};
using TimerObject = Object<TimerData>;

// Keeps a reference on the object while the core timer is active, so a timer
// whose variable was dropped still fires. May free the object when it drops
// the last reference: callers hold their own.
void sync_loop_ref(TimerObject *o) {
    if (o->data.timer && o->data.timer->active()) {
        hold_loop_ref(&o->std, o->data.holds_loop_ref);
    } else {
        drop_loop_ref(&o->std, o->data.holds_loop_ref);
    }
}

void on_fire(edges::Timer &, void *data) {
    auto *o = static_cast<TimerObject *>(data);
    GC_ADDREF(&o->std);
    sync_loop_ref(o);  // a one-shot is inactive now
    callback_run_from_loop(&o->data.cb);
    sync_loop_ref(o);      // refreshed or cancelled inside the callback
    OBJ_RELEASE(&o->std);  // may free the object; core checks disposed() after we return
}

zend_object *timer_create(zend_class_entry *ce) { return TimerObject::create(ce, &timer_handlers); }

void timer_free(zend_object *obj) {
    TimerObject *o = TimerObject::from(obj);
    if (o->data.timer) o->data.timer->dispose();
    o->data.timer = nullptr;
    callback_free(&o->data.cb);
    zend_object_std_dtor(obj);
}

HashTable *timer_get_gc(zend_object *obj, zval **table, int *n) {
    TimerObject *o = TimerObject::from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    callback_gc(&o->data.cb, buf);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

edges::Timer *core(zval *zv) { return TimerObject::from(zv)->data.timer; }

// 2^53 µs: the largest delay a double still counts exactly.
constexpr double kMaxDelayMs = 9007199254740.0;

}  // namespace

zend_object *timer_start(double ms, uint32_t arg_num, bool repeat, zval *fn, uint32_t argc, zval *argv) {
    if (!std::isfinite(ms)) {
        zend_argument_value_error(arg_num, "must be a finite number");
        return nullptr;
    }
    if (ms < 0) {
        zend_argument_value_error(arg_num, "must be greater than or equal to 0");
        return nullptr;
    }
    if (ms > kMaxDelayMs) {
        zend_argument_value_error(arg_num, "must be less than or equal to %.0f", kMaxDelayMs);
        return nullptr;
    }
    zend_object *obj = timer_create(edges_timer_ce);
    TimerObject *o = TimerObject::from(obj);
    callback_init(&o->data.cb, fn, argc, argv);
    o->data.timer = new edges::Timer(loop(), on_fire, o);
    uint64_t us = uint64_t(ms * 1000.0);
    o->data.timer->start(us, repeat ? us : 0);
    sync_loop_ref(o);
    return obj;
}

void timer_cancel(zend_object *obj) {
    TimerObject *o = TimerObject::from(obj);
    if (!o->data.timer) return;
    o->data.timer->cancel();
    sync_loop_ref(o);  // the caller's zval still references obj
}

bool timer_describe(zend_object *obj, std::string *out) {
    edges::Timer *t = TimerObject::from(obj)->data.timer;
    if (!t || !t->active() || !t->has_ref()) return false;
    uint64_t us = t->repeat_us() ? t->repeat_us() : t->delay_us();
    *out = (t->repeat_us() ? "every " : "after ") + std::to_string(us / 1000) + " ms";
    return true;
}

void timer_minit() {
    edges_timer_ce = register_class_Event_Timer();
    edges_timer_ce->create_object = timer_create;
    init_handlers(timer_handlers, XtOffsetOf(TimerObject, std), timer_free, timer_get_gc);
    register_describe_held(edges_timer_ce, timer_describe);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Timer, __construct) {}

static void timer_factory(INTERNAL_FUNCTION_PARAMETERS, bool repeat) {
    double ms;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(2, -1)
        Z_PARAM_DOUBLE(ms)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *t = timer_start(ms, 1, repeat, &fci.function_name, argc, args);
    if (!t) RETURN_THROWS();
    RETURN_OBJ(t);
}

ZEND_METHOD(Event_Timer, after) { timer_factory(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Event_Timer, every) { timer_factory(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

ZEND_METHOD(Event_Timer, cancel) {
    ZEND_PARSE_PARAMETERS_NONE();
    timer_cancel(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Timer, refresh) {
    ZEND_PARSE_PARAMETERS_NONE();
    TimerObject *o = TimerObject::from(ZEND_THIS);
    if (o->data.timer) o->data.timer->refresh();
    sync_loop_ref(o);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Timer, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (core(ZEND_THIS)) core(ZEND_THIS)->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Timer, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (core(ZEND_THIS)) core(ZEND_THIS)->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Timer, hasRef) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(core(ZEND_THIS) && core(ZEND_THIS)->has_ref());
}
