// SPDX-License-Identifier: MIT
#include "loop.h"

#include "../http/server.h"
#include "callback.h"
#include "invoke.h"
#include "loop_state.h"

extern "C" {
#include "ext/standard/basic_functions.h"
#include "php_edges.h"
#include "loop_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_loop_ce;

namespace {

void run_immediate(void *data, bool cancelled) {
    auto *cb = static_cast<Callback *>(data);
    if (!cancelled) callback_run_from_loop(cb);
    callback_free(cb);
    efree(cb);
}

}  // namespace

edges::Loop &loop() {
    if (!EDGES_G(loop)) EDGES_G(loop) = new edges::Loop();
    return *static_cast<edges::Loop *>(EDGES_G(loop));
}

void destroy_loop() {
    edges::http::Exchange::drain_pool();
    delete static_cast<edges::Loop *>(EDGES_G(loop));
    EDGES_G(loop) = nullptr;
}

void loop_defer(zval *fn, uint32_t argc, zval *argv) {
    auto *cb = static_cast<Callback *>(emalloc(sizeof(Callback)));
    callback_init(cb, fn, argc, argv);
    loop().defer(edges::Task{run_immediate, cb});
}

void loop_register_autorun() {
    php_shutdown_function_entry entry;
    memset(&entry, 0, sizeof(entry));
    entry.fci.size = sizeof(entry.fci);
    ZVAL_STRING(&entry.fci.function_name, "Event\\Loop::runAtExit");
    entry.fci_cache.function_handler = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&edges_loop_ce->function_table, ZEND_STRL("runatexit")));
    entry.fci_cache.called_scope = edges_loop_ce;
    register_user_shutdown_function(ZEND_STRL("Event\\Loop::runAtExit"), &entry);
}

void loop_rshutdown() {
    if (EDGES_G(loop)) loop().cancel_immediates();
}

void loop_minit() { edges_loop_ce = register_class_Event_Loop(); }

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Loop, __construct) {}

ZEND_METHOD(Event_Loop, run) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (loop().running()) {
        zend_throw_error(nullptr, "Event\\Loop::run() cannot be called while the loop is running");
        RETURN_THROWS();
    }
    EDGES_G(autorun_disabled) = true;
    loop().run();
    finish_loop_run(true);
}

ZEND_METHOD(Event_Loop, runAtExit) {
    ZEND_PARSE_PARAMETERS_NONE();
    // Not after exit() or an uncaught error in the main script, nor when the
    // script ran or stopped the loop itself.
    if (EDGES_G(autorun_disabled) || EG(exit_status) != 0 || CG(unclean_shutdown) || !EDGES_G(loop)) return;
    EDGES_G(autorun_disabled) = true;
    loop().run();
    finish_loop_run(false);
}

ZEND_METHOD(Event_Loop, stop) {
    ZEND_PARSE_PARAMETERS_NONE();
    EDGES_G(autorun_disabled) = true;
    if (EDGES_G(loop)) loop().stop();
}

ZEND_METHOD(Event_Loop, now) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (!loop().running()) loop().update_time();
    RETURN_DOUBLE(double(loop().now_us()) / 1000.0);
}

ZEND_METHOD(Event_Loop, defer) {
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
