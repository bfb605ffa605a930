// SPDX-License-Identifier: MIT
// Event\File: node's fs calls on the loop's thread pool, callbacks error first.
#include "file.h"

#include <fcntl.h>
#include <unistd.h>

#include "../core/error.h"
#include "../fs/ops.h"
#include "emitter.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "options.h"
#include "promise.h"

extern "C" {
#include "zend_exceptions.h"
#include "file_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_file_ce;
zend_class_entry *edges_file_exception_ce;

namespace {

zend_object_handlers file_handlers;

// An open file (node's FileHandle).
struct FileData {
    zend_string *path;
    int fd;                   // -1 once closed
    int in_flight;            // calls running on the pool with this descriptor
    bool closing;             // close() was called: no new calls
    edges::fs::Op *close_op;  // close() waiting for the calls in flight
};
using FileObject = Object<FileData>;

// What a call turns its result into.
enum class Result { kNone, kString, kStat, kNames, kFile, kCount };

// The PHP side of a call in flight: deleted with its op (done() runs once, on the loop's
// thread, before the request's memory goes: file_rshutdown() cancels what is left).
struct PhpCall {
    zval callback;
    zend_object *handle;  // the Event\File the call is on (a reference), or null
    zend_string *keep;    // the bytes the op writes from (a reference), or null
    Result result;
};

struct DeliverCtx {
    edges::fs::Op *op;
    PhpCall *call;
};

void deliver_body(void *ctx);

void release_call(PhpCall *c) {
    zval_ptr_dtor(&c->callback);
    if (c->handle) OBJ_RELEASE(c->handle);
    if (c->keep) zend_string_release(c->keep);
    delete c;
}

void submit_close(FileObject *f);

void on_op_done(edges::fs::Op &op, bool cancelled) {
    auto *c = static_cast<PhpCall *>(op.user);
    if (c->handle) {
        FileObject *f = FileObject::from(c->handle);
        if (op.kind == edges::fs::OpKind::kClose) {
            if (op.ran) f->data.fd = -1;  // closed, even when close(2) failed
        } else if (--f->data.in_flight == 0 && f->data.close_op && !cancelled) {
            submit_close(f);
        }
    }
    if (!cancelled && !shutting_down()) {
        DeliverCtx ctx{&op, c};
        run_from_loop(deliver_body, &ctx);
    }
    release_call(c);
}

void stat_array(zval *out, const edges::fs::Stat &st) {
    array_init_size(out, 16);
    auto num = [&](const char *k, uint64_t v) { add_assoc_long_ex(out, k, strlen(k), zend_long(v)); };
    num("dev", st.dev);
    num("ino", st.ino);
    num("mode", st.mode);
    num("nlink", st.nlink);
    num("uid", st.uid);
    num("gid", st.gid);
    num("rdev", st.rdev);
    num("size", st.size);
    num("blksize", st.blksize);
    num("blocks", st.blocks);
    add_assoc_double(out, "atime", st.atime);
    add_assoc_double(out, "mtime", st.mtime);
    add_assoc_double(out, "ctime", st.ctime);
    add_assoc_bool(out, "isFile", st.is_file);
    add_assoc_bool(out, "isDirectory", st.is_dir);
    add_assoc_bool(out, "isSymbolicLink", st.is_symlink);
}

zend_object *file_create(zend_class_entry *ce) {
    zend_object *obj = FileObject::create(ce, &file_handlers);
    FileObject::from(obj)->data.fd = -1;
    return obj;
}

void deliver_body(void *ctx) {
    auto *d = static_cast<DeliverCtx *>(ctx);
    edges::fs::Op &op = *d->op;
    PhpCall *c = d->call;
    zval args[2];
    uint32_t argc = c->result == Result::kNone ? 1 : 2;
    ZVAL_NULL(&args[1]);
    if (op.error) {
        make_file_exception(&args[0], op.error);
    } else {
        ZVAL_NULL(&args[0]);
        switch (c->result) {
            case Result::kNone:
                break;
            case Result::kString:
                ZVAL_STRINGL(&args[1], op.bytes.data(), op.bytes.size());
                break;
            case Result::kStat:
                stat_array(&args[1], op.st);
                break;
            case Result::kNames:
                array_init_size(&args[1], uint32_t(op.names.size()));
                for (const std::string &n : op.names) add_next_index_stringl(&args[1], n.data(), n.size());
                break;
            case Result::kFile: {
                zend_object *obj = file_create(edges_file_ce);
                FileObject *f = FileObject::from(obj);
                f->data.fd = op.result_fd;
                op.result_fd = -1;  // the object owns it now
                f->data.path = zend_string_init(op.path.data(), op.path.size(), 0);
                ZVAL_OBJ(&args[1], obj);
                break;
            }
            case Result::kCount:
                ZVAL_LONG(&args[1], zend_long(op.count));
                break;
        }
    }
    if (Z_TYPE(c->callback) != IS_UNDEF) {
        call(&c->callback, argc, args);
        zval_ptr_dtor(&args[0]);
    } else if (Z_TYPE(args[0]) == IS_OBJECT) {
        zend_throw_exception_object(&args[0]);  // close() without a callback: reported as uncaught
    }
    zval_ptr_dtor(&args[1]);
}

edges::fs::Op *new_op(edges::fs::OpKind kind, zend_string *path) {
    auto *op = new edges::fs::Op(kind);
    if (path) op->path.assign(ZSTR_VAL(path), ZSTR_LEN(path));
    return op;
}

// Hands the op to the pool with its callback. From a destructor at request shutdown the
// loop will not run again: nothing is started.
void submit(edges::fs::Op *op, zval *callback, Result result, zend_object *handle = nullptr,
            zend_string *keep = nullptr) {
    if (shutting_down()) {
        delete op;
        return;
    }
    auto *c = new PhpCall;
    if (callback) {
        ZVAL_COPY(&c->callback, callback);
    } else {
        ZVAL_UNDEF(&c->callback);
    }
    c->handle = handle;
    if (handle) GC_ADDREF(handle);
    c->keep = keep;
    if (keep) {
        zend_string_addref(keep);
        op->ext = ZSTR_VAL(keep);
        op->ext_len = ZSTR_LEN(keep);
    }
    c->result = result;
    op->user = c;
    op->on_done = on_op_done;
    edges::fs::submit(loop(), op);
}

void submit_close(FileObject *f) {
    edges::fs::Op *op = f->data.close_op;
    f->data.close_op = nullptr;
    op->fd = f->data.fd;
    auto *c = static_cast<PhpCall *>(op->user);
    c->handle = &f->std;
    GC_ADDREF(&f->std);
    op->on_done = on_op_done;
    edges::fs::submit(loop(), op);
}

void file_free(zend_object *obj) {
    FileObject *f = FileObject::from(obj);
    // Dropped while open (node warns and closes it): close(2) of a file does not wait for the disk.
    if (f->data.fd >= 0) ::close(f->data.fd);
    f->data.fd = -1;
    if (f->data.close_op) {
        // Cannot happen while calls are in flight (each holds the object); only at shutdown.
        release_call(static_cast<PhpCall *>(f->data.close_op->user));
        delete f->data.close_op;
        f->data.close_op = nullptr;
    }
    if (f->data.path) zend_string_release(f->data.path);
    zend_object_std_dtor(obj);
}

bool file_props(zend_object *obj, zend_string *name, zval *rv) {
    FileObject *f = FileObject::from(obj);
    if (zend_string_equals_literal(name, "fd")) {
        if (f->data.fd >= 0 && !f->data.closing) {
            ZVAL_LONG(rv, f->data.fd);
        } else {
            ZVAL_NULL(rv);
        }
        return true;
    }
    if (zend_string_equals_literal(name, "path")) {
        if (f->data.path) {
            ZVAL_STR_COPY(rv, f->data.path);
        } else {
            ZVAL_EMPTY_STRING(rv);
        }
        return true;
    }
    return false;
}

// Parses node's ($options, $callback) pair where $options may be left out: fills *cb and
// *options (null when none). False with PHP's error when neither is right.
bool options_and_callback(zval *options, zval *callback, uint32_t arg, zval **cb, HashTable **opts) {
    *opts = nullptr;
    if (callback) {
        if (Z_TYPE_P(options) != IS_ARRAY) {
            zend_argument_type_error(arg, "must be of type array when a callback follows, %s given",
                                     zend_zval_type_name(options));
            return false;
        }
        *opts = Z_ARRVAL_P(options);
        *cb = callback;
        return true;
    }
    if (!zend_is_callable(options, 0, nullptr)) {
        zend_argument_type_error(arg + 1, "must be a valid callback, none given");
        return false;
    }
    *cb = options;
    return true;
}

bool mode_option(HashTable *opts, uint32_t arg, int *out) {
    zval *v = option_find(opts, "mode");
    if (!v) return true;
    if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > 07777) {
        zend_argument_value_error(arg, "option 'mode' must be an integer from 0 to 0o7777");
        return false;
    }
    *out = int(Z_LVAL_P(v));
    return true;
}

FileObject *open_handle(zval *this_zv, zval *callback, edges::fs::OpKind kind, Result result) {
    FileObject *f = FileObject::from(this_zv);
    if (f->data.closing || f->data.fd < 0) {
        // node: EBADF from the loop, as any other failure of the call.
        edges::fs::Op *op = new_op(edges::fs::OpKind::kNone, f->data.path);
        op->error = edges::fs::FsError{EBADF,
                                       kind == edges::fs::OpKind::kRead    ? "read"
                                       : kind == edges::fs::OpKind::kWrite ? "write"
                                       : kind == edges::fs::OpKind::kFstat ? "fstat"
                                                                           : "fsync",
                                       ""};
        submit(op, callback, result);
        return nullptr;
    }
    return f;
}

void submit_on_handle(FileObject *f, edges::fs::Op *op, zval *callback, Result result,
                      zend_string *keep = nullptr) {
    op->fd = f->data.fd;
    if (f->data.path) op->path.assign(ZSTR_VAL(f->data.path), ZSTR_LEN(f->data.path));
    f->data.in_flight++;
    submit(op, callback, result, &f->std, keep);
}

}  // namespace

