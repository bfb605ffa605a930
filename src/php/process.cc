// SPDX-License-Identifier: MIT
#include <unistd.h>

#include <unordered_set>

#include "../core/exec.h"
#include "../core/process.h"
#include "../core/signal.h"
#include "emitter.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "promise.h"
#include "event_signal.h"
#include "socket.h"

extern "C" {
#include "zend_exceptions.h"
#include "process_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_process_ce;

namespace {

zend_object_handlers process_handlers;
zend_string *str_spawn, *str_exit;
class ProcessBinding;

struct ProcessData {
    edges::Process *process;  // owned: disposed in free_obj
    ProcessBinding *binding;  // owned
    zend_object *stdio[3];    // Event\Socket for each piped stream (references), or null
    int open_pipes;           // piped streams not closed yet
    int exit_code;            // -1: none
    int term_signal;          // -1: none
    bool started;
    bool spawn_emitted;
    bool exited;
    bool killed;
    bool close_emitted;
    bool holds_loop_ref;  // from spawn() until 'close'
};
using ProcessObject = Object<ProcessData>;

void emit_close(void *data, bool cancelled);

// 'close' comes after 'exit' and after each pipe's own 'close', from the loop.
void maybe_close(ProcessObject *o) {
    if (o->data.close_emitted || !o->data.exited || o->data.open_pipes > 0) return;
    o->data.close_emitted = true;
    if (shutting_down()) {
        drop_loop_ref(&o->std, o->data.holds_loop_ref);
        return;
    }
    GC_ADDREF(&o->std);
    loop().next_tick(edges::Task{emit_close, o});
}

void exit_args(ProcessObject *o, zval args[2]) {
    if (o->data.exit_code >= 0) {
        ZVAL_LONG(&args[0], o->data.exit_code);
    } else {
        ZVAL_NULL(&args[0]);
    }
    if (o->data.term_signal > 0) {
        std::string name = edges::signal_name(o->data.term_signal);
        ZVAL_STRINGL(&args[1], name.data(), name.size());
    } else {
        ZVAL_NULL(&args[1]);
    }
}

void emit_close(void *data, bool cancelled) {
    auto *o = static_cast<ProcessObject *>(data);
    if (!cancelled) {
        zval args[2];
        exit_args(o, args);
        emit_from_loop(&o->std, str_close, 2, args);
        zval_ptr_dtor(&args[1]);
    }
    drop_loop_ref(&o->std, o->data.holds_loop_ref);
    OBJ_RELEASE(&o->std);
}

void on_pipe_closed(void *owner) {
    auto *o = static_cast<ProcessObject *>(owner);
    o->data.open_pipes--;
    maybe_close(o);
}

// 'spawn' comes first, from the loop, once: before 'exit' even when the child is gone by
// the time the loop first looks.
void emit_spawn(ProcessObject *o) {
    if (o->data.spawn_emitted) return;
    o->data.spawn_emitted = true;
    emit_held(&o->std, str_spawn, 0, nullptr);
}

void spawn_task(void *data, bool cancelled) {
    auto *o = static_cast<ProcessObject *>(data);
    if (!cancelled) emit_spawn(o);
    OBJ_RELEASE(&o->std);
}

class ProcessBinding final : public edges::ProcessHandler {
public:
    explicit ProcessBinding(ProcessObject *o) : o_(o) {}
    void on_exit(edges::Process &, int code, int signo) override {
        ProcessObject *o = o_;
        o->data.exited = true;
        o->data.exit_code = code;
        o->data.term_signal = signo;
        GC_ADDREF(&o->std);
        emit_spawn(o);
        zval args[2];
        exit_args(o, args);
        emit_from_loop(&o->std, str_exit, 2, args);
        zval_ptr_dtor(&args[1]);
        maybe_close(o);
        OBJ_RELEASE(&o->std);
    }

private:
    ProcessObject *o_;
};

// A spawn that failed: 'error', then 'close', from the loop (node's order).
struct SpawnFailure {
    zend_object *obj;
    zval error;
    int err;
};

void report_spawn_failure(void *data, bool cancelled) {
    auto *f = static_cast<SpawnFailure *>(data);
    ProcessObject *o = ProcessObject::from(f->obj);
    if (!cancelled) {
        emit_from_loop(f->obj, str_error, 1, &f->error);
        zval args[2];
        ZVAL_LONG(&args[0], -f->err);  // node's close code for a child that never ran
        ZVAL_NULL(&args[1]);
        emit_from_loop(f->obj, str_close, 2, args);
    }
    o->data.close_emitted = true;
    drop_loop_ref(f->obj, o->data.holds_loop_ref);
    zval_ptr_dtor(&f->error);
    OBJ_RELEASE(f->obj);
    efree(f);
}

zend_object *process_create(zend_class_entry *ce) {
    zend_object *obj = ProcessObject::create(ce, &process_handlers);
    ProcessObject *o = ProcessObject::from(obj);
    o->data.exit_code = o->data.term_signal = -1;
    return obj;
}

void process_free(zend_object *obj) {
    ProcessObject *o = ProcessObject::from(obj);
    if (o->data.process) o->data.process->dispose();
    delete o->data.binding;
    for (zend_object *&s : o->data.stdio) {
        if (s) OBJ_RELEASE(s);
        s = nullptr;
    }
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *process_get_gc(zend_object *obj, zval **table, int *n) {
    ProcessObject *o = ProcessObject::from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    for (zend_object *s : o->data.stdio)
        if (s) zend_get_gc_buffer_add_obj(buf, s);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool process_props(zend_object *obj, zend_string *name, zval *rv) {
    ProcessObject *o = ProcessObject::from(obj);
    const char *n = ZSTR_VAL(name);
    auto socket = [&](int i) {
        if (o->data.stdio[i]) {
            ZVAL_OBJ_COPY(rv, o->data.stdio[i]);
        } else {
            ZVAL_NULL(rv);
        }
    };
    if (!strcmp(n, "pid")) {
        if (o->data.started) {
            ZVAL_LONG(rv, o->data.process->pid());
        } else {
            ZVAL_NULL(rv);
        }
    } else if (!strcmp(n, "stdin")) {
        socket(0);
    } else if (!strcmp(n, "stdout")) {
        socket(1);
    } else if (!strcmp(n, "stderr")) {
        socket(2);
    } else if (!strcmp(n, "exitCode")) {
        if (o->data.exit_code >= 0) {
            ZVAL_LONG(rv, o->data.exit_code);
        } else {
            ZVAL_NULL(rv);
        }
    } else if (!strcmp(n, "signalCode")) {
        if (o->data.term_signal > 0) {
            std::string s = edges::signal_name(o->data.term_signal);
            ZVAL_STRINGL(rv, s.data(), s.size());
        } else {
            ZVAL_NULL(rv);
        }
    } else if (!strcmp(n, "killed")) {
        ZVAL_BOOL(rv, o->data.killed);
    } else {
        return false;
    }
    return true;
}

// A string argument for execve(): scalars as PHP converts them, no NUL byte.
bool to_arg(zval *v, uint32_t arg, const char *what, std::string *out) {
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) == IS_ARRAY || Z_TYPE_P(v) == IS_OBJECT || Z_TYPE_P(v) == IS_NULL) {
        zend_argument_type_error(arg, "%s must be strings, %s given", what, zend_zval_type_name(v));
        return false;
    }
    zend_string *s = zval_get_string(v);
    bool nul = memchr(ZSTR_VAL(s), 0, ZSTR_LEN(s)) != nullptr;
    if (!nul) out->assign(ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release(s);
    if (nul) zend_argument_value_error(arg, "%s must not contain NUL bytes", what);
    return !nul;
}

bool parse_stdio(zval *v, edges::SpawnOptions::Stdio *out) {
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) != IS_STRING) return false;
    if (zend_string_equals_literal(Z_STR_P(v), "pipe")) {
        *out = edges::SpawnOptions::Stdio::kPipe;
    } else if (zend_string_equals_literal(Z_STR_P(v), "inherit")) {
        *out = edges::SpawnOptions::Stdio::kInherit;
    } else if (zend_string_equals_literal(Z_STR_P(v), "ignore")) {
        *out = edges::SpawnOptions::Stdio::kIgnore;
    } else {
        return false;
    }
    return true;
}

// Fills `eo` from (file, args, options); `eo.spawn` is all spawn() uses. Throws and returns
// false on a bad value or an option that is not for this call.
bool parse_call(zend_string *file, HashTable *args, HashTable *opts, bool exec, uint32_t opts_arg,
                edges::ExecOptions &eo) {
    edges::SpawnOptions &so = eo.spawn;
    if (ZSTR_LEN(file) == 0 || memchr(ZSTR_VAL(file), 0, ZSTR_LEN(file))) {
        zend_argument_value_error(1, "must be a non-empty program name without NUL bytes");
        return false;
    }
    so.file.assign(ZSTR_VAL(file), ZSTR_LEN(file));
    if (args) {
        zval *v;
        ZEND_HASH_FOREACH_VAL(args, v) {
            std::string a;
            if (!to_arg(v, 2, "arguments", &a)) return false;
            so.args.push_back(std::move(a));
        }
        ZEND_HASH_FOREACH_END();
    }
    bool shell = false;
    if (opts) {
        zend_string *key;
        zval *v;
        ZEND_HASH_FOREACH_STR_KEY_VAL(opts, key, v) {
            ZVAL_DEREF(v);
            const char *k = key ? ZSTR_VAL(key) : "";
            if (!strcmp(k, "cwd")) {
                if (Z_TYPE_P(v) != IS_NULL && !to_arg(v, opts_arg, "option \"cwd\"", &so.cwd)) return false;
            } else if (!strcmp(k, "env")) {
                if (Z_TYPE_P(v) != IS_ARRAY) {
                    zend_argument_type_error(opts_arg, "option \"env\" must be an array of name => value");
                    return false;
                }
                so.replace_env = true;
                zend_string *name;
                zval *val;
                ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), name, val) {
                    std::string value;
                    if (!name || !ZSTR_LEN(name) || strchr(ZSTR_VAL(name), '=')) {
                        zend_argument_value_error(opts_arg, "option \"env\" must use variable names as keys");
                        return false;
                    }
                    if (!to_arg(val, opts_arg, "option \"env\" values", &value)) return false;
                    so.env.push_back(std::string(ZSTR_VAL(name), ZSTR_LEN(name)) + "=" + value);
                }
                ZEND_HASH_FOREACH_END();
            } else if (!strcmp(k, "stdio") && !exec) {
                bool ok = true;
                if (Z_TYPE_P(v) == IS_STRING) {
                    edges::SpawnOptions::Stdio s;
                    ok = parse_stdio(v, &s);
                    so.stdio[0] = so.stdio[1] = so.stdio[2] = s;
                } else if (Z_TYPE_P(v) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(v)) == 3) {
                    for (int i = 0; i < 3 && ok; i++) {
                        zval *e = zend_hash_index_find(Z_ARRVAL_P(v), i);
                        ok = e && parse_stdio(e, &so.stdio[i]);
                    }
                } else {
                    ok = false;
                }
                if (!ok) {
                    zend_argument_value_error(
                        opts_arg,
                        "option \"stdio\" must be 'pipe', 'inherit', 'ignore' or a list of three of them");
                    return false;
                }
            } else if (!strcmp(k, "detached")) {
                so.detached = zend_is_true(v);
            } else if (!strcmp(k, "shell")) {
                shell = zend_is_true(v);
            } else if (exec && (!strcmp(k, "maxBuffer") || !strcmp(k, "timeout"))) {
                if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
                    zend_argument_value_error(opts_arg, "option \"%s\" must be a non-negative integer", k);
                    return false;
                }
                if (k[0] == 'm') {
                    eo.max_buffer = size_t(Z_LVAL_P(v));
                } else {
                    eo.timeout_ms = uint64_t(Z_LVAL_P(v));
                }
            } else if (exec && !strcmp(k, "killSignal")) {
                eo.kill_signal = parse_signal(v, opts_arg);
                if (!eo.kill_signal) return false;
            } else if (exec && !strcmp(k, "input")) {
                if (Z_TYPE_P(v) != IS_STRING) {
                    zend_argument_type_error(opts_arg, "option \"input\" must be a string");
                    return false;
                }
                eo.input.assign(Z_STRVAL_P(v), Z_STRLEN_P(v));
            } else {
                zend_argument_value_error(opts_arg, "unknown option \"%s\"", k);
                return false;
            }
        }
        ZEND_HASH_FOREACH_END();
    }
    if (shell) {
        // node's shell mode: one command line, the arguments joined to it as they are.
        std::string line = so.file;
        for (const std::string &a : so.args) line += " " + a;
        so.file = "/bin/sh";
        so.args = {"-c", line};
    }
    return true;
}

