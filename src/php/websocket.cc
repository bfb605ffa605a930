// SPDX-License-Identifier: MIT
#include "websocket.h"

#include <strings.h>
#include <sys/random.h>

#include <algorithm>
#include <vector>

#include "../core/stream.h"
#include "tls.h"
#include "../core/text.h"
#include "emitter.h"
#include "promise.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "ext/standard/base64.h"
#include "ext/standard/sha1.h"
#include "ext/standard/url.h"
#include "zend_exceptions.h"
#include "websocket_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_websocket_ce;

namespace {

zend_object_handlers ws_handlers;
zend_string *str_open, *str_ping, *str_pong;
class WsHandler;
class ClientHandshake;

struct WsData {
    edges::ws::Session *session;  // owned; null while a client handshakes
    WsHandler *handler;           // owned
    ClientHandshake *handshake;   // owned, client only, until open
    zend_string *protocol;
    zend_string *extensions;
    zend_string *url;
    WebSocketClosedHook closed_hook;
    zend_object *closed_owner;  // held while closed_hook is set
    int ready_state;
    bool holds_loop_ref;  // until 'close'
};
using WsObject = Object<WsData>;

void emit_on(zend_object *obj, zend_string *event, uint32_t argc, zval *argv) {
    emit_held(obj, event, argc, argv);
}

void emit_error(zend_object *obj, uint16_t code, const std::string &message) {
    // Like a socket error: delivered to 'error' listeners; without any, the
    // 'close' that follows says enough (the code) and nothing is thrown.
    if (!listener_count(obj, str_error)) return;
    zval ex;
    object_init_ex(&ex, edges_websocket_exception_ce);
    zend_update_property_stringl(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("message"), message.data(),
                                 message.size());
    zend_update_property_long(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("code"), code);
    emit_on(obj, str_error, 1, &ex);
    zval_ptr_dtor(&ex);
}

void run_closed_hook(WsObject *o) {
    if (!o->data.closed_hook) return;
    WebSocketClosedHook hook = o->data.closed_hook;
    zend_object *owner = o->data.closed_owner;
    o->data.closed_hook = nullptr;
    o->data.closed_owner = nullptr;
    // Not when the owner goes in the same garbage collection (request shutdown): it may
    // be freed already, and needs no news. Releasing it is safe either way.
    if (GC_TYPE(owner) == IS_OBJECT && !(OBJ_FLAGS(owner) & IS_OBJ_FREE_CALLED)) hook(owner, &o->std);
    OBJ_RELEASE(owner);
}

void closed(zend_object *obj, uint16_t code, const std::string &reason) {
    WsObject *o = WsObject::from(obj);
    o->data.ready_state = 3;
    GC_ADDREF(obj);
    zval args[2];
    ZVAL_LONG(&args[0], code);
    ZVAL_STRINGL(&args[1], reason.data(), reason.size());
    emit_from_loop(obj, str_close, 2, args);
    zval_ptr_dtor(&args[1]);
    run_closed_hook(o);
    drop_loop_ref(obj, o->data.holds_loop_ref);
    OBJ_RELEASE(obj);
}

class WsHandler final : public edges::ws::SessionHandler {
public:
    explicit WsHandler(zend_object *obj) : obj_(obj) {}
    void on_message(const char *data, size_t len, bool binary) override {
        zval args[2];
        ZVAL_STRINGL_FAST(&args[0], data, len);
        ZVAL_BOOL(&args[1], binary);
        emit_held_in_fiber(obj_, str_message, 2, args);  // a handler may Event\await
        zval_ptr_dtor(&args[0]);
    }
    void on_ping(const char *data, size_t len) override { emit_data(str_ping, data, len); }
    void on_pong(const char *data, size_t len) override { emit_data(str_pong, data, len); }
    void on_error(uint16_t code, const std::string &message) override { emit_error(obj_, code, message); }
    void on_drain() override { emit_on(obj_, str_drain, 0, nullptr); }
    void on_close(uint16_t code, const std::string &reason) override { closed(obj_, code, reason); }

private:
    void emit_data(zend_string *event, const char *data, size_t len) {
        zval arg;
        ZVAL_STRINGL_FAST(&arg, data, len);
        emit_on(obj_, event, 1, &arg);
        zval_ptr_dtor(&arg);
    }
    zend_object *obj_;
};

// The client side of the opening handshake: sends the request once connected,
// reads the response head, checks it, then hands the stream to a session.
class ClientHandshake final : public edges::StreamHandler {
public:
    ClientHandshake(zend_object *obj, std::string request, std::string key,
                    std::vector<std::string> protocols, bool deflate, edges::ws::SessionOptions options)
        : obj_(obj),
          request_(std::move(request)),
          accept_(websocket_accept_key(key.data(), key.size())),
          protocols_(std::move(protocols)),
          deflate_(deflate),
          options_(options) {}