void make_file_exception(zval *out, const edges::fs::FsError &error) {
    edges::Error e{error.code, error.message()};
    make_errno_exception(out, edges_file_exception_ce, e);
    zend_object *obj = Z_OBJ_P(out);
    zend_update_property_string(edges_file_exception_ce, obj, ZEND_STRL("syscall"), error.syscall);
    zend_update_property_stringl(edges_file_exception_ce, obj, ZEND_STRL("path"), error.path.data(),
                                 error.path.size());
    zend_update_property_long(edges_file_exception_ce, obj, ZEND_STRL("errno"), error.code);
}

void file_rshutdown() {
    // Waits for the calls that run now and drops the rest, with their callbacks, while
    // the request's memory is still there.
    if (loop_exists() && loop().has_pool()) loop().pool().cancel_all();
}

void file_minit() {
    edges_file_ce = register_class_Event_File();
    edges_file_ce->create_object = file_create;
    init_handlers(file_handlers, XtOffsetOf(FileObject, std), file_free, nullptr);
    file_handlers.get_gc = [](zend_object *obj, zval **table, int *n) {
        *table = nullptr;
        *n = 0;
        return zend_std_get_properties(obj);
    };
    VirtualProperties<file_props>::install(file_handlers);
}

}  // namespace edges::php

