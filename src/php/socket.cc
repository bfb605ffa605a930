// SPDX-License-Identifier: MIT
#include "socket.h"

#include "../core/stream.h"
#include "emitter.h"
#include "errors.h"
#include "loop_state.h"
#include "object.h"
#include "promise.h"
#include "readable.h"
#include "address.h"
#include "endpoint.h"
#include "socket_server.h"
#include "pipe.h"
#include "tls.h"

extern "C" {
#include "zend_exceptions.h"
#include "socket_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_socket_ce;

namespace {

zend_object_handlers socket_handlers;
zend_string *str_secure_connect;
class SocketHandler;

struct SocketData {
    edges::Stream *stream;   // owned: disposed in free_obj
    SocketHandler *handler;  // owned
    SocketClosedHook closed_hook;
    void *closed_owner;  // also the owner the TLS hooks are called with
    SocketSecureHook secure_hook;
    SocketTlsFailedHook tls_failed_hook;
    Readable readable;    // what was read and not delivered yet; 'end'
    bool holds_loop_ref;  // from connect/adopt until 'close' has been emitted
    bool borrowed;        // the stream is someone else's (see socket_borrow)
};
using SocketObject = Object<SocketData>;

// The stream is read from the start, as node's sockets are: what comes before a consumer
// is held (see readable.h), so the peer's FIN is seen whatever the handler did first.
Readable &socket_readable(zend_object *obj) { return SocketObject::from(obj)->data.readable; }

void socket_hold_source(zend_object *obj, bool hold) {
    SocketObject *o = SocketObject::from(obj);
    if (!o->data.stream || o->data.borrowed) return;
    if (hold) {
        o->data.stream->pause();
    } else {
        o->data.stream->resume();
    }
}

void socket_emit_end(zend_object *obj) {
    emit_from_loop(obj, str_end, 0, nullptr);
    // Not half-open (node's allowHalfOpen: false): our side ends once the peer's end is delivered.
    edges::Stream *s = SocketObject::from(obj)->data.stream;
    if (s && !s->closed()) s->end();
}

const ReadableOps socket_readable_ops{socket_readable, socket_hold_source, socket_emit_end};

// Turns stream callbacks into events. Each emit holds a reference on the
// object: a listener may drop the last other one (and with it this handler)
// before emit returns, so nothing here touches `this` after an emit.
class SocketHandler final : public edges::StreamHandler {
public:
    explicit SocketHandler(zend_object *obj) : obj_(obj) {}

    void on_connect(edges::Stream &) override { emit(str_connect, 0, nullptr); }
    void on_secure(edges::Stream &) override {
        SocketObject *o = SocketObject::from(obj_);
        if (o->data.secure_hook) {
            // An accepted TLS socket: its server says so ('connection').
            SocketSecureHook hook = o->data.secure_hook;
            o->data.secure_hook = nullptr;
            zend_object *obj = obj_;
            GC_ADDREF(obj);
            hook(o->data.closed_owner, obj);
            OBJ_RELEASE(obj);
            return;
        }
        emit(str_secure_connect, 0, nullptr);
    }
    void on_data(edges::Stream &, const char *data, size_t len) override {
        readable_push(obj_, socket_readable_ops, data, len);
    }
    void on_end(edges::Stream &) override { readable_eof(obj_, socket_readable_ops); }
    void on_drain(edges::Stream &) override { emit(str_drain, 0, nullptr); }
    void on_timeout(edges::Stream &) override { emit(str_timeout, 0, nullptr); }
    void on_error(edges::Stream &s, const edges::Error &error) override {
        SocketObject *o = SocketObject::from(obj_);
        if (o->data.tls_failed_hook && s.tls() && !s.tls()->handshake_done()) {
            // Its server reports it ('tlsClientError'): nobody holds this socket yet.
            zend_object *obj = obj_;
            GC_ADDREF(obj);
            o->data.tls_failed_hook(o->data.closed_owner, obj, error);
            OBJ_RELEASE(obj);
            return;
        }
        emit_error(obj_, error);
    }
    void on_close(edges::Stream &, bool had_error) override {
        zend_object *obj = obj_;
        SocketObject *o = SocketObject::from(obj);
        GC_ADDREF(obj);
        // Nothing after 'close': what nobody consumed is dropped.
        readable_free(o->data.readable);
        o->data.readable.ended = true;
        // The server counts it out first, as node does: 'close' listeners see the new count.
        if (o->data.closed_hook) {
            SocketClosedHook hook = o->data.closed_hook;
            o->data.closed_hook = nullptr;
            hook(o->data.closed_owner);
        }
        zval arg;
        ZVAL_BOOL(&arg, had_error);
        emit_from_loop(obj, str_close, 1, &arg);
        drop_loop_ref(obj, o->data.holds_loop_ref);
        OBJ_RELEASE(obj);
    }

private:
    void emit(zend_string *event, uint32_t argc, zval *argv) { emit_held(obj_, event, argc, argv); }

    zend_object *obj_;
};

zend_object *socket_create(zend_class_entry *ce) { return SocketObject::create(ce, &socket_handlers); }

// A new Event\Socket with its core stream; the loop holds it from the start.
SocketObject *new_socket(edges::Stream *stream) {
    zend_object *obj = socket_create(edges_socket_ce);
    SocketObject *o = SocketObject::from(obj);
    o->data.handler = new SocketHandler(obj);
    o->data.stream = stream ? stream : new edges::Stream(loop(), o->data.handler);
    o->data.stream->set_handler(o->data.handler);
    // The binding ends the write side itself, after delivering 'end' (socket_emit_end).
    o->data.stream->set_allow_half_open(true);
    o->data.stream->resume();
    hold_loop_ref(obj, o->data.holds_loop_ref);
    return o;
}

void socket_free(zend_object *obj) {
    SocketObject *o = SocketObject::from(obj);
    if (o->data.stream && !o->data.borrowed) o->data.stream->dispose();
    o->data.stream = nullptr;
    delete o->data.handler;
    o->data.handler = nullptr;
    readable_free(o->data.readable);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

const char *ready_state(edges::Stream &s) {
    if (s.connecting()) return "opening";
    if (s.closed()) return "closed";
    if (s.ended() && s.read_ended()) return "closed";
    if (s.ended()) return "readOnly";
    if (s.read_ended()) return "writeOnly";
    return "open";
}

// The read-only properties node users know; false when `name` is not one of them.
bool read_virtual(SocketObject *o, zend_string *name, zval *rv) {
    edges::Stream *s = o->data.stream;
    const char *n = ZSTR_VAL(name);
    if (!s) {
        // Cut off from a closed owner: nothing left to tell but that.
        static const char *const names[] = {"remoteAddress", "remotePort",     "remoteFamily",
                                            "localAddress",  "localPort",      "bytesRead",
                                            "bytesWritten",  "writableLength", "connecting"};
        for (const char *known : names) {
            if (!strcmp(n, known)) {
                ZVAL_NULL(rv);
                return true;
            }
        }
        if (!strcmp(n, "readyState")) {
            ZVAL_STRING(rv, "closed");
            return true;
        }
        if (!strcmp(n, "destroyed")) {
            ZVAL_TRUE(rv);
            return true;
        }
        return false;
    }
    auto address = [&](bool remote, int part) {
        const edges::SocketAddress &a = remote ? s->remote_address() : s->local_address();
        if (!a.valid()) {
            ZVAL_NULL(rv);
        } else if (part == 0) {
            ZVAL_STRING(rv, a.host().c_str());
        } else if (part == 2) {
            ZVAL_STRING(rv, a.family_name());
        } else if (a.family() == AF_UNIX) {
            ZVAL_NULL(rv);
        } else {
            ZVAL_LONG(rv, a.port());
        }
    };
    if (!strcmp(n, "remoteAddress")) {
        address(true, 0);
    } else if (!strcmp(n, "remotePort")) {
        address(true, 1);
    } else if (!strcmp(n, "remoteFamily")) {
        address(true, 2);
    } else if (!strcmp(n, "localAddress")) {
        address(false, 0);
    } else if (!strcmp(n, "localPort")) {
        address(false, 1);
    } else if (!strcmp(n, "bytesRead")) {
        ZVAL_LONG(rv, zend_long(s->bytes_read()));
    } else if (!strcmp(n, "bytesWritten")) {
        ZVAL_LONG(rv, zend_long(s->bytes_written()));
    } else if (!strcmp(n, "writableLength")) {
        ZVAL_LONG(rv, zend_long(s->buffered()));
    } else if (!strcmp(n, "readyState")) {
        ZVAL_STRING(rv, ready_state(*s));
    } else if (!strcmp(n, "connecting")) {
        ZVAL_BOOL(rv, s->connecting());
    } else if (!strcmp(n, "destroyed")) {
        ZVAL_BOOL(rv, s->closed());
    } else {
        return tls_property(s, n, rv);
    }
    return true;
}

bool socket_props(zend_object *obj, zend_string *name, zval *rv) {
    return read_virtual(SocketObject::from(obj), name, rv);
}

// The socket's stream, or nullptr for a borrowed socket whose owner closed.
edges::Stream *stream_of(zval *zv) { return SocketObject::from(zv)->data.stream; }

// Throws and returns false when the socket can no longer be written.
bool check_writable(edges::Stream *s) {
    if (!s || s->closed()) {
        zend_throw_exception(edges_socket_exception_ce, "Cannot call write after a stream was destroyed",
                             EPIPE);
        return false;
    }
    if (s->ended()) {
        zend_throw_exception(edges_socket_exception_ce, "write after end", EPIPE);
        return false;
    }
    return true;
}

}  // namespace

zend_object *socket_from_fd(int fd, const edges::SocketAddress &peer, SocketClosedHook hook, void *owner) {
    SocketObject *o = new_socket(nullptr);
    o->data.closed_hook = hook;
    o->data.closed_owner = owner;
    o->data.stream->adopt(fd, peer);
    return &o->std;
}

zend_object *socket_from_fd_tls(int fd, const edges::SocketAddress &peer, SocketClosedHook hook, void *owner,
                                std::shared_ptr<edges::TlsContext> ctx, SocketSecureHook secure,
                                SocketTlsFailedHook failed) {
    SocketObject *o = new_socket(nullptr);
    o->data.closed_hook = hook;
    o->data.closed_owner = owner;
    o->data.secure_hook = secure;
    o->data.tls_failed_hook = failed;
    o->data.stream->adopt(fd, peer);
    edges::Error e = o->data.stream->start_tls(std::move(ctx), true);
    if (e) o->data.stream->destroy(e);
    return &o->std;
}

zend_object *socket_from_stream(edges::Stream *stream) { return &new_socket(stream)->std; }

zend_object *socket_borrow(edges::Stream *stream) {
    zend_object *obj = socket_create(edges_socket_ce);
    SocketObject *o = SocketObject::from(obj);
    o->data.stream = stream;
    o->data.borrowed = true;
    return obj;
}

edges::Stream *socket_stream(zend_object *socket) {
    SocketObject *o = SocketObject::from(socket);
    edges::Stream *s = o->data.stream;
    return s && !s->closed() && !o->data.borrowed ? s : nullptr;
}

edges::Stream *socket_take_stream(zend_object *socket, std::string *held) {
    edges::Stream *s = socket_stream(socket);
    if (!s) return nullptr;
    SocketObject *o = SocketObject::from(socket);
    if (o->data.readable.eof) {
        s->destroy();  // the peer has left already: nothing to hand over
        return nullptr;
    }
    if (o->data.readable.held) held->append(ZSTR_VAL(o->data.readable.held), ZSTR_LEN(o->data.readable.held));
    readable_free(o->data.readable);
    o->data.stream = nullptr;
    s->set_handler(nullptr);
    drop_loop_ref(socket, o->data.holds_loop_ref);  // the caller holds the socket too
    return s;
}

void socket_unborrow(zend_object *socket) {
    SocketObject *o = SocketObject::from(socket);
    if (o->data.borrowed) o->data.stream = nullptr;
}

bool socket_describe(zend_object *obj, std::string *out) {
    SocketObject *o = SocketObject::from(obj);
    edges::Stream *s = o->data.stream;
    if (!s || o->data.borrowed || !s->active() || !s->has_ref()) return false;
    const edges::SocketAddress &peer = s->remote_address();
    *out = peer.valid() ? "peer " + peer.to_string() : "";
    return true;
}

void socket_minit() {
    str_secure_connect = zend_string_init_interned(ZEND_STRL("secureConnect"), 1);
    edges_socket_ce = register_class_Event_Socket(edges_emitter_ce);
    edges_socket_ce->create_object = socket_create;
    init_handlers(socket_handlers, XtOffsetOf(SocketObject, std), socket_free, emitter_get_gc);
    VirtualProperties<socket_props>::install(socket_handlers);
    register_describe_held(edges_socket_ce, socket_describe);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Socket, __construct) {}

ZEND_METHOD(Event_Socket, createServer) {
    zval *first = nullptr, *second = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(first)
        Z_PARAM_ZVAL_OR_NULL(second)
    ZEND_PARSE_PARAMETERS_END();
    // createServer(?callable $onConnection) or createServer(array $options, ?callable $onConnection).
    HashTable *options = nullptr;
    zval *listener = first;
    if (first && Z_TYPE_P(first) == IS_ARRAY && !zend_is_callable(first, 0, nullptr)) {
        options = Z_ARRVAL_P(first);
        listener = second;
    } else if (second) {
        zend_argument_type_error(1, "must be of type array when a listener follows");
        RETURN_THROWS();
    }
    char *why = nullptr;
    if (listener && !zend_is_callable_ex(listener, nullptr, 0, nullptr, nullptr, &why)) {
        zend_argument_type_error(options ? 2 : 1, "must be a valid callback or null, %s",
                                 why ? why : "none given");
        if (why) efree(why);
        RETURN_THROWS();
    }
    std::shared_ptr<edges::TlsContext> tls;
    if (options) {
        zend_string *key;
        ZEND_HASH_FOREACH_STR_KEY(options, key) {
            if (!key || !zend_string_equals_literal(key, "tls")) {
                zend_argument_value_error(1, "unknown option \"%s\"", key ? ZSTR_VAL(key) : "(a list entry)");
                RETURN_THROWS();
            }
        }
        ZEND_HASH_FOREACH_END();
        if (zval *t = zend_hash_str_find(options, ZEND_STRL("tls"))) {
            tls = tls_server_context(t, 1, nullptr);
            if (!tls) RETURN_THROWS();
        }
    }
    RETURN_OBJ(socket_server_create(listener, std::move(tls)));
}

ZEND_METHOD(Event_Socket, connect) {
    zval *target, *host = nullptr, *cb = nullptr;
    HashTable *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_ZVAL(target)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(host)
        Z_PARAM_ZVAL_OR_NULL(cb)
        Z_PARAM_ARRAY_HT_OR_NULL(options)
    ZEND_PARSE_PARAMETERS_END();
    // connect($port, $host, $options) and connect($path, $options): the options may come early.
    if (!options && cb && Z_TYPE_P(cb) == IS_ARRAY && !zend_is_callable(cb, 0, nullptr)) {
        options = Z_ARRVAL_P(cb);
        cb = nullptr;
    } else if (!options && host && Z_TYPE_P(host) == IS_ARRAY && !zend_is_callable(host, 0, nullptr)) {
        options = Z_ARRVAL_P(host);
        host = nullptr;
    }
    Endpoint ep;
    if (!parse_endpoint(target, host, cb, 1, "127.0.0.1", &ep)) RETURN_THROWS();
    std::shared_ptr<edges::TlsContext> tls;
    std::string servername;
    if (options) {
        zend_string *key;
        ZEND_HASH_FOREACH_STR_KEY(options, key) {
            if (!key || !zend_string_equals_literal(key, "tls")) {
                zend_argument_value_error(4, "unknown option \"%s\"", key ? ZSTR_VAL(key) : "(a list entry)");
                RETURN_THROWS();
            }
        }
        ZEND_HASH_FOREACH_END();
        zval *t = zend_hash_str_find(options, ZEND_STRL("tls"));
        if (t && Z_TYPE_P(t) != IS_FALSE && Z_TYPE_P(t) != IS_NULL) {
            tls = tls_client_context(t, 4, &servername);
            if (!tls) RETURN_THROWS();
        }
    }
    SocketObject *o = new_socket(nullptr);
    // With TLS the callback waits for the handshake ('secureConnect'), as tls.connect()'s does.
    if (ep.callback) listeners_add(&o->std, tls ? str_secure_connect : str_connect, ep.callback, true);
    if (tls) {
        if (servername.empty() && !ep.unix_path) servername = ep.host_or_path;
        std::string key = ep.unix_path ? ep.host_or_path : ep.host_or_path + ":" + std::to_string(ep.port);
        edges::Error e = o->data.stream->start_tls(std::move(tls), false, servername, key);
        if (e) {
            OBJ_RELEASE(&o->std);
            throw_error(e);
            RETURN_THROWS();
        }
    }
    if (ep.unix_path) {
        o->data.stream->connect(edges::SocketAddress::unix_path(ep.host_or_path));
    } else {
        o->data.stream->connect(ep.host_or_path, ep.port);
    }
    RETURN_OBJ(&o->std);
}

ZEND_METHOD(Event_Socket, getPeerCertificate) {
    ZEND_PARSE_PARAMETERS_NONE();
    tls_peer_certificate(stream_of(ZEND_THIS), return_value);
}

ZEND_METHOD(Event_Socket, getProtocol) {
    ZEND_PARSE_PARAMETERS_NONE();
    edges::Stream *s = stream_of(ZEND_THIS);
    edges::TlsSession *t = s ? s->tls() : nullptr;
    if (!t || !t->handshake_done()) RETURN_NULL();
    RETURN_STRING(t->protocol().c_str());
}

ZEND_METHOD(Event_Socket, isSessionReused) {
    ZEND_PARSE_PARAMETERS_NONE();
    edges::Stream *s = stream_of(ZEND_THIS);
    RETURN_BOOL(s && s->tls() && s->tls()->handshake_done() && s->tls()->session_reused());
}

// As in node, adding a 'data' listener starts the flow.
static void socket_listener_added(zend_object *obj, zend_string *event) {
    readable_listener_added(obj, socket_readable_ops, event);
}

ZEND_METHOD(Event_Socket, on) {
    add_listener_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, socket_listener_added);
}

ZEND_METHOD(Event_Socket, once) {
    add_listener_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, socket_listener_added);
}

