// SPDX-License-Identifier: MIT
#include <strings.h>

#include "../http/server.h"
#include "../http/status.h"
#include "../core/text.h"
#include "emitter.h"
#include "http_message.h"
#include "invoke.h"
#include "object.h"

extern "C" {
#include "zend_exceptions.h"
#include "http_response_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_http_response_ce;

namespace {

zend_object_handlers response_handlers;
zend_string *str_finish;

struct ResponseData {
    edges::http::Exchange *ex;  // nullptr once the exchange closed
    zend_long status;
    zend_string *reason;  // statusMessage, or null for the standard phrase
    HashTable *headers;   // setHeader(): lower-case name => [name, value]; created on first use
    zval head_headers;    // writeHead()'s array until the head goes out
    bool head_sent;
    bool finished;
};
using ResponseObject = Object<ResponseData>;

// A header name is an RFC 7230 token; a value has no CR, LF or NUL (no response splitting).
struct TokenTable {
    bool ok[256] = {};
    TokenTable() {
        for (int c = 33; c < 127; c++) ok[c] = !strchr("\"(),/:;<=>?@[\\]{}", c);
    }
};

bool valid_name(const char *s, size_t n) {
    static const TokenTable table;
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (!table.ok[(unsigned char)s[i]]) return false;
    return true;
}

bool valid_value(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\r' || s[i] == '\n' || s[i] == '\0') return false;
    return true;
}

// Checks a header value (string, int, or list of them); throws and returns false when bad.
bool check_header(zend_string *name, zval *value, uint32_t arg) {
    if (!valid_name(ZSTR_VAL(name), ZSTR_LEN(name))) {
        zend_value_error("Invalid header name \"%s\"", ZSTR_VAL(name));
        return false;
    }
    auto check_one = [&](zval *v) {
        if (Z_TYPE_P(v) == IS_LONG) return true;
        if (Z_TYPE_P(v) != IS_STRING) {
            zend_argument_type_error(arg, "header \"%s\" must be of type string|int|array, %s given",
                                     ZSTR_VAL(name), zend_zval_type_name(v));
            return false;
        }
        if (!valid_value(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
            zend_value_error("Invalid value for header \"%s\": it contains CR, LF or NUL", ZSTR_VAL(name));
            return false;
        }
        return true;
    };
    if (Z_TYPE_P(value) == IS_ARRAY) {
        zval *v;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), v) {
            ZVAL_DEREF(v);
            if (!check_one(v)) return false;
        }
        ZEND_HASH_FOREACH_END();
        return true;
    }
    return check_one(value);
}

bool check_header_array(HashTable *headers, uint32_t arg) {
    zend_string *name;
    zend_ulong idx;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(headers, idx, name, v) {
        ZVAL_DEREF(v);
        if (!name) {
            zend_argument_value_error(arg, "must use header names as keys, got index " ZEND_LONG_FMT,
                                      zend_long(idx));
            return false;
        }
        if (!check_header(name, v, arg)) return false;
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

// The head as views into the zend_strings of the header table and writeHead's
// array; ints become temporary strings owned by `temps` until sent.
struct HeadBuilder {
    static constexpr size_t kInline = 32;
    // Left uninitialized: zeroing 32 views cost more than the rest of a small response.
    union InlineViews {
        InlineViews() {}
        edges::http::HeaderView v[kInline];
    } inline_;
    edges::http::HeaderView *views = inline_.v;
    size_t count = 0, capacity = kInline;
    zend_string *temps_inline[kInline];
    zend_string **temps = temps_inline;
    size_t temp_count = 0, temp_capacity = kInline;

    void add(zend_string *name, zval *value) {
        if (Z_TYPE_P(value) == IS_ARRAY) {
            zval *v;
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), v) {
                ZVAL_DEREF(v);
                add(name, v);
            }
            ZEND_HASH_FOREACH_END();
            return;
        }
        zend_string *s;
        if (Z_TYPE_P(value) == IS_STRING) {
            s = Z_STR_P(value);
        } else {
            s = zval_get_string(value);
            if (temp_count == temp_capacity) grow_temps();
            temps[temp_count++] = s;
        }
        if (count == capacity) grow_views();
        views[count++] = {{ZSTR_VAL(name), ZSTR_LEN(name)}, {ZSTR_VAL(s), ZSTR_LEN(s)}};
    }
    void grow_views() {
        auto *n = static_cast<edges::http::HeaderView *>(safe_emalloc(capacity * 2, sizeof(*views), 0));
        memcpy(static_cast<void *>(n), views, count * sizeof(*views));
        if (views != inline_.v) efree(views);
        views = n;
        capacity *= 2;
    }
    void grow_temps() {
        auto **n = static_cast<zend_string **>(safe_emalloc(temp_capacity * 2, sizeof(*temps), 0));
        memcpy(n, temps, temp_count * sizeof(*temps));
        if (temps != temps_inline) efree(temps);
        temps = n;
        temp_capacity *= 2;
    }
    void release() {
        for (size_t i = 0; i < temp_count; i++) zend_string_release(temps[i]);
        if (temps != temps_inline) efree(temps);
        if (views != inline_.v) efree(views);
    }
};

bool in_array_ci(HashTable *ht, zend_string *lower) {
    zend_string *name;
    ZEND_HASH_FOREACH_STR_KEY(ht, name) {
        if (name && ZSTR_LEN(name) == ZSTR_LEN(lower) &&
            !strncasecmp(ZSTR_VAL(name), ZSTR_VAL(lower), ZSTR_LEN(lower)))
            return true;
    }
    ZEND_HASH_FOREACH_END();
    return false;
}

bool send(ResponseObject *o, const char *data, size_t len, bool last) {
    edges::http::Exchange *ex = o->data.ex;
    if (!ex) return false;
    HeadBuilder b;
    edges::http::ResponseHead head;
    if (!o->data.head_sent) {
        HashTable *direct =
            Z_TYPE(o->data.head_headers) == IS_ARRAY ? Z_ARRVAL(o->data.head_headers) : nullptr;
        if (o->data.headers) {
            zend_string *lower;
            zval *pair;
            ZEND_HASH_FOREACH_STR_KEY_VAL(o->data.headers, lower, pair) {
                if (direct && in_array_ci(direct, lower)) continue;  // writeHead's value wins, as in node
                b.add(Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(pair), 0)),
                      zend_hash_index_find(Z_ARRVAL_P(pair), 1));
            }
            ZEND_HASH_FOREACH_END();
        }
        if (direct) {
            zend_string *name;
            zval *v;
            ZEND_HASH_FOREACH_STR_KEY_VAL(direct, name, v) {
                ZVAL_DEREF(v);
                if (name) b.add(name, v);
            }
            ZEND_HASH_FOREACH_END();
        }
        head.status = int(o->data.status);
        if (o->data.reason) head.reason = {ZSTR_VAL(o->data.reason), ZSTR_LEN(o->data.reason)};
        head.headers = b.views;
        head.header_count = b.count;
        o->data.head_sent = true;
    }
    bool ok = ex->send(head, data, len, last);
    b.release();
    zval_ptr_dtor(&o->data.head_headers);
    ZVAL_UNDEF(&o->data.head_headers);
    return ok;
}

