// SPDX-License-Identifier: MIT
#include "loop.h"
#include "promise.h"

#include <unordered_map>

#include "../http/server.h"
#include "callback.h"
#include "invoke.h"
#include "lifecycle.h"
#include "loop_state.h"
#include "object.h"

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

bool loop_exists() { return EDGES_G(loop) != nullptr; }

namespace {
// Each object the loop holds, with its `held` flag; one loop per thread, so one set per thread.
thread_local std::unordered_map<zend_object *, bool *> loop_refs;
}  // namespace

void hold_loop_ref(zend_object *obj, bool &held) {
    // Request shutdown (a destructor starting a timer): the loop will not run again.
    if (held || shutting_down()) return;
    held = true;
    GC_ADDREF(obj);
    loop_refs[obj] = &held;
}

void drop_loop_ref(zend_object *obj, bool &held) {
    if (!held) return;
    held = false;
    loop_refs.erase(obj);
    OBJ_RELEASE(obj);
}

std::vector<zend_object *> loop_refs_snapshot() {
    std::vector<zend_object *> all;
    all.reserve(loop_refs.size());
    for (auto &kv : loop_refs) {
        GC_ADDREF(kv.first);
        all.push_back(kv.first);
    }
    return all;
}

namespace {
std::unordered_map<zend_class_entry *, DescribeHeld> &describers() {
    static std::unordered_map<zend_class_entry *, DescribeHeld> map;  // filled at MINIT, read-only after
    return map;
}
}  // namespace

void register_describe_held(zend_class_entry *ce, DescribeHeld fn) { describers()[ce] = fn; }

bool describe_held(zend_object *obj, std::string *out) {
    out->assign(ZSTR_VAL(obj->ce->name), ZSTR_LEN(obj->ce->name));
    auto it = describers().find(obj->ce);
    if (it == describers().end()) return true;
    std::string detail;
    if (!it->second(obj, &detail)) return false;
    if (!detail.empty()) *out += " (" + detail + ")";
    return true;
}

void release_loop_refs() {
    EDGES_G(shutting_down) = true;
    // One at a time: freeing one object may drop the loop's reference on others.
    while (!loop_refs.empty()) {
        auto it = loop_refs.begin();
        zend_object *obj = it->first;
        *it->second = false;
        loop_refs.erase(it);
        OBJ_RELEASE(obj);
    }
}

void destroy_loop() {
    edges::http::Exchange::drain_pool();
    delete static_cast<edges::Loop *>(EDGES_G(loop));
    EDGES_G(loop) = nullptr;
}

void loop_defer(zval *fn, uint32_t argc, zval *argv) {
    if (shutting_down()) return;  // from a destructor at request shutdown: never runs
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
    lifecycle_loop_starts();
    microtasks_drain();  // the main script's
    loop().run();
    finish_loop_run(true);
}

ZEND_METHOD(Event_Loop, runAtExit) {
    ZEND_PARSE_PARAMETERS_NONE();
    // Not after exit() or an uncaught error in the main script, nor when the
    // script ran or stopped the loop itself.
    if (EDGES_G(autorun_disabled) || EG(exit_status) != 0 || CG(unclean_shutdown) || !EDGES_G(loop)) return;
    EDGES_G(autorun_disabled) = true;
    lifecycle_loop_starts();
    microtasks_drain();  // the main script's
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