    edges::Stream *stream = nullptr;  // owned until a session takes it

    void on_connect(edges::Stream &s) override { s.write(request_.data(), request_.size()); }
    // The connection object went away first (request shutdown): no callbacks.
    void abandon() {
        stream->dispose();
        delete this;
    }
    // close() while connecting: the handshake fails with an error, as in npm ws.
    void cancel() {
        error_ = "WebSocket was closed before the connection was established";
        stream->destroy();
    }
    void on_data(edges::Stream &s, const char *data, size_t len) override {
        head_.append(data, len);
        size_t end = head_.find("\r\n\r\n");
        if (end == std::string::npos) {
            if (head_.size() > 16384) fail(s, "handshake response headers too large");
            return;
        }
        std::string rest = head_.substr(end + 4);
        head_.resize(end + 2);
        std::string why = check();
        if (!why.empty()) return fail(s, why);
        WsObject *o = WsObject::from(obj_);
        o->data.handshake = nullptr;
        o->data.ready_state = 1;
        o->data.protocol = zend_string_init(protocol_.data(), protocol_.size(), 0);
        o->data.extensions = zend_string_init(extensions_.data(), extensions_.size(), 0);
        if (deflate_ && !extensions_.empty()) {
            options_.deflate = true;
            options_.deflate_params = agreed_;
        }
        o->data.session = new edges::ws::Session(&s, edges::ws::Role::kClient, options_, *o->data.handler);
        zend_object *obj = obj_;
        GC_ADDREF(obj);
        emit_from_loop(obj, str_open, 0, nullptr);
        if (o->data.session && o->data.ready_state == 1) o->data.session->start(rest.data(), rest.size());
        OBJ_RELEASE(obj);
        delete this;  // the stream's handler is the session now
    }
    void on_error(edges::Stream &, const edges::Error &e) override {
        error_ = e.message;
        if (e.tls) tls_error_ = e;
    }
    void on_close(edges::Stream &, bool) override {
        zend_object *obj = obj_;
        WsObject::from(obj)->data.handshake = nullptr;
        GC_ADDREF(obj);
        if (tls_error_) {
            edges::php::emit_error(obj, tls_error_);  // Event\TLSException, with the reason
        } else {
            emit_error(obj, edges::ws::kAbnormal,
                       error_.empty() ? "connection closed during the handshake" : error_);
        }
        closed(obj, edges::ws::kAbnormal, "");
        OBJ_RELEASE(obj);
        stream->dispose();
        delete this;
    }

private:
    edges::Error tls_error_;
    void fail(edges::Stream &s, const std::string &why) {
        error_ = why;
        s.destroy();
    }
    std::string header(std::string_view name) const {
        size_t pos = head_.find("\r\n");
        while (pos != std::string::npos && pos + 2 < head_.size()) {
            size_t eol = head_.find("\r\n", pos + 2);
            std::string_view line(head_.data() + pos + 2, eol - pos - 2);
            size_t colon = line.find(':');
            if (colon != std::string_view::npos && equals_ci(line.substr(0, colon), name)) {
                std::string_view v = line.substr(colon + 1);
                while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
                return std::string(v);
            }
            pos = eol;
        }
        return "";
    }
    std::string check() {
        if (head_.compare(0, 13, "HTTP/1.1 101 ") != 0 && head_.compare(0, 12, "HTTP/1.1 101") != 0) {
            return "Unexpected server response: " + head_.substr(9, 3);
        }
        if (!equals_ci(header("upgrade"), "websocket")) return "Invalid Upgrade header";
        if (!has_token(header("connection"), "upgrade")) return "Invalid Connection header";
        if (header("sec-websocket-accept") != accept_) return "Invalid Sec-WebSocket-Accept header";
        protocol_ = header("sec-websocket-protocol");
        if (!protocol_.empty() &&
            std::find(protocols_.begin(), protocols_.end(), protocol_) == protocols_.end()) {
            return "Server sent an invalid subprotocol";
        }
        if (protocol_.empty() && !protocols_.empty()) return "Server sent no subprotocol";
        extensions_ = header("sec-websocket-extensions");
        if (!extensions_.empty() && (!deflate_ || !edges::ws::accept_deflate_answer(extensions_, &agreed_))) {
            return "Server indicated an extension that was not requested";
        }
        return "";
    }

