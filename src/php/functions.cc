// SPDX-License-Identifier: MIT
// Node's global timer functions, over Event\Timer and Event\Loop::defer.
#include "loop.h"
#include "timer.h"

extern "C" {
#include "functions_arginfo.h"
}

using namespace edges::php;

// ZPP's optional marker must sit exactly after the required parameters (release
// builds turn that rule into an optimizer assumption), so each function parses its own.
ZEND_FUNCTION(Event_setTimeout) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    double ms = 0;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(ms)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *t = timer_start(ms, 2, false, &fci.function_name, argc, args);
    if (!t) RETURN_THROWS();
    RETURN_OBJ(t);
}

ZEND_FUNCTION(Event_setInterval) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    double ms;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(2, -1)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_DOUBLE(ms)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *t = timer_start(ms, 2, true, &fci.function_name, argc, args);
    if (!t) RETURN_THROWS();
    RETURN_OBJ(t);
}

static void clear_timer_function(INTERNAL_FUNCTION_PARAMETERS) {
    zend_object *timer = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJ_OF_CLASS_OR_NULL(timer, edges_timer_ce)
    ZEND_PARSE_PARAMETERS_END();
    if (timer) timer_cancel(timer);
}

ZEND_FUNCTION(Event_clearTimeout) { clear_timer_function(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

ZEND_FUNCTION(Event_clearInterval) { clear_timer_function(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

ZEND_FUNCTION(Event_setImmediate) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    loop_defer(&fci.function_name, argc, args);
}

namespace edges::php {
const zend_function_entry *module_functions() { return ext_functions; }
}  // namespace edges::php