// Event\Process::exec(): the callback and what it is called with.
class ExecCall final : public edges::ExecHandler {
public:
    explicit ExecCall(zval *done) {
        ZVAL_COPY(&done_, done);
        live().insert(this);
    }
    ~ExecCall() override {
        zval_ptr_dtor(&done_);
        live().erase(this);
    }
    static std::unordered_set<ExecCall *> &live() {
        static thread_local std::unordered_set<ExecCall *> set;
        return set;
    }
    edges::Exec *exec = nullptr;

    void on_done(edges::Exec &, edges::ExecResult &r) override {
        zval args[4];
        ZVAL_NULL(&args[0]);
        if (r.failure == edges::ExecResult::Failure::kSpawn) {
            make_errno_exception(&args[0], edges_process_exception_ce, r.error);
        } else if (r.failure != edges::ExecResult::Failure::kNone) {
            object_init_ex(&args[0], edges_process_exception_ce);
            zend_object *e = Z_OBJ(args[0]);
            zend_update_property_stringl(zend_ce_exception, e, ZEND_STRL("message"), r.error.message.data(),
                                         r.error.message.size());
            if (r.failure == edges::ExecResult::Failure::kMaxBuffer ||
                r.failure == edges::ExecResult::Failure::kTimeout) {
                zend_update_property_string(zend_ce_exception, e, ZEND_STRL("code"),
                                            edges::errno_name(r.error.code));
            } else {
                zend_update_property_long(zend_ce_exception, e, ZEND_STRL("code"), r.error.code);
            }
            if (r.signo > 0) {
                std::string s = edges::signal_name(r.signo);
                zend_update_property_stringl(edges_process_exception_ce, e, ZEND_STRL("signal"), s.data(),
                                             s.size());
            }
            zend_update_property_bool(edges_process_exception_ce, e, ZEND_STRL("killed"), r.killed);
        }
        ZVAL_STRINGL(&args[1], r.out.data(), r.out.size());
        ZVAL_STRINGL(&args[2], r.err.data(), r.err.size());
        ZVAL_LONG(&args[3], r.signo > 0 ? 128 + r.signo : r.code);
        call_from_loop(&done_, 4, args);
        for (zval &a : args) zval_ptr_dtor(&a);
        delete this;  // the Exec deletes itself after this returns
    }

private:
    zval done_;
};

}  // namespace