ZEND_METHOD(Event_Socket, write) {
    zend_string *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    edges::Stream *s = stream_of(ZEND_THIS);
    if (!check_writable(s)) RETURN_THROWS();
    RETURN_BOOL(s->write(ZSTR_VAL(data), ZSTR_LEN(data)));
}

ZEND_METHOD(Event_Socket, end) {
    zend_string *data = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(data)
    ZEND_PARSE_PARAMETERS_END();
    edges::Stream *s = stream_of(ZEND_THIS);
    if (data && ZSTR_LEN(data)) {
        if (!check_writable(s)) RETURN_THROWS();
        s->write(ZSTR_VAL(data), ZSTR_LEN(data));
    }
    if (s) s->end();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, destroy) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (edges::Stream *s = stream_of(ZEND_THIS)) s->destroy();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, pause) {
    ZEND_PARSE_PARAMETERS_NONE();
    SocketObject *o = SocketObject::from(ZEND_THIS);
    if (o->data.borrowed) {
        if (o->data.stream) o->data.stream->pause();  // someone else's stream: only its reading
    } else {
        readable_pause(&o->std, socket_readable_ops);
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, resume) {
    ZEND_PARSE_PARAMETERS_NONE();
    SocketObject *o = SocketObject::from(ZEND_THIS);
    if (o->data.borrowed) {
        if (o->data.stream) o->data.stream->resume();
    } else {
        readable_resume(&o->std, socket_readable_ops);
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, setNoDelay) {
    bool on = true;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(on)
    ZEND_PARSE_PARAMETERS_END();
    if (edges::Stream *s = stream_of(ZEND_THIS)) s->set_no_delay(on);
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, setKeepAlive) {
    bool on = false;
    zend_long delay_ms = 0;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(on)
        Z_PARAM_LONG(delay_ms)
    ZEND_PARSE_PARAMETERS_END();
    if (delay_ms < 0) {
        zend_argument_value_error(2, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (edges::Stream *s = stream_of(ZEND_THIS)) s->set_keep_alive(on, unsigned(delay_ms / 1000));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, setTimeout) {
    zend_long ms;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(ms)
        Z_PARAM_OPTIONAL
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    if (ms < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (ZEND_FCI_INITIALIZED(fci)) listeners_add(Z_OBJ_P(ZEND_THIS), str_timeout, &fci.function_name, true);
    if (edges::Stream *s = stream_of(ZEND_THIS)) s->set_timeout(uint64_t(ms));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (edges::Stream *s = stream_of(ZEND_THIS)) s->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (edges::Stream *s = stream_of(ZEND_THIS)) s->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket, address) {
    ZEND_PARSE_PARAMETERS_NONE();
    edges::Stream *s = stream_of(ZEND_THIS);
    if (!s) {
        array_init(return_value);
        return;
    }
    address_to_array(s->local_address(), return_value);
}

ZEND_METHOD(Event_Socket, pipe) { pipe_method(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

ZEND_METHOD(Event_Socket, connectAsync) {
    zval *target, *host = nullptr;
    HashTable *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(target)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(host)
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    // connect($port, $host, null, $options) or connect($path, null, $options): the same parsing.
    zval args[4];
    uint32_t argc = 0;
    ZVAL_COPY_VALUE(&args[argc++], target);
    bool unix_path = Z_TYPE_P(target) == IS_STRING;
    if (host && Z_TYPE_P(host) == IS_ARRAY) {
        options = Z_ARRVAL_P(host);
        host = nullptr;
    }
    if (!unix_path) {
        if (host) {
            ZVAL_COPY_VALUE(&args[argc++], host);
        } else {
            ZVAL_STRING(&args[argc++], "127.0.0.1");
        }
    } else if (host) {
        zend_argument_type_error(2, "must be an options array for a Unix socket path, %s given",
                                 zend_zval_type_name(host));
        RETURN_THROWS();
    }
    ZVAL_NULL(&args[argc++]);
    bool tls = false;
    if (options) {
        ZVAL_ARR(&args[argc++], options);
        zval *t = zend_hash_str_find_deref(options, ZEND_STRL("tls"));
        tls = t && Z_TYPE_P(t) != IS_NULL && Z_TYPE_P(t) != IS_FALSE;
    }
    zval sock;
    zend_function *connect = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&edges_socket_ce->function_table, ZEND_STRL("connect")));
    zend_call_known_function(connect, nullptr, edges_socket_ce, &sock, argc, args, nullptr);
    if (!unix_path && !host) zval_ptr_dtor(&args[1]);
    if (EG(exception)) {
        zval_ptr_dtor(&sock);
        RETURN_THROWS();
    }
    zend_object *p = promise_new();
    promise_settle_by_events(p, Z_OBJ(sock), tls ? str_secure_connect : str_connect);
    zval_ptr_dtor(&sock);
    RETURN_OBJ(p);
}