using namespace edges::php;
using edges::fs::Op;
using edges::fs::OpKind;

ZEND_METHOD(Event_File, __construct) {}

#define FILE_PATH_AND_CALLBACK(path, cb)                         \
    zend_string *path;                                           \
    zval *cb;                                                    \
    ZEND_PARSE_PARAMETERS_START(2, 2)                            \
        Z_PARAM_PATH_STR(path)                                   \
        Z_PARAM_ZVAL(cb)                                         \
    ZEND_PARSE_PARAMETERS_END();                                 \
    if (!zend_is_callable(cb, 0, nullptr)) {                     \
        zend_argument_type_error(2, "must be a valid callback"); \
        RETURN_THROWS();                                         \
    }

ZEND_METHOD(Event_File, readFile) {
    FILE_PATH_AND_CALLBACK(path, cb);
    submit(new_op(OpKind::kReadFile, path), cb, Result::kString);
}

ZEND_METHOD(Event_File, writeFile) {
    zend_string *path, *data;
    zval *options, *callback = nullptr;
    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_STR(data)
        Z_PARAM_ZVAL(options)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(callback)
    ZEND_PARSE_PARAMETERS_END();
    zval *cb;
    HashTable *opts;
    if (!options_and_callback(options, callback, 3, &cb, &opts)) RETURN_THROWS();
    Op *op = new_op(OpKind::kWriteFile, path);
    zval *flags = option_find(opts, "flags");
    if (flags) {
        int f = Z_TYPE_P(flags) == IS_STRING ? edges::fs::parse_flags(Z_STRVAL_P(flags)) : -1;
        if (f < 0) {
            delete op;
            zend_argument_value_error(3,
                                      "option 'flags' must be one of 'w', 'wx', 'w+', 'a', 'ax', 'a+', 'r+'");
            RETURN_THROWS();
        }
        op->flags = f;
    }
    if (!mode_option(opts, 3, &op->mode)) {
        delete op;
        RETURN_THROWS();
    }
    submit(op, cb, Result::kNone, nullptr, data);
}