void process_rshutdown() {
    // Children still collecting output: kill them, no callback.
    std::unordered_set<ExecCall *> all = ExecCall::live();
    for (ExecCall *c : all) {
        c->exec->abandon();
        delete c;
    }
}

bool process_describe(zend_object *obj, std::string *out) {
    ProcessObject *o = ProcessObject::from(obj);
    if (o->data.exited) {
        *out = std::to_string(o->data.open_pipes) + " pipes still open";
        return true;
    }
    if (!o->data.started || !o->data.process->has_ref()) return false;
    *out = "pid " + std::to_string(o->data.process->pid());
    return true;
}

void process_minit() {
    str_spawn = zend_string_init_interned(ZEND_STRL("spawn"), 1);
    str_exit = zend_string_init_interned(ZEND_STRL("exit"), 1);
    edges_process_ce = register_class_Event_Process(edges_emitter_ce);
    edges_process_ce->create_object = process_create;
    init_handlers(process_handlers, XtOffsetOf(ProcessObject, std), process_free, process_get_gc);
    VirtualProperties<process_props>::install(process_handlers);
    register_describe_held(edges_process_ce, process_describe);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Process, __construct) {}

ZEND_METHOD(Event_Process, spawn) {
    zend_string *file;
    HashTable *args = nullptr, *opts = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(file)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(args)
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    edges::ExecOptions eo;
    if (!parse_call(file, args, opts, false, 3, eo)) RETURN_THROWS();
    zend_object *obj = process_create(edges_process_ce);
    ProcessObject *o = ProcessObject::from(obj);
    o->data.binding = new ProcessBinding(o);
    o->data.process = new edges::Process(loop(), o->data.binding);
    hold_loop_ref(obj, o->data.holds_loop_ref);
    int pipes[3];
    edges::Error err = o->data.process->spawn(eo.spawn, pipes);
    if (err) {
        auto *f = static_cast<SpawnFailure *>(emalloc(sizeof(SpawnFailure)));
        f->obj = obj;
        f->err = err.code;
        make_errno_exception(&f->error, edges_process_exception_ce, err);
        GC_ADDREF(obj);
        loop().next_tick(edges::Task{report_spawn_failure, f});
        RETURN_OBJ(obj);
    }
    o->data.started = true;
    for (int i = 0; i < 3; i++) {
        if (pipes[i] < 0) continue;
        o->data.stdio[i] = socket_from_fd(pipes[i], edges::SocketAddress(), on_pipe_closed, o);
        o->data.open_pipes++;
    }
    if (!shutting_down()) {
        GC_ADDREF(obj);
        loop().next_tick(edges::Task{spawn_task, o});
    }
    RETURN_OBJ(obj);
}