    zend_object *obj_;
    std::string request_, accept_, head_, protocol_, extensions_, error_;
    std::vector<std::string> protocols_;
    bool deflate_;
    edges::ws::SessionOptions options_;
    edges::ws::DeflateParams agreed_;
};

zend_object *ws_create(zend_class_entry *ce) {
    zend_object *obj = WsObject::create(ce, &ws_handlers);
    WsObject::from(obj)->data.handler = new WsHandler(obj);
    return obj;
}

void ws_free(zend_object *obj) {
    WsObject *o = WsObject::from(obj);
    run_closed_hook(o);      // freed open (request shutdown): the server lets go of it too
    delete o->data.session;  // disposes the stream
    if (o->data.handshake) o->data.handshake->abandon();
    o->data.handshake = nullptr;
    delete o->data.handler;
    if (o->data.protocol) zend_string_release(o->data.protocol);
    if (o->data.extensions) zend_string_release(o->data.extensions);
    if (o->data.url) zend_string_release(o->data.url);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *ws_get_gc(zend_object *obj, zval **table, int *n) {
    WsObject *o = WsObject::from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    if (o->data.closed_owner) zend_get_gc_buffer_add_obj(buf, o->data.closed_owner);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool read_virtual(WsObject *o, zend_string *name, zval *rv) {
    const char *n = ZSTR_VAL(name);
    auto str = [&](zend_string *s) {
        if (s) {
            ZVAL_STR_COPY(rv, s);
        } else {
            ZVAL_EMPTY_STRING(rv);
        }
    };
    if (!strcmp(n, "readyState")) {
        ZVAL_LONG(rv, o->data.ready_state == 1 && o->data.session ? int(o->data.session->state())
                                                                  : o->data.ready_state);
    } else if (!strcmp(n, "protocol")) {
        str(o->data.protocol);
    } else if (!strcmp(n, "extensions")) {
        str(o->data.extensions);
    } else if (!strcmp(n, "url")) {
        str(o->data.url);
    } else if (!strcmp(n, "bufferedAmount")) {
        ZVAL_LONG(rv, o->data.session ? zend_long(o->data.session->buffered()) : 0);
    } else {
        return false;
    }
    return true;
}

bool ws_props(zend_object *obj, zend_string *name, zval *rv) {
    return read_virtual(WsObject::from(obj), name, rv);
}

edges::ws::Session *open_session(zval *zv) {
    WsObject *o = WsObject::from(zv);
    int state = o->data.session ? int(o->data.session->state()) : o->data.ready_state;
    if (!o->data.session || state != 1) {
        static const char *const names[] = {"CONNECTING", "OPEN", "CLOSING", "CLOSED"};
        zend_throw_exception_ex(edges_websocket_exception_ce, 0, "WebSocket is not open: readyState %d (%s)",
                                state, names[state & 3]);
        return nullptr;
    }
    return o->data.session;
}

}  // namespace

std::string websocket_accept_key(const char *key, size_t len) {
    static const char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    PHP_SHA1_CTX ctx;
    unsigned char digest[20];
    PHP_SHA1Init(&ctx);
    PHP_SHA1Update(&ctx, reinterpret_cast<const unsigned char *>(key), len);
    PHP_SHA1Update(&ctx, reinterpret_cast<const unsigned char *>(kGuid), sizeof(kGuid) - 1);
    PHP_SHA1Final(digest, &ctx);
    zend_string *b64 = php_base64_encode(digest, sizeof(digest));
    std::string out(ZSTR_VAL(b64), ZSTR_LEN(b64));
    zend_string_release(b64);
    return out;
}

zend_object *websocket_accept(edges::Stream *stream, const edges::ws::SessionOptions &options,
                              const char *head, size_t len, const std::string &protocol,
                              const std::string &extensions, WebSocketClosedHook hook, zend_object *owner) {
    zend_object *obj = ws_create(edges_websocket_ce);
    WsObject *o = WsObject::from(obj);
    o->data.ready_state = 1;
    o->data.protocol = zend_string_init(protocol.data(), protocol.size(), 0);
    o->data.extensions = zend_string_init(extensions.data(), extensions.size(), 0);
    o->data.closed_hook = hook;
    o->data.closed_owner = owner;
    GC_ADDREF(owner);
    hold_loop_ref(obj, o->data.holds_loop_ref);
    o->data.session = new edges::ws::Session(stream, edges::ws::Role::kServer, options, *o->data.handler);
    o->data.session->start(head, len);
    return obj;
}

void websocket_close(zend_object *ws, uint16_t code, const char *reason) {
    WsObject *o = WsObject::from(ws);
    if (o->data.session) o->data.session->close(code, reason);
}

void websocket_minit() {
    str_open = zend_string_init_interned(ZEND_STRL("open"), 1);
    str_ping = zend_string_init_interned(ZEND_STRL("ping"), 1);
    str_pong = zend_string_init_interned(ZEND_STRL("pong"), 1);
    edges_websocket_ce = register_class_Event_WebSocket(edges_emitter_ce);
    edges_websocket_ce->create_object = ws_create;
    init_handlers(ws_handlers, XtOffsetOf(WsObject, std), ws_free, ws_get_gc);
    VirtualProperties<ws_props>::install(ws_handlers);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_WebSocket, __construct) {}

ZEND_METHOD(Event_WebSocket, connect) {
    zend_string *url;
    HashTable *options = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(url)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    php_url *u = php_url_parse_ex(ZSTR_VAL(url), ZSTR_LEN(url));
    bool secure = u && u->scheme && zend_string_equals_literal_ci(u->scheme, "wss");
    if (!u || !u->scheme || !u->host || (!secure && !zend_string_equals_literal_ci(u->scheme, "ws"))) {
        if (u) php_url_free(u);
        zend_argument_value_error(1, "must be a ws:// or wss:// URL");
        RETURN_THROWS();
    }
    std::string host(ZSTR_VAL(u->host), ZSTR_LEN(u->host));
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    uint16_t port = u->port ? u->port : (secure ? 443 : 80);
    std::string path = u->path ? std::string(ZSTR_VAL(u->path), ZSTR_LEN(u->path)) : "/";
    if (u->query) path += "?" + std::string(ZSTR_VAL(u->query), ZSTR_LEN(u->query));
    php_url_free(u);

    edges::ws::SessionOptions sopts;
    std::vector<std::string> protocols;
    std::string extra_headers;
    bool deflate = false;
    edges::ws::DeflateParams wants;
    if (options) {
        zval *v;
        if ((v = zend_hash_str_find(options, ZEND_STRL("protocols")))) {
            if (Z_TYPE_P(v) == IS_STRING) {
                protocols.emplace_back(Z_STRVAL_P(v), Z_STRLEN_P(v));
            } else if (Z_TYPE_P(v) == IS_ARRAY) {
                zval *p;
                ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), p) {
                    if (Z_TYPE_P(p) != IS_STRING) {
                        zend_argument_value_error(2, "option \"protocols\" must list strings");
                        RETURN_THROWS();
                    }
                    protocols.emplace_back(Z_STRVAL_P(p), Z_STRLEN_P(p));
                }
                ZEND_HASH_FOREACH_END();
            }
        }
        if ((v = zend_hash_str_find(options, ZEND_STRL("headers"))) && Z_TYPE_P(v) == IS_ARRAY) {
            zend_string *name;
            zval *hv;
            ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), name, hv) {
                if (!name || Z_TYPE_P(hv) != IS_STRING || strpbrk(Z_STRVAL_P(hv), "\r\n") ||
                    strpbrk(ZSTR_VAL(name), "\r\n: ")) {
                    zend_argument_value_error(
                        2, "option \"headers\" must map header names to strings without CR or LF");
                    RETURN_THROWS();
                }
                extra_headers += std::string(ZSTR_VAL(name)) + ": " + Z_STRVAL_P(hv) + "\r\n";
            }
            ZEND_HASH_FOREACH_END();
        }
        if ((v = zend_hash_str_find(options, ZEND_STRL("perMessageDeflate")))) deflate = zend_is_true(v);
        if ((v = zend_hash_str_find(options, ZEND_STRL("maxPayload"))) && Z_TYPE_P(v) == IS_LONG &&
            Z_LVAL_P(v) >= 0) {
            sopts.max_payload = uint64_t(Z_LVAL_P(v));
        }
        if ((v = zend_hash_str_find(options, ZEND_STRL("closeTimeout"))) && Z_TYPE_P(v) == IS_LONG &&
            Z_LVAL_P(v) > 0) {
            sopts.close_timeout_ms = uint64_t(Z_LVAL_P(v));
        }
    }
    unsigned char nonce[16];
    if (getrandom(nonce, sizeof(nonce), 0) != sizeof(nonce)) memset(nonce, 7, sizeof(nonce));
    zend_string *key64 = php_base64_encode(nonce, sizeof(nonce));
    std::string key(ZSTR_VAL(key64), ZSTR_LEN(key64));
    zend_string_release(key64);
    std::shared_ptr<edges::TlsContext> tls;
    std::string servername;
    if (secure || (options && zend_hash_str_exists(options, ZEND_STRL("tls")))) {
        zval defaults, *t = options ? zend_hash_str_find(options, ZEND_STRL("tls")) : nullptr;
        ZVAL_TRUE(&defaults);
        if (!secure) {
            zend_argument_value_error(2, "option \"tls\" needs a wss:// URL");
            RETURN_THROWS();
        }
        tls = tls_client_context(t ? t : &defaults, 2, &servername);
        if (!tls) RETURN_THROWS();
        if (servername.empty()) servername = host;
    }
    std::string req = "GET " + path + " HTTP/1.1\r\nHost: " + host +
                      (port != (secure ? 443 : 80) ? ":" + std::to_string(port) : "") +
                      "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                      "\r\nSec-WebSocket-Version: 13\r\n";
    if (!protocols.empty()) {
        req += "Sec-WebSocket-Protocol: ";
        for (size_t i = 0; i < protocols.size(); i++) req += (i ? ", " : "") + protocols[i];
        req += "\r\n";
    }
    if (deflate) req += "Sec-WebSocket-Extensions: " + edges::ws::deflate_offer(wants) + "\r\n";
    req += extra_headers + "\r\n";

    zend_object *obj = ws_create(edges_websocket_ce);
    WsObject *o = WsObject::from(obj);
    o->data.url = zend_string_copy(url);
    hold_loop_ref(obj, o->data.holds_loop_ref);
    auto *hs = new ClientHandshake(obj, req, key, protocols, deflate, sopts);
    o->data.handshake = hs;
    hs->stream = new edges::Stream(loop(), hs);
    hs->stream->resume();
    if (tls) {
        // The upgrade request written at 'connect' waits in the session for the handshake's end.
        edges::Error e =
            hs->stream->start_tls(std::move(tls), false, servername, host + ":" + std::to_string(port));
        if (e) hs->stream->destroy(e);
    }
    hs->stream->connect(host, port);
    RETURN_OBJ(obj);
}