bool read_virtual(ResponseObject *o, zend_string *name, zval *rv) {
    const char *n = ZSTR_VAL(name);
    if (!strcmp(n, "statusCode")) {
        ZVAL_LONG(rv, o->data.status);
    } else if (!strcmp(n, "statusMessage")) {
        if (o->data.reason) {
            ZVAL_STR_COPY(rv, o->data.reason);
        } else {
            ZVAL_STRING(rv, edges::http::status_reason(int(o->data.status)));
        }
    } else if (!strcmp(n, "headersSent")) {
        ZVAL_BOOL(rv, o->data.head_sent);
    } else if (!strcmp(n, "finished")) {
        ZVAL_BOOL(rv, o->data.finished);
    } else {
        return false;
    }
    return true;
}

bool response_props(zend_object *obj, zend_string *name, zval *rv) {
    return read_virtual(ResponseObject::from(obj), name, rv);
}

zval *response_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot) {
    ResponseObject *o = ResponseObject::from(obj);
    const char *n = ZSTR_VAL(name);
    if (!strcmp(n, "statusCode")) {
        zend_long status = zval_get_long(value);
        if (status < 100 || status > 999) {
            zend_value_error("Event\\HTTP\\Response::$statusCode must be between 100 and 999");
        } else {
            o->data.status = status;
        }
        return value;
    }
    if (!strcmp(n, "statusMessage")) {
        zend_string *s = zval_get_string(value);
        if (!valid_value(ZSTR_VAL(s), ZSTR_LEN(s))) {
            zend_string_release(s);
            zend_value_error("Event\\HTTP\\Response::$statusMessage must not contain CR, LF or NUL");
            return value;
        }
        if (o->data.reason) zend_string_release(o->data.reason);
        o->data.reason = s;
        return value;
    }
    return VirtualProperties<response_props>::write(obj, name, value, cache_slot);
}