ZEND_METHOD(Event_File, appendFile) {
    zend_string *path, *data;
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_STR(data)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    submit(new_op(OpKind::kAppendFile, path), cb, Result::kNone, nullptr, data);
}

ZEND_METHOD(Event_File, stat) {
    FILE_PATH_AND_CALLBACK(path, cb);
    submit(new_op(OpKind::kStat, path), cb, Result::kStat);
}

ZEND_METHOD(Event_File, lstat) {
    FILE_PATH_AND_CALLBACK(path, cb);
    submit(new_op(OpKind::kLstat, path), cb, Result::kStat);
}

ZEND_METHOD(Event_File, unlink) {
    FILE_PATH_AND_CALLBACK(path, cb);
    submit(new_op(OpKind::kUnlink, path), cb, Result::kNone);
}

ZEND_METHOD(Event_File, rename) {
    zend_string *from, *to;
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_PATH_STR(from)
        Z_PARAM_PATH_STR(to)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    Op *op = new_op(OpKind::kRename, from);
    op->path2.assign(ZSTR_VAL(to), ZSTR_LEN(to));
    submit(op, cb, Result::kNone);
}

// The (path, [options,] callback) calls: `setup` reads the options into the op.
static void path_options_call(INTERNAL_FUNCTION_PARAMETERS, OpKind kind,
                              bool (*setup)(HashTable *opts, Op *op)) {
    zend_string *path;
    zval *options, *callback = nullptr;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_ZVAL(options)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(callback)
    ZEND_PARSE_PARAMETERS_END();
    zval *cb;
    HashTable *opts;
    if (!options_and_callback(options, callback, 2, &cb, &opts)) RETURN_THROWS();
    Op *op = new_op(kind, path);
    if (!setup(opts, op)) {
        delete op;
        RETURN_THROWS();
    }
    submit(op, cb, Result::kNone);
}

ZEND_METHOD(Event_File, mkdir) {
    path_options_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, OpKind::kMkdir, [](HashTable *opts, Op *op) {
        op->mode = 0777;
        return option_bool(opts, "recursive", 2, &op->recursive) && mode_option(opts, 2, &op->mode);
    });
}

ZEND_METHOD(Event_File, rm) {
    path_options_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, OpKind::kRm, [](HashTable *opts, Op *op) {
        return option_bool(opts, "recursive", 2, &op->recursive) && option_bool(opts, "force", 2, &op->force);
    });
}

ZEND_METHOD(Event_File, readdir) {
    FILE_PATH_AND_CALLBACK(path, cb);
    submit(new_op(OpKind::kReaddir, path), cb, Result::kNames);
}

ZEND_METHOD(Event_File, realpath) {
    FILE_PATH_AND_CALLBACK(path, cb);
    submit(new_op(OpKind::kRealpath, path), cb, Result::kString);
}

ZEND_METHOD(Event_File, copyFile) {
    zend_string *from, *to;
    zval *options, *callback = nullptr;
    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_PATH_STR(from)
        Z_PARAM_PATH_STR(to)
        Z_PARAM_ZVAL(options)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(callback)
    ZEND_PARSE_PARAMETERS_END();
    zval *cb;
    HashTable *opts;
    if (!options_and_callback(options, callback, 3, &cb, &opts)) RETURN_THROWS();
    Op *op = new_op(OpKind::kCopyFile, from);
    op->path2.assign(ZSTR_VAL(to), ZSTR_LEN(to));
    if (!option_bool(opts, "exclusive", 3, &op->exclusive)) {
        delete op;
        RETURN_THROWS();
    }
    submit(op, cb, Result::kNone);
}

