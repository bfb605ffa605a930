// SPDX-License-Identifier: MIT
#include "invoke.h"

#include "promise.h"

extern "C" {
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "php_edges.h"
}

#include "loop_state.h"

namespace edges::php {

namespace {

struct CallArgs {
    zval *fn;
    uint32_t argc;
    zval *argv;
};

void call_body(void *ctx) {
    auto *a = static_cast<CallArgs *>(ctx);
    call(a->fn, a->argc, a->argv);
}

void stop_for(bool *flag) {
    *flag = true;
    if (EDGES_G(loop)) loop().stop();
}

// Runs body under zend_try. Returns false on bailout (state recorded).
bool guarded(void (*body)(void *), void *ctx) {
    zend_execute_data *saved = EG(current_execute_data);
    volatile bool ok = true;  // written after setjmp, read after longjmp
    zend_try { body(ctx); }
    zend_catch { ok = false; }
    zend_end_try();
    if (!ok) {
        EG(current_execute_data) = saved;
        stop_for(&EDGES_G(bailout_pending));
    }
    return ok;
}

// Takes an exit() out of EG(exception). Returns true when it was one.
bool take_exit() {
    zend_object *ex = EG(exception);
    if (!zend_is_unwind_exit(ex) && !zend_is_graceful_exit(ex)) return false;
    EG(exception) = nullptr;
    OBJ_RELEASE(ex);
    stop_for(&EDGES_G(exit_pending));
    return true;
}

void call_user_handler(void *ctx) {
    zval *arg = static_cast<zval *>(ctx);
    zval handler;
    ZVAL_COPY(&handler, &EG(user_exception_handler));
    call(&handler, 1, arg);
    zval_ptr_dtor(&handler);
}

void print_uncaught(void *ctx) {
    // E_ERROR | E_DONT_BAIL (inside zend_exception_error): PHP's own wording, no bailout.
    zend_exception_error(static_cast<zend_object *>(ctx), E_ERROR);
}

void report_uncaught() {
    // The process goes on, so it did not fail: keep the exit status the report would set.
    zend_long status = EG(exit_status);
    zend_object *ex = EG(exception);
    EG(exception) = nullptr;
    if (Z_TYPE(EG(user_exception_handler)) != IS_UNDEF) {
        zval arg;
        ZVAL_OBJ(&arg, ex);
        bool ok = guarded(call_user_handler, &arg);
        zval_ptr_dtor(&arg);
        if (!ok || (EG(exception) && take_exit())) return;  // fatal error or exit(): their status stands
        if (!EG(exception)) {
            EG(exit_status) = status;
            return;
        }
        // The handler threw in turn: report that one as PHP would.
        ex = EG(exception);
        EG(exception) = nullptr;
    }
    if (guarded(print_uncaught, ex)) EG(exit_status) = status;
}

}  // namespace

void call(zval *fn, uint32_t argc, zval *argv, zval *retval, zend_object *object) {
    zval dropped;
    zend_fcall_info fci;
    fci.size = sizeof(fci);
    ZVAL_COPY_VALUE(&fci.function_name, fn);
    fci.retval = retval ? retval : &dropped;
    fci.params = argv;
    fci.param_count = argc;
    fci.object = object;
    fci.named_params = nullptr;
    if (zend_call_function(&fci, nullptr) != SUCCESS) {
        ZVAL_UNDEF(fci.retval);
    } else if (!retval) {
        zval_ptr_dtor(&dropped);
    }
}

bool shutting_down() { return EDGES_G(shutting_down); }

bool aborting() { return EDGES_G(bailout_pending) || EDGES_G(exit_pending) || EDGES_G(shutting_down); }

namespace {
int loop_call_depth;  // run_from_loop() calls in progress
}  // namespace

bool run_from_loop(void (*body)(void *ctx), void *ctx) {
    if (aborting()) return false;
    loop_call_depth++;
    bool ok = guarded(body, ctx);
    loop_call_depth--;
    if (!ok) return false;
    if (EG(exception)) {
        if (!take_exit()) report_uncaught();
        ok = false;
    }
    // The callback is done and nothing of PHP's is on the stack: the promise reactions it
    // queued run now, before the loop goes on (JavaScript's microtasks).
    if (loop_call_depth == 0 && microtasks_pending()) microtasks_drain();
    return ok;
}

void call_from_loop(zval *fn, uint32_t argc, zval *argv) {
    CallArgs args{fn, argc, argv};
    run_from_loop(call_body, &args);
}

namespace {
struct ReturningCall {
    zval *fn;
    uint32_t argc;
    zval *argv;
    zval *result;
};
}  // namespace

bool call_from_loop(zval *fn, uint32_t argc, zval *argv, zval *result) {
    ZVAL_UNDEF(result);
    ReturningCall c{fn, argc, argv, result};
    return run_from_loop(
        [](void *ctx) {
            auto *rc = static_cast<ReturningCall *>(ctx);
            call(rc->fn, rc->argc, rc->argv, rc->result);
        },
        &c);
}

void report_type_error_from_loop(const std::string &message) {
    run_from_loop([](void *ctx) { zend_type_error("%s", static_cast<const std::string *>(ctx)->c_str()); },
                  const_cast<std::string *>(&message));
}

void request_exit(int status) {
    EG(exit_status) = status;
    stop_for(&EDGES_G(exit_pending));
}

void finish_loop_run(bool rethrow_exit) {
    if (EDGES_G(bailout_pending)) {
        EDGES_G(bailout_pending) = false;
        EDGES_G(exit_pending) = false;
        zend_bailout();
    }
    if (EDGES_G(exit_pending)) {
        EDGES_G(exit_pending) = false;
        if (rethrow_exit) zend_throw_unwind_exit();
    }
}

bool call_method(zend_object *obj, const char *name, uint32_t argc, zval *args, zval *ret) {
    zval fn;
    ZVAL_STRING(&fn, name);
    call(&fn, argc, args, ret, obj);
    zval_ptr_dtor(&fn);
    return Z_TYPE_P(ret) != IS_UNDEF && !EG(exception);
}

void method_closure(zend_object *o, const char *name, zval *out) {
    zend_string *lname = zend_string_init(name, strlen(name), 0);
    zend_function *fn = static_cast<zend_function *>(zend_hash_find_ptr_lc(&o->ce->function_table, lname));
    zend_string_release(lname);
    zval this_zv;
    ZVAL_OBJ(&this_zv, o);
    zend_create_fake_closure(out, fn, o->ce, o->ce, &this_zv);
}

}  // namespace edges::php