zend_object *response_create(zend_class_entry *ce) {
    zend_object *obj = ResponseObject::create(ce, &response_handlers);
    ResponseObject::from(obj)->data.status = 200;
    return obj;
}

void response_free(zend_object *obj) {
    ResponseObject *o = ResponseObject::from(obj);
    if (o->data.reason) zend_string_release(o->data.reason);
    if (o->data.headers) zend_array_destroy(o->data.headers);
    zval_ptr_dtor(&o->data.head_headers);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *response_get_gc(zend_object *obj, zval **table, int *n) {
    ResponseObject *o = ResponseObject::from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    zend_get_gc_buffer_add_zval(buf, &o->data.head_headers);
    if (o->data.headers) {
        zval *pair;
        ZEND_HASH_FOREACH_VAL(o->data.headers, pair) { zend_get_gc_buffer_add_zval(buf, pair); }
        ZEND_HASH_FOREACH_END();
    }
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

zend_string *lower_name(zend_string *name) { return zend_string_tolower(name); }

bool check_not_sent(ResponseObject *o) {
    if (!o->data.head_sent) return true;
    zend_throw_error(nullptr, "Cannot set headers after they are sent to the client");
    return false;
}

void emit_simple(zend_object *res, zend_string *event) { emit_held(res, event, 0, nullptr); }

}  // namespace

zend_object *http_response_new(edges::http::Exchange *ex) {
    zend_object *obj = response_create(edges_http_response_ce);
    ResponseObject::from(obj)->data.ex = ex;
    return obj;
}

void http_response_drain(zend_object *res) { emit_simple(res, str_drain); }

void http_response_finish(zend_object *res) { emit_simple(res, str_finish); }

void http_response_closed(zend_object *res, bool quiet) {
    ResponseObject *o = ResponseObject::from(res);
    o->data.ex = nullptr;
    if (!quiet) emit_simple(res, str_close);
}

bool http_response_fail(zend_object *res) {
    ResponseObject *o = ResponseObject::from(res);
    if (o->data.head_sent || !o->data.ex) return false;
    if (o->data.headers) zend_hash_clean(o->data.headers);
    zval_ptr_dtor(&o->data.head_headers);
    ZVAL_UNDEF(&o->data.head_headers);
    if (o->data.reason) zend_string_release(o->data.reason);
    o->data.reason = nullptr;
    o->data.status = 500;
    array_init(&o->data.head_headers);
    add_assoc_string(&o->data.head_headers, "Content-Type", "text/plain");
    static const char kBody[] = "Internal Server Error\n";
    o->data.finished = true;
    send(o, kBody, sizeof(kBody) - 1, true);
    return true;
}

void http_response_abort(zend_object *res) {
    ResponseObject *o = ResponseObject::from(res);
    if (o->data.ex && !o->data.ex->closed() && !o->data.finished)
        o->data.ex->connection().abort_after_flush();
}

bool http_response_send_prepared(zend_object *res, int status, const edges::http::HeaderView *extra,
                                 size_t count, const edges::SharedFilePtr *file, uint64_t offset,
                                 uint64_t length, std::string_view body) {
    ResponseObject *o = ResponseObject::from(res);
    edges::http::Exchange *ex = o->data.ex;
    if (!ex || o->data.head_sent || o->data.finished) return false;
    HeadBuilder b;
    auto overridden = [&](zend_string *lower) {
        // The framing is edges' own; the headers given win over the application's.
        if (zend_string_equals_literal(lower, "content-length") ||
            zend_string_equals_literal(lower, "transfer-encoding"))
            return true;
        for (size_t i = 0; i < count; i++)
            if (edges::equals_ci(extra[i].name, {ZSTR_VAL(lower), ZSTR_LEN(lower)})) return true;
        return false;
    };
    if (o->data.headers) {
        zend_string *lower;
        zval *pair;
        ZEND_HASH_FOREACH_STR_KEY_VAL(o->data.headers, lower, pair) {
            if (overridden(lower)) continue;
            b.add(Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(pair), 0)),
                  zend_hash_index_find(Z_ARRVAL_P(pair), 1));
        }
        ZEND_HASH_FOREACH_END();
    }
    for (size_t i = 0; i < count; i++) {
        if (b.count == b.capacity) b.grow_views();
        b.views[b.count++] = extra[i];
    }
    edges::http::ResponseHead head;
    head.status = status;
    head.headers = b.views;
    head.header_count = b.count;
    o->data.status = status;
    if (o->data.reason) zend_string_release(o->data.reason);
    o->data.reason = nullptr;
    o->data.head_sent = true;
    o->data.finished = true;
    if (file) {
        ex->send_file(head, *file, offset, length);
    } else {
        ex->send(head, body.data(), body.size(), true);
    }
    b.release();
    return true;
}

