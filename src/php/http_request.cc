// SPDX-License-Identifier: MIT
#include <strings.h>

#include "../http/server.h"
#include "../core/error.h"
#include "emitter.h"
#include "errors.h"
#include "http_headers.h"
#include "http_message.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "readable.h"
#include "pipe.h"

extern "C" {
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "http_request_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_http_request_ce;

namespace {

zend_object_handlers request_handlers;

struct RequestData {
    edges::http::Exchange *ex;  // owned once closed: released in free_obj
    zend_object *socket;        // cached $req->socket
    zval headers;               // cached $req->headers (IS_UNDEF until read)
    BodyCollector collector;    // body()
    Readable readable;          // the body as node's readable stream
    bool complete;
    bool closed;
    bool dumped;  // the response finished with nobody consuming: the body is discarded
};
using RequestObject = Object<RequestData>;

zend_string *str_aborted;

bool read_virtual(RequestObject *o, zend_string *name, zval *rv) {
    const edges::http::RequestHead &h = o->data.ex->request();
    const char *n = ZSTR_VAL(name);
    if (!strcmp(n, "method")) {
        ZVAL_STRING(rv, h.method_name());
    } else if (!strcmp(n, "url")) {
        ZVAL_STRINGL(rv, h.url().data(), h.url().size());
    } else if (!strcmp(n, "httpVersion")) {
        char v[8];
        int len = snprintf(v, sizeof(v), "%u.%u", h.http_major, h.http_minor);
        ZVAL_STRINGL(rv, v, size_t(len));
    } else if (!strcmp(n, "headers")) {
        if (Z_TYPE(o->data.headers) == IS_UNDEF) headers_array(h, &o->data.headers);
        ZVAL_COPY(rv, &o->data.headers);
    } else if (!strcmp(n, "rawHeaders")) {
        raw_headers_array(h, rv);
    } else if (!strcmp(n, "socket")) {
        if (!o->data.socket && !o->data.ex->closed())
            o->data.socket = http_connection_socket(o->data.ex->connection());
        if (o->data.socket) {
            ZVAL_OBJ_COPY(rv, o->data.socket);
        } else {
            ZVAL_NULL(rv);
        }
    } else if (!strcmp(n, "complete")) {
        ZVAL_BOOL(rv, o->data.complete);
    } else {
        return false;
    }
    return true;
}

bool request_props(zend_object *obj, zend_string *name, zval *rv) {
    return read_virtual(RequestObject::from(obj), name, rv);
}

zend_object *request_create(zend_class_entry *ce) { return RequestObject::create(ce, &request_handlers); }

void request_free(zend_object *obj) {
    RequestObject *o = RequestObject::from(obj);
    if (o->data.ex && o->data.ex->closed()) o->data.ex->release();
    o->data.ex = nullptr;
    if (o->data.socket) OBJ_RELEASE(o->data.socket);
    zval_ptr_dtor(&o->data.headers);
    body_collect_free(o->data.collector);
    readable_free(o->data.readable);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *request_get_gc(zend_object *obj, zval **table, int *n) {
    RequestObject *o = RequestObject::from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    body_collect_gc(o->data.collector, buf);
    zend_get_gc_buffer_add_zval(buf, &o->data.headers);
    if (o->data.socket) zend_get_gc_buffer_add_obj(buf, o->data.socket);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

Readable &request_readable(zend_object *req) { return RequestObject::from(req)->data.readable; }

// Holding the body pauses the connection (while the exchange is still on it).
void request_hold_source(zend_object *req, bool hold) {
    edges::http::Exchange *ex = RequestObject::from(req)->data.ex;
    if (ex->closed()) return;
    if (hold) {
        ex->pause_body();
    } else {
        ex->resume_body();
    }
}

void request_emit_end(zend_object *req) {
    emit_from_loop(req, str_end, 0, nullptr);
    body_collect_finish(RequestObject::from(req)->data.collector);
}

const ReadableOps request_readable_ops{request_readable, request_hold_source, request_emit_end};

}  // namespace

const edges::http::RequestHead &http_request_head(zend_object *req) {
    return RequestObject::from(req)->data.ex->request();
}

zend_object *http_request_new(edges::http::Exchange *ex) {
    zend_object *obj = request_create(edges_http_request_ce);
    RequestObject::from(obj)->data.ex = ex;
    return obj;
}

void http_request_body(zend_object *req, const char *data, size_t len) {
    RequestObject *o = RequestObject::from(req);
    body_collect_push(o->data.collector, data, len);
    if (!o->data.dumped) readable_push(req, request_readable_ops, data, len);
}

void http_request_end(zend_object *req) {
    RequestObject::from(req)->data.complete = true;
    readable_eof(req, request_readable_ops);
}

void http_request_dump(zend_object *req) {
    RequestObject *o = RequestObject::from(req);
    if (o->data.readable.flowing) return;
    o->data.dumped = true;
    readable_discard(req, request_readable_ops);
}

void http_request_closed(zend_object *req, bool aborted, bool quiet) {
    RequestObject *o = RequestObject::from(req);
    o->data.closed = true;
    if (quiet) return;
    GC_ADDREF(req);
    if (aborted && !o->data.complete) {
        emit_from_loop(req, str_aborted, 0, nullptr);
        // As node: an 'error' (ECONNRESET, "aborted") for those who listen; nobody else is bothered.
        if (listener_count(req, str_error) > 0) {
            zval ex;
            make_exception(&ex, edges::Error{ECONNRESET, "aborted"});
            emit_from_loop(req, str_error, 1, &ex);
            zval_ptr_dtor(&ex);
        }
    }
    emit_from_loop(req, str_close, 0, nullptr);
    OBJ_RELEASE(req);
}

void http_request_minit() {
    str_aborted = zend_string_init_interned(ZEND_STRL("aborted"), 1);
    edges_http_request_ce = register_class_Event_HTTP_Request(edges_emitter_ce);
    edges_http_request_ce->create_object = request_create;
    init_handlers(request_handlers, XtOffsetOf(RequestObject, std), request_free, request_get_gc);
    VirtualProperties<request_props>::install(request_handlers);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_HTTP_Request, __construct) {}

EDGES_READABLE_METHODS(Event_HTTP_Request, request_readable_ops)

ZEND_METHOD(Event_HTTP_Request, body) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    RequestObject *o = RequestObject::from(ZEND_THIS);
    if (!body_collect_start(&o->std, request_readable_ops, o->data.collector, &fci.function_name,
                            o->data.dumped, "Event\\HTTP\\Request::body()", "request"))
        RETURN_THROWS();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}