ZEND_METHOD(Event_WebSocket, send) {
    zend_string *data;
    bool binary = false;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(binary)
    ZEND_PARSE_PARAMETERS_END();
    edges::ws::Session *s = open_session(ZEND_THIS);
    if (!s) RETURN_THROWS();
    if (!binary && !edges::ws::Utf8Validator::valid(ZSTR_VAL(data), ZSTR_LEN(data))) {
        zend_argument_value_error(
            1, "must be valid UTF-8 for a text message (send binary data with $binary = true)");
        RETURN_THROWS();
    }
    RETURN_BOOL(s->send(ZSTR_VAL(data), ZSTR_LEN(data), binary));
}

static void control_frame(INTERNAL_FUNCTION_PARAMETERS, bool ping) {
    zend_string *data = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    if (data && ZSTR_LEN(data) > 125) {
        zend_argument_value_error(1, "must be at most 125 bytes");
        RETURN_THROWS();
    }
    edges::ws::Session *s = open_session(ZEND_THIS);
    if (!s) RETURN_THROWS();
    const char *p = data ? ZSTR_VAL(data) : "";
    size_t n = data ? ZSTR_LEN(data) : 0;
    ping ? s->ping(p, n) : s->pong(p, n);
}

ZEND_METHOD(Event_WebSocket, ping) { control_frame(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

ZEND_METHOD(Event_WebSocket, pong) { control_frame(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Event_WebSocket, close) {
    zend_long code = 1000;
    zend_string *reason = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(code)
        Z_PARAM_STR(reason)
    ZEND_PARSE_PARAMETERS_END();
    if (code != 1000 && (code < 3000 || code > 4999)) {
        zend_argument_value_error(1, "must be 1000 or between 3000 and 4999");
        RETURN_THROWS();
    }
    if (reason &&
        (ZSTR_LEN(reason) > 123 || !edges::ws::Utf8Validator::valid(ZSTR_VAL(reason), ZSTR_LEN(reason)))) {
        zend_argument_value_error(2, "must be valid UTF-8 of at most 123 bytes");
        RETURN_THROWS();
    }
    WsObject *o = WsObject::from(ZEND_THIS);
    if (o->data.session) {
        o->data.session->close(uint16_t(code),
                               reason ? std::string_view(ZSTR_VAL(reason), ZSTR_LEN(reason)) : "");
    } else if (o->data.handshake) {
        o->data.ready_state = 2;
        o->data.handshake->cancel();
    }
}

ZEND_METHOD(Event_WebSocket, terminate) {
    ZEND_PARSE_PARAMETERS_NONE();
    WsObject *o = WsObject::from(ZEND_THIS);
    if (o->data.session) o->data.session->terminate();
}