ZEND_METHOD(Event_File, truncate) {
    zend_string *path;
    zend_long length;
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_LONG(length)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (length < 0) {
        zend_argument_value_error(2, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    Op *op = new_op(OpKind::kTruncate, path);
    op->length = size_t(length);
    submit(op, cb, Result::kNone);
}

// createReadStream() and createWriteStream(): (path, options = []) to file_stream.cc.
static void create_stream(INTERNAL_FUNCTION_PARAMETERS, void (*create)(zval *, zend_string *, HashTable *)) {
    zend_string *path;
    HashTable *opts = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    create(return_value, path, opts);
}

ZEND_METHOD(Event_File, createReadStream) {
    create_stream(INTERNAL_FUNCTION_PARAM_PASSTHRU, file_create_read_stream);
}

ZEND_METHOD(Event_File, createWriteStream) {
    create_stream(INTERNAL_FUNCTION_PARAM_PASSTHRU, file_create_write_stream);
}

ZEND_METHOD(Event_File, watch) {
    zend_string *path;
    zval *options = nullptr, *listener = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(options)
        Z_PARAM_ZVAL_OR_NULL(listener)
    ZEND_PARSE_PARAMETERS_END();
    HashTable *opts = nullptr;
    if (options && !listener && Z_TYPE_P(options) != IS_ARRAY) {
        if (!zend_is_callable(options, 0, nullptr)) {
            zend_argument_type_error(2, "must be of type array|callable, %s given",
                                     zend_zval_type_name(options));
            RETURN_THROWS();
        }
        listener = options;
    } else if (options) {
        if (Z_TYPE_P(options) != IS_ARRAY) {
            zend_argument_type_error(2, "must be of type array when a listener follows, %s given",
                                     zend_zval_type_name(options));
            RETURN_THROWS();
        }
        opts = Z_ARRVAL_P(options);
    }
    if (listener && !zend_is_callable(listener, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    bool recursive = false, persistent = true;
    if (!option_bool(opts, "recursive", 2, &recursive) || !option_bool(opts, "persistent", 2, &persistent))
        RETURN_THROWS();
    file_watch(return_value, path, recursive, persistent, listener);
}

ZEND_METHOD(Event_File, open) {
    zend_string *path, *flags;
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_STR(flags)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    int f = edges::fs::parse_flags(std::string(ZSTR_VAL(flags), ZSTR_LEN(flags)));
    if (f < 0) {
        zend_argument_value_error(2,
                                  "must be one of 'r', 'r+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+'");
        RETURN_THROWS();
    }
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    Op *op = new_op(OpKind::kOpen, path);
    op->flags = f;
    submit(op, cb, Result::kFile);
}

// Reads at most this much in one call: a bigger buffer is the caller's mistake.
static constexpr zend_long kMaxReadLength = zend_long(1) << 30;

ZEND_METHOD(Event_File, read) {
    zend_long length, position = -1;
    bool position_null = true;
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_LONG(length)
        Z_PARAM_LONG_OR_NULL(position, position_null)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (length < 0 || length > kMaxReadLength) {
        zend_argument_value_error(1, "must be from 0 to 1073741824");
        RETURN_THROWS();
    }
    if (!position_null && position < 0) {
        zend_argument_value_error(2, "must be null or greater than or equal to 0");
        RETURN_THROWS();
    }
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    FileObject *f = open_handle(ZEND_THIS, cb, OpKind::kRead, Result::kString);
    if (!f) return;
    Op *op = new Op(OpKind::kRead);
    op->length = size_t(length);
    op->position = position_null ? -1 : position;
    submit_on_handle(f, op, cb, Result::kString);
}

ZEND_METHOD(Event_File, write) {
    zend_string *data;
    zend_long position = -1;
    bool position_null = true;
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(data)
        Z_PARAM_LONG_OR_NULL(position, position_null)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (!position_null && position < 0) {
        zend_argument_value_error(2, "must be null or greater than or equal to 0");
        RETURN_THROWS();
    }
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(3, "must be a valid callback");
        RETURN_THROWS();
    }
    FileObject *f = open_handle(ZEND_THIS, cb, OpKind::kWrite, Result::kCount);
    if (!f) return;
    Op *op = new Op(OpKind::kWrite);
    op->position = position_null ? -1 : position;
    submit_on_handle(f, op, cb, Result::kCount, data);
}

ZEND_METHOD(Event_File, fstat) {
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(1, "must be a valid callback");
        RETURN_THROWS();
    }
    FileObject *f = open_handle(ZEND_THIS, cb, OpKind::kFstat, Result::kStat);
    if (f) submit_on_handle(f, new Op(OpKind::kFstat), cb, Result::kStat);
}

ZEND_METHOD(Event_File, sync) {
    zval *cb;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(cb, 0, nullptr)) {
        zend_argument_type_error(1, "must be a valid callback");
        RETURN_THROWS();
    }
    FileObject *f = open_handle(ZEND_THIS, cb, OpKind::kSync, Result::kNone);
    if (f) submit_on_handle(f, new Op(OpKind::kSync), cb, Result::kNone);
}

ZEND_METHOD(Event_File, close) {
    zval fn;
    if (!parse_optional_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, &fn)) RETURN_THROWS();
    zval *cb = Z_TYPE(fn) == IS_UNDEF ? nullptr : &fn;  // none: a failure is reported as uncaught
    FileObject *f = FileObject::from(ZEND_THIS);
    if (f->data.closing || f->data.fd < 0) {
        Op *op = new_op(OpKind::kNone, f->data.path);
        op->error = edges::fs::FsError{EBADF, "close", ""};
        submit(op, cb, Result::kNone);
        return;
    }
    f->data.closing = true;
    Op *op = new Op(OpKind::kClose);
    if (f->data.path) op->path.assign(ZSTR_VAL(f->data.path), ZSTR_LEN(f->data.path));
    if (f->data.in_flight == 0) {
        op->fd = f->data.fd;
        submit(op, cb, Result::kNone, &f->std);
        return;
    }
    // After the calls in flight: their descriptor must not be closed (and reused) under them.
    auto *c = new PhpCall;
    if (cb) {
        ZVAL_COPY(&c->callback, cb);
    } else {
        ZVAL_UNDEF(&c->callback);
    }
    c->handle = nullptr;  // set when it is submitted
    c->keep = nullptr;
    c->result = Result::kNone;
    op->user = c;
    f->data.close_op = op;
}