bool http_response_started(zend_object *res) {
    ResponseObject *o = ResponseObject::from(res);
    return o->data.head_sent || o->data.finished;
}

bool http_response_has_header(zend_object *res, std::string_view lower_name) {
    ResponseObject *o = ResponseObject::from(res);
    return o->data.headers && zend_hash_str_exists(o->data.headers, lower_name.data(), lower_name.size());
}

void http_response_minit() {
    str_finish = zend_string_init_interned(ZEND_STRL("finish"), 1);
    edges_http_response_ce = register_class_Event_HTTP_Response(edges_emitter_ce);
    edges_http_response_ce->create_object = response_create;
    init_handlers(response_handlers, XtOffsetOf(ResponseObject, std), response_free, response_get_gc);
    VirtualProperties<response_props>::install(response_handlers);
    response_handlers.write_property = response_write_property;  // statusCode and statusMessage are writable
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_HTTP_Response, __construct) {}

ZEND_METHOD(Event_HTTP_Response, setHeader) {
    zend_string *name;
    zval *value;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (!check_not_sent(o) || !check_header(name, value, 2)) RETURN_THROWS();
    if (!o->data.headers) o->data.headers = zend_new_array(8);
    zval pair;
    array_init_size(&pair, 2);
    add_next_index_str(&pair, zend_string_copy(name));
    Z_TRY_ADDREF_P(value);
    add_next_index_zval(&pair, value);
    zend_string *lower = lower_name(name);
    zend_hash_update(o->data.headers, lower, &pair);
    zend_string_release(lower);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_Response, getHeader) {
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (!o->data.headers) RETURN_NULL();
    zend_string *lower = lower_name(name);
    zval *pair = zend_hash_find(o->data.headers, lower);
    zend_string_release(lower);
    if (!pair) RETURN_NULL();
    zval *v = zend_hash_index_find(Z_ARRVAL_P(pair), 1);
    if (Z_TYPE_P(v) == IS_LONG) RETURN_STR(zend_long_to_str(Z_LVAL_P(v)));
    RETURN_COPY(v);
}