ZEND_METHOD(Event_Process, exec) {
    zend_string *file;
    HashTable *args, *opts = nullptr;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_STR(file)
        Z_PARAM_ARRAY_HT(args)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    edges::ExecOptions eo;
    if (!parse_call(file, args, opts, true, 4, eo)) RETURN_THROWS();
    if (shutting_down()) return;
    auto *call = new ExecCall(&fci.function_name);
    call->exec = edges::Exec::start(loop(), std::move(eo), call);
}

ZEND_METHOD(Event_Process, pid) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(getpid());
}

ZEND_METHOD(Event_Process, kill) {
    zval *signal = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(signal)
    ZEND_PARSE_PARAMETERS_END();
    int signo = 15;
    if (signal && !(signo = parse_signal(signal, 1))) RETURN_THROWS();
    ProcessObject *o = ProcessObject::from(ZEND_THIS);
    if (!o->data.started || o->data.exited) RETURN_FALSE;
    bool sent = !o->data.process->kill(signo);
    if (sent) o->data.killed = true;
    RETURN_BOOL(sent);
}

ZEND_METHOD(Event_Process, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    ProcessObject::from(ZEND_THIS)->data.process->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Process, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    ProcessObject::from(ZEND_THIS)->data.process->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Process, execAsync) {
    zend_string *file;
    zval *args = nullptr;
    zval *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(file)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY(args)
        Z_PARAM_ARRAY(options)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = promise_new();
    zval call_args[4], empty_args, empty_options, ret;
    array_init(&empty_args);
    array_init(&empty_options);
    ZVAL_STR(&call_args[0], file);
    ZVAL_COPY_VALUE(&call_args[1], args ? args : &empty_args);
    method_closure(p, "settleExec", &call_args[2]);
    ZVAL_COPY_VALUE(&call_args[3], options ? options : &empty_options);
    zend_function *exec = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&edges_process_ce->function_table, ZEND_STRL("exec")));
    zend_call_known_function(exec, nullptr, edges_process_ce, &ret, 4, call_args, nullptr);
    zval_ptr_dtor(&ret);
    zval_ptr_dtor(&call_args[2]);
    zval_ptr_dtor(&empty_args);
    zval_ptr_dtor(&empty_options);
    if (EG(exception)) {
        OBJ_RELEASE(p);
        RETURN_THROWS();
    }
    RETURN_OBJ(p);
}
