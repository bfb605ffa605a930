// SPDX-License-Identifier: MIT
// Event\File\ReadStream and WriteStream: node's fs streams, each read and write a call on
// the loop's thread pool, one at a time per stream.
#include <fcntl.h>
#include <unistd.h>

#include <deque>
#include <vector>

#include "../fs/ops.h"
#include "emitter.h"
#include "errors.h"
#include "file.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "options.h"
#include "pipe.h"
#include "readable.h"

extern "C" {
#include "zend_exceptions.h"
#include "file_stream_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_file_read_stream_ce;
zend_class_entry *edges_file_write_stream_ce;

namespace {

using edges::fs::Op;
using edges::fs::OpKind;

zend_object_handlers read_stream_handlers, write_stream_handlers;
zend_string *str_open, *str_ready, *str_finish_event;

// What both streams share: the file and its opening and closing.
struct FileState {
    zend_string *path;
    int fd;  // -1 until open, and once closed
    int flags;
    int mode;
    bool opening;    // the open call is in flight
    bool busy;       // a read or a write is in flight
    bool closing;    // close was asked for (it waits for the call in flight)
    bool closed;     // 'close' was emitted or is on its way
    bool destroyed;  // destroy(), an error, or the end: no more reading or writing
};

struct ReadStreamData {
    FileState file;
    Readable readable;
    int64_t pos;  // where the next read starts
    int64_t end;  // the last byte to read (included), -1: to the end of the file
    size_t high_water_mark;
    uint64_t bytes_read;
    zend_string *buf;  // what the read in flight fills
    bool source_held;
    bool at_eof;
};
using ReadStreamObject = Object<ReadStreamData>;

struct WriteStreamData {
    FileState file;
    std::deque<zend_string *> *queue;     // written, not handed to a call yet
    std::vector<zend_string *> *writing;  // what the write in flight writes from
    size_t queued;                        // bytes queued or in flight (node's writableLength)
    size_t high_water_mark;
    int64_t pos;  // 'start': where the next write goes, -1: the file's own position
    uint64_t bytes_written;
    bool ending;    // end() was called
    bool finished;  // 'finish' was emitted
    bool need_drain;
};
using WriteStreamObject = Object<WriteStreamData>;

FileState &file_state(zend_object *obj) {
    // FileState is the first member of both data structs.
    return obj->ce == edges_file_read_stream_ce ? ReadStreamObject::from(obj)->data.file
                                                : WriteStreamObject::from(obj)->data.file;
}

// An op for a stream: it holds the object until done.
Op *stream_op(zend_object *obj, OpKind kind, Op::Done done) {
    FileState &f = file_state(obj);
    auto *op = new Op(kind);
    op->path.assign(ZSTR_VAL(f.path), ZSTR_LEN(f.path));
    op->fd = f.fd;
    op->user = obj;
    op->on_done = done;
    GC_ADDREF(obj);
    return op;
}

void submit_op(Op *op) { edges::fs::submit(loop(), op); }

void emit_file_error(zend_object *obj, const edges::fs::FsError &e) {
    zval ex;
    make_file_exception(&ex, e);
    emit_held(obj, str_error, 1, &ex);
    zval_ptr_dtor(&ex);
}

void emit_close_task(void *data, bool cancelled) {
    auto *obj = static_cast<zend_object *>(data);
    if (!cancelled) emit_held(obj, str_close, 0, nullptr);
    OBJ_RELEASE(obj);
}

void on_closed(Op &op, bool cancelled) {
    auto *obj = static_cast<zend_object *>(op.user);
    FileState &f = file_state(obj);
    if (op.ran) f.fd = -1;
    if (!cancelled && !shutting_down()) {
        if (op.error) emit_file_error(obj, op.error);
        emit_held(obj, str_close, 0, nullptr);
    }
    OBJ_RELEASE(obj);
}

// Closes the file once nothing is in flight, then 'close' (once).
void start_close(zend_object *obj) {
    FileState &f = file_state(obj);
    f.destroyed = true;
    if (f.closed || f.opening || f.busy) {
        f.closing = !f.closed;  // the call in flight comes back here
        return;
    }
    f.closed = true;
    f.closing = false;
    if (shutting_down()) return;
    if (f.fd >= 0) {
        submit_op(stream_op(obj, OpKind::kClose, on_closed));
        return;
    }
    GC_ADDREF(obj);  // never opened: 'close' from the loop all the same
    loop().next_tick(edges::Task{emit_close_task, obj});
}

// The open call came back: 'open' and 'ready', or 'error' and 'close'. False when the
// stream is not to go on (destroyed meanwhile, or failed).
bool opened(Op &op, bool cancelled) {
    auto *obj = static_cast<zend_object *>(op.user);
    FileState &f = file_state(obj);
    f.opening = false;
    if (op.result_fd >= 0) {
        f.fd = op.result_fd;
        op.result_fd = -1;
    }
    if (cancelled || shutting_down()) return false;
    if (op.error) {
        emit_file_error(obj, op.error);
        start_close(obj);
        return false;
    }
    if (f.closing || f.destroyed) {
        start_close(obj);
        return false;
    }
    zval fd;
    ZVAL_LONG(&fd, f.fd);
    emit_held(obj, str_open, 1, &fd);
    emit_held(obj, str_ready, 0, nullptr);
    return !f.destroyed && !f.closing;
}

void start_open(zend_object *obj, Op::Done done) {
    FileState &f = file_state(obj);
    f.opening = true;
    Op *op = stream_op(obj, OpKind::kOpen, done);
    op->flags = f.flags;
    op->mode = f.mode;
    submit_op(op);
}

void file_state_free(FileState &f) {
    // Dropped while open (at shutdown, or never consumed): close(2) of a file does not wait.
    if (f.fd >= 0) ::close(f.fd);
    f.fd = -1;
    if (f.path) zend_string_release(f.path);
    f.path = nullptr;
}

// ---- ReadStream

Readable &rs_readable(zend_object *obj) { return ReadStreamObject::from(obj)->data.readable; }
void rs_read(zend_object *obj);

void rs_hold_source(zend_object *obj, bool hold) {
    ReadStreamObject::from(obj)->data.source_held = hold;
    if (!hold) rs_read(obj);
}

void rs_emit_end(zend_object *obj) {
    emit_from_loop(obj, str_end, 0, nullptr);
    start_close(obj);  // node's autoClose
}

const ReadableOps rs_ops{rs_readable, rs_hold_source, rs_emit_end};

void rs_read_done(Op &op, bool cancelled) {
    auto *obj = static_cast<zend_object *>(op.user);
    ReadStreamObject *o = ReadStreamObject::from(obj);
    ReadStreamData &d = o->data;
    d.file.busy = false;
    zend_string *buf = d.buf;
    d.buf = nullptr;
    if (cancelled || shutting_down()) {
        zend_string_release(buf);
    } else if (op.error) {
        zend_string_release(buf);
        emit_file_error(obj, op.error);
        start_close(obj);
    } else if (d.file.destroyed || d.file.closing) {
        zend_string_release(buf);
        start_close(obj);
    } else if (op.count == 0) {
        zend_string_release(buf);
        d.at_eof = true;
        readable_eof(obj, rs_ops);
    } else {
        size_t n = size_t(op.count);
        d.pos += op.count;
        d.bytes_read += n;
        // A short read of a big buffer gives the rest of it back.
        if (n < ZSTR_LEN(buf) / 2) buf = zend_string_truncate(buf, n, 0);
        ZSTR_LEN(buf) = n;
        ZSTR_VAL(buf)[n] = '\0';
        readable_push_str(obj, rs_ops, buf);
        if (d.end >= 0 && d.pos > d.end && !d.at_eof) {
            d.at_eof = true;
            readable_eof(obj, rs_ops);
        } else {
            rs_read(obj);
        }
    }
    OBJ_RELEASE(obj);
}

void rs_read(zend_object *obj) {
    ReadStreamData &d = ReadStreamObject::from(obj)->data;
    if (d.file.fd < 0 || d.file.busy || d.file.destroyed || d.file.closing || d.source_held || d.at_eof ||
        shutting_down())
        return;
    size_t len = d.high_water_mark;
    if (d.end >= 0) {
        if (d.pos > d.end) {
            d.at_eof = true;
            readable_eof(obj, rs_ops);
            return;
        }
        len = size_t(std::min<int64_t>(int64_t(len), d.end - d.pos + 1));
    }
    d.buf = zend_string_alloc(len, 0);
    Op *op = stream_op(obj, OpKind::kRead, rs_read_done);
    op->into = ZSTR_VAL(d.buf);
    op->length = len;
    op->position = d.pos;
    d.file.busy = true;
    submit_op(op);
}

void rs_opened(Op &op, bool cancelled) {
    auto *obj = static_cast<zend_object *>(op.user);
    if (opened(op, cancelled)) rs_read(obj);
    OBJ_RELEASE(obj);
}

zend_object *rs_create(zend_class_entry *ce) {
    zend_object *obj = ReadStreamObject::create(ce, &read_stream_handlers);
    ReadStreamData &d = ReadStreamObject::from(obj)->data;
    d.file.fd = -1;
    d.end = -1;
    return obj;
}

void rs_free(zend_object *obj) {
    ReadStreamData &d = ReadStreamObject::from(obj)->data;
    file_state_free(d.file);
    readable_free(d.readable);
    if (d.buf) zend_string_release(d.buf);
    d.buf = nullptr;
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

bool rs_props(zend_object *obj, zend_string *name, zval *rv) {
    ReadStreamData &d = ReadStreamObject::from(obj)->data;
    if (zend_string_equals_literal(name, "path")) {
        ZVAL_STR_COPY(rv, d.file.path);
    } else if (zend_string_equals_literal(name, "bytesRead")) {
        ZVAL_LONG(rv, zend_long(d.bytes_read));
    } else if (zend_string_equals_literal(name, "pending")) {
        ZVAL_BOOL(rv, d.file.opening);
    } else if (zend_string_equals_literal(name, "destroyed")) {
        ZVAL_BOOL(rv, d.file.destroyed);
    } else {
        return false;
    }
    return true;
}

// ---- WriteStream

void ws_flush(zend_object *obj);

void ws_finish(zend_object *obj) {
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    d.finished = true;
    emit_held(obj, str_finish_event, 0, nullptr);
    start_close(obj);
}

void ws_release_writing(WriteStreamData &d) {
    for (zend_string *s : *d.writing) zend_string_release(s);
    d.writing->clear();
}

void ws_drop_queue(WriteStreamData &d) {
    for (zend_string *s : *d.queue) zend_string_release(s);
    d.queue->clear();
}

void ws_write_done(Op &op, bool cancelled) {
    auto *obj = static_cast<zend_object *>(op.user);
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    d.file.busy = false;
    d.queued -= op.wlen();
    ws_release_writing(d);
    if (cancelled || shutting_down()) {
        OBJ_RELEASE(obj);
        return;
    }
    d.bytes_written += uint64_t(op.count);
    if (op.error) {
        ws_drop_queue(d);
        d.queued = 0;
        emit_file_error(obj, op.error);
        start_close(obj);
    } else if (d.file.destroyed || d.file.closing) {
        start_close(obj);
    } else {
        ws_flush(obj);
        if (d.need_drain && d.queued == 0 && !d.file.destroyed) {
            d.need_drain = false;
            emit_held(obj, str_drain, 0, nullptr);
        }
    }
    OBJ_RELEASE(obj);
}

void ws_flush(zend_object *obj) {
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    if (d.file.fd < 0 || d.file.busy || d.file.destroyed || d.file.closing || shutting_down()) return;
    if (d.queue->empty()) {
        if (d.ending && !d.finished) ws_finish(obj);
        return;
    }
    Op *op = stream_op(obj, OpKind::kWrite, ws_write_done);
    if (d.queue->size() == 1) {
        // One chunk: written from the PHP string itself.
        zend_string *s = d.queue->front();
        op->ext = ZSTR_VAL(s);
        op->ext_len = ZSTR_LEN(s);
    } else {
        // Many: one write of them all.
        size_t total = 0;
        for (zend_string *s : *d.queue) total += ZSTR_LEN(s);
        op->data.reserve(total);
        for (zend_string *s : *d.queue) op->data.append(ZSTR_VAL(s), ZSTR_LEN(s));
    }
    for (zend_string *s : *d.queue) d.writing->push_back(s);
    d.queue->clear();
    op->position = d.pos;
    if (d.pos >= 0) d.pos += int64_t(op->wlen());
    d.file.busy = true;
    submit_op(op);
}

void ws_opened(Op &op, bool cancelled) {
    auto *obj = static_cast<zend_object *>(op.user);
    if (opened(op, cancelled)) ws_flush(obj);
    OBJ_RELEASE(obj);
}

zend_object *ws_create(zend_class_entry *ce) {
    zend_object *obj = WriteStreamObject::create(ce, &write_stream_handlers);
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    d.file.fd = -1;
    d.pos = -1;
    d.queue = new std::deque<zend_string *>();
    d.writing = new std::vector<zend_string *>();
    return obj;
}

void ws_free(zend_object *obj) {
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    file_state_free(d.file);
    ws_drop_queue(d);
    ws_release_writing(d);
    delete d.queue;
    delete d.writing;
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

bool ws_props(zend_object *obj, zend_string *name, zval *rv) {
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    if (zend_string_equals_literal(name, "path")) {
        ZVAL_STR_COPY(rv, d.file.path);
    } else if (zend_string_equals_literal(name, "bytesWritten")) {
        ZVAL_LONG(rv, zend_long(d.bytes_written));
    } else if (zend_string_equals_literal(name, "writableLength")) {
        ZVAL_LONG(rv, zend_long(d.queued));
    } else if (zend_string_equals_literal(name, "pending")) {
        ZVAL_BOOL(rv, d.file.opening);
    } else if (zend_string_equals_literal(name, "destroyed")) {
        ZVAL_BOOL(rv, d.file.destroyed);
    } else {
        return false;
    }
    return true;
}

// An integer option of at least `min`, or `def` when missing.
bool long_option(HashTable *opts, const char *name, zend_long min, zend_long def, zend_long *out) {
    *out = def;
    return option_long(opts, name, 2, min, out);
}

bool flags_option(HashTable *opts, const char *def, int *out) {
    zval *v = option_find(opts, "flags");
    if (!v) {
        *out = edges::fs::parse_flags(def);
        return true;
    }
    *out = Z_TYPE_P(v) == IS_STRING ? edges::fs::parse_flags(Z_STRVAL_P(v)) : -1;
    if (*out < 0) {
        zend_argument_value_error(
            2, "option 'flags' must be one of 'r', 'r+', 'w', 'wx', 'w+', 'a', 'ax', 'a+'");
        return false;
    }
    return true;
}

}  // namespace

void file_stream_minit() {
    edges_file_read_stream_ce = register_class_Event_File_ReadStream(edges_emitter_ce);
    edges_file_read_stream_ce->create_object = rs_create;
    init_handlers(read_stream_handlers, XtOffsetOf(ReadStreamObject, std), rs_free, emitter_get_gc);
    VirtualProperties<rs_props>::install(read_stream_handlers);
    edges_file_write_stream_ce = register_class_Event_File_WriteStream(edges_emitter_ce);
    edges_file_write_stream_ce->create_object = ws_create;
    init_handlers(write_stream_handlers, XtOffsetOf(WriteStreamObject, std), ws_free, emitter_get_gc);
    VirtualProperties<ws_props>::install(write_stream_handlers);
    str_open = zend_string_init_interned(ZEND_STRL("open"), 1);
    str_ready = zend_string_init_interned(ZEND_STRL("ready"), 1);
    str_finish_event = zend_string_init_interned(ZEND_STRL("finish"), 1);
}

void file_create_read_stream(zval *return_value, zend_string *path, HashTable *opts) {
    zend_long start, end, hwm;
    int flags;
    if (!long_option(opts, "start", 0, 0, &start) || !long_option(opts, "end", 0, -1, &end) ||
        !long_option(opts, "highWaterMark", 1, 65536, &hwm) || !flags_option(opts, "r", &flags))
        return;
    if (end >= 0 && end < start) {
        zend_argument_value_error(2, "option 'end' must not be less than 'start'");
        return;
    }
    if (hwm > (zend_long(1) << 30)) hwm = zend_long(1) << 30;
    zend_object *obj = rs_create(edges_file_read_stream_ce);
    ReadStreamData &d = ReadStreamObject::from(obj)->data;
    d.file.path = zend_string_copy(path);
    d.file.flags = flags;
    d.file.mode = 0666;
    d.pos = start;
    d.end = end;
    d.high_water_mark = size_t(hwm);
    if (!shutting_down()) start_open(obj, rs_opened);
    RETURN_OBJ(obj);
}

void file_create_write_stream(zval *return_value, zend_string *path, HashTable *opts) {
    zend_long start, hwm, mode;
    int flags;
    if (!long_option(opts, "start", 0, -1, &start) || !long_option(opts, "highWaterMark", 1, 16384, &hwm) ||
        !long_option(opts, "mode", 0, 0666, &mode) || !flags_option(opts, "w", &flags))
        return;
    zend_object *obj = ws_create(edges_file_write_stream_ce);
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    d.file.path = zend_string_copy(path);
    d.file.flags = flags;
    d.file.mode = int(mode & 07777);
    d.pos = start;
    d.high_water_mark = size_t(hwm);
    if (!shutting_down()) start_open(obj, ws_opened);
    RETURN_OBJ(obj);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_File_ReadStream, __construct) {}

EDGES_READABLE_METHODS(Event_File_ReadStream, rs_ops)

ZEND_METHOD(Event_File_ReadStream, destroy) {
    ZEND_PARSE_PARAMETERS_NONE();
    ReadStreamData &d = ReadStreamObject::from(ZEND_THIS)->data;
    readable_free(d.readable);
    d.readable.ended = true;  // nothing more is emitted but 'close'
    start_close(Z_OBJ_P(ZEND_THIS));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_File_WriteStream, __construct) {}

ZEND_METHOD(Event_File_WriteStream, write) {
    zend_string *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    WriteStreamData &d = WriteStreamObject::from(ZEND_THIS)->data;
    if (d.file.destroyed) {
        zend_throw_exception(edges_exception_ce, "Cannot call write after a stream was destroyed", 0);
        RETURN_THROWS();
    }
    if (d.ending) {
        zend_throw_exception(edges_exception_ce, "write after end", 0);
        RETURN_THROWS();
    }
    if (ZSTR_LEN(data)) {
        d.queue->push_back(zend_string_copy(data));
        d.queued += ZSTR_LEN(data);
        ws_flush(Z_OBJ_P(ZEND_THIS));
    }
    bool ok = d.queued < d.high_water_mark;
    if (!ok) d.need_drain = true;
    RETURN_BOOL(ok);
}

ZEND_METHOD(Event_File_WriteStream, end) {
    zend_string *data = nullptr;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(data)
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    WriteStreamData &d = WriteStreamObject::from(obj)->data;
    if (d.ending || d.file.destroyed) {
        if (data && ZSTR_LEN(data)) {
            zend_throw_exception(edges_exception_ce, "write after end", 0);
            RETURN_THROWS();
        }
        RETURN_OBJ_COPY(obj);
    }
    if (ZEND_FCI_INITIALIZED(fci)) listeners_add(obj, str_finish_event, &fci.function_name, true);
    if (data && ZSTR_LEN(data)) {
        d.queue->push_back(zend_string_copy(data));
        d.queued += ZSTR_LEN(data);
    }
    d.ending = true;
    ws_flush(obj);
    RETURN_OBJ_COPY(obj);
}

ZEND_METHOD(Event_File_WriteStream, destroy) {
    ZEND_PARSE_PARAMETERS_NONE();
    WriteStreamData &d = WriteStreamObject::from(ZEND_THIS)->data;
    ws_drop_queue(d);
    d.queued -= std::min(d.queued, d.queued);  // what is in flight is counted back when it returns
    start_close(Z_OBJ_P(ZEND_THIS));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}