ZEND_METHOD(Event_HTTP_Response, getHeaders) {
    ZEND_PARSE_PARAMETERS_NONE();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    array_init(return_value);
    if (!o->data.headers) return;
    zend_string *lower;
    zval *pair;
    ZEND_HASH_FOREACH_STR_KEY_VAL(o->data.headers, lower, pair) {
        zval *v = zend_hash_index_find(Z_ARRVAL_P(pair), 1);
        Z_TRY_ADDREF_P(v);
        zend_hash_update(Z_ARRVAL_P(return_value), lower, v);
    }
    ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(Event_HTTP_Response, hasHeader) {
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (!o->data.headers) RETURN_FALSE;
    zend_string *lower = lower_name(name);
    bool found = zend_hash_exists(o->data.headers, lower);
    zend_string_release(lower);
    RETURN_BOOL(found);
}

ZEND_METHOD(Event_HTTP_Response, removeHeader) {
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (!check_not_sent(o)) RETURN_THROWS();
    if (o->data.headers) {
        zend_string *lower = lower_name(name);
        zend_hash_del(o->data.headers, lower);
        zend_string_release(lower);
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_Response, writeHead) {
    zend_long status;
    zval *reason_or_headers = nullptr, *headers_zv = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_LONG(status)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(reason_or_headers)
        Z_PARAM_ARRAY(headers_zv)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (!check_not_sent(o)) RETURN_THROWS();
    if (status < 100 || status > 999) {
        zend_argument_value_error(1, "must be between 100 and 999");
        RETURN_THROWS();
    }
    zend_string *reason = nullptr;
    if (reason_or_headers && Z_TYPE_P(reason_or_headers) == IS_STRING) {
        reason = Z_STR_P(reason_or_headers);
        if (!valid_value(ZSTR_VAL(reason), ZSTR_LEN(reason))) {
            zend_argument_value_error(2, "must not contain CR, LF or NUL");
            RETURN_THROWS();
        }
    } else if (reason_or_headers && Z_TYPE_P(reason_or_headers) == IS_ARRAY) {
        headers_zv = reason_or_headers;
    } else if (reason_or_headers) {
        zend_argument_type_error(2, "must be of type array|string, %s given",
                                 zend_zval_type_name(reason_or_headers));
        RETURN_THROWS();
    }
    if (headers_zv && !check_header_array(Z_ARRVAL_P(headers_zv), reason ? 3 : 2)) RETURN_THROWS();
    o->data.status = status;
    if (reason) {
        if (o->data.reason) zend_string_release(o->data.reason);
        o->data.reason = zend_string_copy(reason);
    }
    zval_ptr_dtor(&o->data.head_headers);
    if (headers_zv) {
        ZVAL_COPY(&o->data.head_headers, headers_zv);  // read-only: a reference, not a copy
    } else {
        ZVAL_UNDEF(&o->data.head_headers);
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_Response, write) {
    zend_string *chunk;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(chunk)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (o->data.finished) {
        zend_throw_error(nullptr, "write after end");
        RETURN_THROWS();
    }
    RETURN_BOOL(send(o, ZSTR_VAL(chunk), ZSTR_LEN(chunk), false));
}

ZEND_METHOD(Event_HTTP_Response, end) {
    zend_string *data = nullptr;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(data)
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (o->data.finished) return;
    if (ZEND_FCI_INITIALIZED(fci)) listeners_add(&o->std, str_finish, &fci.function_name, true);
    o->data.finished = true;
    send(o, data ? ZSTR_VAL(data) : "", data ? ZSTR_LEN(data) : 0, true);
}

ZEND_METHOD(Event_HTTP_Response, writeContinue) {
    ZEND_PARSE_PARAMETERS_NONE();
    ResponseObject *o = ResponseObject::from(ZEND_THIS);
    if (o->data.ex) o->data.ex->write_continue();
}
