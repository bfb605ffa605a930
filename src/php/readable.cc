// SPDX-License-Identifier: MIT
#include "readable.h"

#include "emitter.h"
#include "invoke.h"
#include "loop_state.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php {

namespace {

struct Flush {
    zend_object *obj;
    const ReadableOps *ops;
};

bool delivering(const Readable &r) { return r.flowing && !r.paused; }

bool may_end(const Readable &r) { return r.eof && !r.ended && !r.held; }

void update_source(zend_object *obj, const ReadableOps &ops) {
    Readable &r = ops.state(obj);
    bool hold = !r.eof && !r.ended && (r.paused || readable_held(r) >= kHeldLimit);
    if (hold == r.source_held) return;
    r.source_held = hold;
    ops.hold_source(obj, hold);
}

void end(zend_object *obj, const ReadableOps &ops) {
    ops.state(obj).ended = true;
    GC_ADDREF(obj);
    ops.emit_end(obj);
    OBJ_RELEASE(obj);
}

void emit_chunk(zend_object *obj, zval *chunk) { emit_held(obj, str_data, 1, chunk); }

void run_flush(void *data, bool cancelled) {
    auto *f = static_cast<Flush *>(data);
    zend_object *obj = f->obj;
    const ReadableOps &ops = *f->ops;
    efree(f);
    Readable &r = ops.state(obj);  // valid while we hold obj
    r.flush_queued = false;
    if (!cancelled) {
        // Asked again after each step: a 'data' listener may pause, or end it all.
        if (delivering(r) && r.held) {
            zval chunk;
            ZVAL_STR(&chunk, r.held);
            r.held = nullptr;
            emit_chunk(obj, &chunk);
            zval_ptr_dtor(&chunk);
        }
        if (may_end(r)) end(obj, ops);
        update_source(obj, ops);
    }
    OBJ_RELEASE(obj);
}

void schedule_flush(zend_object *obj, const ReadableOps &ops) {
    Readable &r = ops.state(obj);
    if (r.flush_queued || shutting_down()) return;
    if (!(delivering(r) && r.held) && !may_end(r)) return;
    r.flush_queued = true;
    GC_ADDREF(obj);
    auto *f = static_cast<Flush *>(emalloc(sizeof(Flush)));
    f->obj = obj;
    f->ops = &ops;
    loop().next_tick(edges::Task{run_flush, f});
}

}  // namespace

void readable_start(zend_object *obj, const ReadableOps &ops) {
    ops.state(obj).flowing = true;
    schedule_flush(obj, ops);
    update_source(obj, ops);
}

size_t readable_held(const Readable &r) { return r.held ? ZSTR_LEN(r.held) : 0; }

void readable_push(zend_object *obj, const ReadableOps &ops, const char *data, size_t len) {
    Readable &r = ops.state(obj);
    if (r.ended || len == 0) return;
    if (delivering(r) && !r.held) {
        zval chunk;
        ZVAL_STRINGL_FAST(&chunk, data, len);
        emit_chunk(obj, &chunk);
        zval_ptr_dtor(&chunk);
        return;
    }
    size_t old = readable_held(r);
    r.held = r.held ? zend_string_extend(r.held, old + len, 0) : zend_string_alloc(len, 0);
    memcpy(ZSTR_VAL(r.held) + old, data, len);
    ZSTR_VAL(r.held)[old + len] = '\0';
    update_source(obj, ops);
}

void readable_push_str(zend_object *obj, const ReadableOps &ops, zend_string *chunk) {
    Readable &r = ops.state(obj);
    if (r.ended || ZSTR_LEN(chunk) == 0 || r.held) {
        if (!r.ended && ZSTR_LEN(chunk)) readable_push(obj, ops, ZSTR_VAL(chunk), ZSTR_LEN(chunk));
        zend_string_release(chunk);
        return;
    }
    if (delivering(r)) {
        zval v;
        ZVAL_STR(&v, chunk);
        emit_chunk(obj, &v);
        zval_ptr_dtor(&v);
        return;
    }
    r.held = chunk;  // no copy: the first held chunk is the string itself
    update_source(obj, ops);
}

void readable_eof(zend_object *obj, const ReadableOps &ops) {
    Readable &r = ops.state(obj);
    if (r.eof) return;
    r.eof = true;
    if (may_end(r)) end(obj, ops);
}

void readable_pause(zend_object *obj, const ReadableOps &ops) {
    ops.state(obj).paused = true;
    update_source(obj, ops);
}

void readable_resume(zend_object *obj, const ReadableOps &ops) {
    ops.state(obj).paused = false;
    readable_start(obj, ops);
}

void readable_listener_added(zend_object *obj, const ReadableOps &ops, zend_string *event) {
    if (zend_string_equals(event, str_data)) readable_start(obj, ops);
}

size_t readable_discard(zend_object *obj, const ReadableOps &ops) {
    Readable &r = ops.state(obj);
    size_t n = readable_held(r);
    if (r.held) zend_string_release(r.held);
    r.held = nullptr;
    r.paused = false;
    readable_start(obj, ops);
    return n;
}

void readable_free(Readable &r) {
    if (r.held) zend_string_release(r.held);
    r.held = nullptr;
}

bool body_collect_start(zend_object *obj, const ReadableOps &ops, BodyCollector &c, zval *cb, bool dropped,
                        const char *method, const char *noun) {
    if (dropped) {
        zend_throw_error(nullptr, "%s: the response finished first and the body was discarded", method);
        return false;
    }
    if (Z_TYPE(c.cb) != IS_UNDEF) {
        // A second callback would silently replace the first (whose caller then waits forever).
        zend_throw_error(nullptr, "%s was called already for this %s", method, noun);
        return false;
    }
    Readable &r = ops.state(obj);
    if (r.ended) {
        zend_throw_error(nullptr, "%s must be called before the %s's 'end'", method, noun);
        return false;
    }
    ZVAL_COPY(&c.cb, cb);
    if (r.held) smart_str_appendl(&c.body, ZSTR_VAL(r.held), ZSTR_LEN(r.held));  // held so far: part of it
    c.collecting = true;
    readable_start(obj, ops);
    return true;
}

namespace {

struct BodyCall {
    zval *cb;
    zval body;
};

void call_body_cb(void *ctx) {
    auto *c = static_cast<BodyCall *>(ctx);
    call(c->cb, 1, &c->body);
}

}  // namespace

void body_collect_finish(BodyCollector &c) {
    if (!c.collecting || Z_TYPE(c.cb) == IS_UNDEF) return;
    c.collecting = false;
    BodyCall call{&c.cb, {}};
    smart_str_0(&c.body);
    if (c.body.s) {
        ZVAL_STR(&call.body, c.body.s);
        c.body.s = nullptr;
    } else {
        ZVAL_EMPTY_STRING(&call.body);
    }
    run_from_loop(call_body_cb, &call);
    zval_ptr_dtor(&call.body);
}

void body_collect_free(BodyCollector &c) {
    zval_ptr_dtor(&c.cb);
    ZVAL_UNDEF(&c.cb);
    smart_str_free(&c.body);
}

void body_collect_gc(BodyCollector &c, zend_get_gc_buffer *buf) { zend_get_gc_buffer_add_zval(buf, &c.cb); }

}  // namespace edges::php