// ---- the promise twins: the call above with an error-first callback that settles a promise

static void file_twin(INTERNAL_FUNCTION_PARAMETERS, const char *method, uint32_t min, uint32_t max) {
    zval *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(min, max)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = promise_call(edges_file_ce, method, argc, args);
    if (!p) RETURN_THROWS();
    RETURN_OBJ(p);
}

#define EDGES_FILE_TWIN(twin, method, min, max) \
    ZEND_METHOD(Event_File, twin) { file_twin(INTERNAL_FUNCTION_PARAM_PASSTHRU, method, min, max); }

EDGES_FILE_TWIN(readFileAsync, "readFile", 1, 1)
EDGES_FILE_TWIN(writeFileAsync, "writeFile", 2, 3)
EDGES_FILE_TWIN(appendFileAsync, "appendFile", 2, 2)
EDGES_FILE_TWIN(statAsync, "stat", 1, 1)
EDGES_FILE_TWIN(lstatAsync, "lstat", 1, 1)
EDGES_FILE_TWIN(unlinkAsync, "unlink", 1, 1)
EDGES_FILE_TWIN(renameAsync, "rename", 2, 2)
EDGES_FILE_TWIN(mkdirAsync, "mkdir", 1, 2)
EDGES_FILE_TWIN(rmAsync, "rm", 1, 2)
EDGES_FILE_TWIN(readdirAsync, "readdir", 1, 1)
EDGES_FILE_TWIN(realpathAsync, "realpath", 1, 1)
EDGES_FILE_TWIN(copyFileAsync, "copyFile", 2, 3)
EDGES_FILE_TWIN(truncateAsync, "truncate", 2, 2)
EDGES_FILE_TWIN(openAsync, "open", 2, 2)
