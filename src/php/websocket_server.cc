// SPDX-License-Identifier: MIT
#include <strings.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "../core/stream.h"
#include "tls.h"
#include "../core/text.h"
#include "emitter.h"
#include "promise.h"
#include "../http/server.h"
#include "errors.h"
#include "http_message.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "socket.h"
#include "websocket.h"

extern "C" {
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "websocket_server_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_websocket_server_ce;
extern zend_class_entry *edges_http_server_ce;
extern zend_class_entry *edges_http_ce;
extern zend_class_entry *edges_http_request_ce;

namespace {

zend_object_handlers wss_handlers;
zend_string *str_upgrade_event, *str_request_event;

struct WssData {
    zend_object *http;      // the Event\HTTP\Server it serves on (a reference)
    zend_string *path;      // null: every path
    zval handle_protocols;  // callable or UNDEF
    zval verify_client;     // callable or UNDEF
    uint64_t max_payload;
    uint64_t close_timeout_ms;
    edges::ws::DeflateParams *deflate;           // null: no permessage-deflate
    std::unordered_set<zend_object *> *clients;  // open connections (each holds a reference on us)
    bool standalone;                             // it created its own HTTP server and listens with it
    bool closing;
    bool close_emitted;
};
using WssObject = Object<WssData>;

// Every value of a header, joined as a list ("a, b"): repeated headers count too.
std::string header(const edges::http::RequestHead &h, std::string_view name) {
    std::string out;
    for (size_t i = 0; i < h.header_count(); i++) {
        if (!edges::equals_ci(h.name(i), name)) continue;
        if (!out.empty()) out += ", ";
        out.append(h.value(i));
    }
    return out;
}

// Answers a refused handshake; the socket (still its owner) closes after it.
void refuse(edges::Stream *s, int status, const char *reason, const char *extra = "") {
    std::string body = std::string(reason) + "\n";
    std::string msg = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\nConnection: close\r\n" +
                      extra + "Content-Type: text/plain\r\nContent-Length: " + std::to_string(body.size()) +
                      "\r\n\r\n" + body;
    s->write(msg.data(), msg.size());
    s->end();
}

void maybe_emit_close(WssObject *o) {
    if (!o->data.closing || o->data.close_emitted || !o->data.clients->empty()) return;
    o->data.close_emitted = true;
    emit_deferred(&o->std, str_close);
}

void client_closed(zend_object *owner, zend_object *ws) {
    WssObject *o = WssObject::from(owner);
    o->data.clients->erase(ws);
    maybe_emit_close(o);
}

// RFC 6455 4.2: validate the request, ask verifyClient and handleProtocols,
// agree on permessage-deflate, answer 101, and hand the stream to a session.
void handshake(WssObject *o, zend_object *req, zend_object *socket, zend_string *head) {
    edges::Stream *s = socket_stream(socket);
    if (!s) return;
    if (o->data.closing) return refuse(s, 503, "Service Unavailable");
    const edges::http::RequestHead &h = http_request_head(req);
    std::string key = header(h, "sec-websocket-key");
    bool valid = h.method == HTTP_GET && (h.http_major > 1 || h.http_minor >= 1) &&
                 equals_ci(header(h, "upgrade"), "websocket") &&
                 has_token(header(h, "connection"), "upgrade");
    bool key_ok = key.size() == 24 && key[22] == '=' && key[23] == '=';
    std::string ver = header(h, "sec-websocket-version");
    std::string offered_protocols = header(h, "sec-websocket-protocol");
    std::string offered_extensions = header(h, "sec-websocket-extensions");
    if (!valid || !key_ok) return refuse(s, 400, "Bad Request");
    if (ver != "13") return refuse(s, 426, "Upgrade Required", "Sec-WebSocket-Version: 13\r\n");

    zval req_zv;
    ZVAL_OBJ(&req_zv, req);
    if (Z_TYPE(o->data.verify_client) != IS_UNDEF) {
        zval verdict;
        bool ok = call_from_loop(&o->data.verify_client, 1, &req_zv, &verdict);
        zend_long status = !ok                          ? 500
                           : Z_TYPE(verdict) == IS_LONG ? Z_LVAL(verdict)
                           : zend_is_true(&verdict)     ? 0
                                                        : 401;
        zval_ptr_dtor(&verdict);
        if (aborting()) return;
        if (status) {
            std::string reason = status == 401   ? "Unauthorized"
                                 : status == 403 ? "Forbidden"
                                 : status == 500 ? "Internal Server Error"
                                                 : "Refused";
            return refuse(s, int(status < 400 || status > 599 ? 401 : status), reason.c_str());
        }
        if (!socket_stream(socket)) return;  // the verifier closed it
    }

    std::string protocol;
    std::vector<std::string> protocols;
    for (std::string_view p : split_trimmed(offered_protocols, ','))
        if (!p.empty()) protocols.emplace_back(p);
    if (!protocols.empty()) {
        if (Z_TYPE(o->data.handle_protocols) != IS_UNDEF) {
            zval args[2], chosen;
            array_init(&args[0]);
            for (auto &p : protocols) add_next_index_stringl(&args[0], p.data(), p.size());
            ZVAL_OBJ(&args[1], req);
            bool ok = call_from_loop(&o->data.handle_protocols, 2, args, &chosen);
            zval_ptr_dtor(&args[0]);
            if (aborting()) return;
            if (!ok) {
                zval_ptr_dtor(&chosen);
                return refuse(s, 500, "Internal Server Error");
            }
            if (Z_TYPE(chosen) == IS_STRING) {
                protocol.assign(Z_STRVAL(chosen), Z_STRLEN(chosen));
                if (std::find(protocols.begin(), protocols.end(), protocol) == protocols.end())
                    protocol.clear();
            }
            zval_ptr_dtor(&chosen);
            if (!socket_stream(socket)) return;
        } else {
            protocol = protocols[0];
        }
    }

    edges::ws::SessionOptions opts;
    opts.max_payload = o->data.max_payload;
    opts.close_timeout_ms = o->data.close_timeout_ms;
    std::string extensions;
    if (o->data.deflate && !offered_extensions.empty()) {
        opts.deflate = edges::ws::negotiate_deflate(offered_extensions, *o->data.deflate,
                                                    &opts.deflate_params, &extensions);
    }
    std::string response =
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: " +
        websocket_accept_key(key.data(), key.size()) + "\r\n";
    if (!protocol.empty()) response += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
    if (!extensions.empty()) response += "Sec-WebSocket-Extensions: " + extensions + "\r\n";
    response += "\r\n";
    s->write(response.data(), response.size());
    // Frames may follow the handshake: in `head`, and in what the socket read since.
    std::string frames(ZSTR_VAL(head), ZSTR_LEN(head));
    s = socket_take_stream(socket, &frames);
    if (!s) return;

    zend_object *ws =
        websocket_accept(s, opts, frames.data(), frames.size(), protocol, extensions, client_closed, &o->std);
    o->data.clients->insert(ws);
    zval args[2];
    ZVAL_OBJ(&args[0], ws);
    ZVAL_OBJ(&args[1], req);
    emit_held_in_fiber(&o->std, str_connection, 2, args);  // a handler may Event\await
    OBJ_RELEASE(ws);                                       // the loop holds it until 'close'
}

zend_object *wss_create(zend_class_entry *ce) {
    zend_object *obj = WssObject::create(ce, &wss_handlers);
    WssObject *o = WssObject::from(obj);
    o->data.clients = new std::unordered_set<zend_object *>();
    o->data.max_payload = 100 * 1024 * 1024;
    o->data.close_timeout_ms = 30000;
    ZVAL_UNDEF(&o->data.handle_protocols);
    ZVAL_UNDEF(&o->data.verify_client);
    return obj;
}

void wss_free(zend_object *obj) {
    WssObject *o = WssObject::from(obj);
    if (o->data.http) OBJ_RELEASE(o->data.http);
    if (o->data.path) zend_string_release(o->data.path);
    zval_ptr_dtor(&o->data.handle_protocols);
    zval_ptr_dtor(&o->data.verify_client);
    delete o->data.deflate;
    delete o->data.clients;
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *wss_get_gc(zend_object *obj, zval **table, int *n) {
    WssObject *o = WssObject::from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    if (o->data.http) zend_get_gc_buffer_add_obj(buf, o->data.http);
    zend_get_gc_buffer_add_zval(buf, &o->data.handle_protocols);
    zend_get_gc_buffer_add_zval(buf, &o->data.verify_client);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

// Reads 'perMessageDeflate' (bool or array). False with an exception when invalid.
bool parse_deflate(zval *v, WssObject *o) {
    if (Z_TYPE_P(v) != IS_ARRAY) {
        if (zend_is_true(v)) o->data.deflate = new edges::ws::DeflateParams();
        return true;
    }
    auto *p = new edges::ws::DeflateParams();
    o->data.deflate = p;
    zval *x;
    if ((x = zend_hash_str_find(Z_ARRVAL_P(v), ZEND_STRL("serverNoContextTakeover"))))
        p->server_no_context_takeover = zend_is_true(x);
    if ((x = zend_hash_str_find(Z_ARRVAL_P(v), ZEND_STRL("clientNoContextTakeover"))))
        p->client_no_context_takeover = zend_is_true(x);
    for (auto [name, field] :
         {std::pair<const char *, int *>{"serverMaxWindowBits", &p->server_max_window_bits},
          {"clientMaxWindowBits", &p->client_max_window_bits}}) {
        if ((x = zend_hash_str_find(Z_ARRVAL_P(v), name, strlen(name)))) {
            if (Z_TYPE_P(x) != IS_LONG || Z_LVAL_P(x) < 8 || Z_LVAL_P(x) > 15) {
                zend_argument_value_error(1, "option \"perMessageDeflate\" needs %s between 8 and 15", name);
                return false;
            }
            *field = int(Z_LVAL_P(x));
        }
    }
    return true;
}

bool parse_options(HashTable *opts, WssObject *o, zval **server, zend_long *port, zend_string **host,
                   std::shared_ptr<edges::TlsContext> *tls) {
    zend_string *key;
    zval *v;
    ZEND_HASH_FOREACH_STR_KEY_VAL(opts, key, v) {
        const char *k = key ? ZSTR_VAL(key) : "";
        if (!strcmp(k, "server")) {
            if (Z_TYPE_P(v) != IS_OBJECT || Z_OBJCE_P(v) != edges_http_server_ce) {
                zend_argument_type_error(1, "option \"server\" must be an Event\\HTTP\\Server");
                return false;
            }
            *server = v;
        } else if (!strcmp(k, "port")) {
            if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > 65535) {
                zend_argument_value_error(1, "option \"port\" must be between 0 and 65535");
                return false;
            }
            *port = Z_LVAL_P(v);
        } else if (!strcmp(k, "host") && Z_TYPE_P(v) == IS_STRING) {
            *host = Z_STR_P(v);
        } else if (!strcmp(k, "tls")) {
            // Standalone wss: the server it makes listens with TLS.
            *tls = tls_server_context(v, 1, "http/1.1");
            if (!*tls) return false;
        } else if (!strcmp(k, "path") && Z_TYPE_P(v) == IS_STRING) {
            o->data.path = zend_string_copy(Z_STR_P(v));
        } else if (!strcmp(k, "maxPayload") && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) >= 0) {
            o->data.max_payload = uint64_t(Z_LVAL_P(v));
        } else if (!strcmp(k, "closeTimeout") && Z_TYPE_P(v) == IS_LONG && Z_LVAL_P(v) > 0) {
            o->data.close_timeout_ms = uint64_t(Z_LVAL_P(v));
        } else if (!strcmp(k, "perMessageDeflate")) {
            if (!parse_deflate(v, o)) return false;
        } else if ((!strcmp(k, "handleProtocols") || !strcmp(k, "verifyClient")) &&
                   zend_is_callable(v, 0, nullptr)) {
            ZVAL_COPY(k[0] == 'h' ? &o->data.handle_protocols : &o->data.verify_client, v);
        } else {
            zend_argument_value_error(1, "unknown or invalid option \"%s\"", k);
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    if (!*server && *port < 0) {
        zend_argument_value_error(1, "needs the option \"server\" (an Event\\HTTP\\Server) or \"port\"");
        return false;
    }
    return true;
}

}  // namespace

void websocket_server_minit() {
    str_upgrade_event = zend_string_init_interned(ZEND_STRL("upgrade"), 1);
    str_request_event = zend_string_init_interned(ZEND_STRL("request"), 1);
    edges_websocket_server_ce = register_class_Event_WebSocket_Server(edges_emitter_ce);
    edges_websocket_server_ce->create_object = wss_create;
    init_handlers(wss_handlers, XtOffsetOf(WssObject, std), wss_free, wss_get_gc);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_WebSocket_Server, __construct) {
    HashTable *opts;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    WssObject *o = WssObject::from(ZEND_THIS);
    zval *server = nullptr;
    zend_long port = -1;
    zend_string *host = nullptr;
    std::shared_ptr<edges::TlsContext> tls;
    if (!parse_options(opts, o, &server, &port, &host, &tls)) RETURN_THROWS();
    if (tls && server) {
        zend_argument_value_error(1, "option \"tls\" is for a standalone server: give \"server\" its own");
        RETURN_THROWS();
    }
    zval listener;
    if (server) {
        o->data.http = Z_OBJ_P(server);
        GC_ADDREF(o->data.http);
    } else {
        // Standalone: our own HTTP server, answering plain requests with 426.
        edges::http::ServerOptions http_options;
        http_options.tls = std::move(tls);
        o->data.http = http_server_create(http_options, nullptr, nullptr);
        o->data.standalone = true;
        method_closure(&o->std, "onRequest", &listener);
        listeners_add(o->data.http, str_request_event, &listener, false);
        zval_ptr_dtor(&listener);
    }
    method_closure(&o->std, "onUpgrade", &listener);
    listeners_add(o->data.http, str_upgrade_event, &listener, false);
    zval_ptr_dtor(&listener);
    if (o->data.standalone) {
        zval args[3], ret;
        ZVAL_LONG(&args[0], port);
        if (host) {
            ZVAL_STR_COPY(&args[1], host);
        } else {
            ZVAL_STRING(&args[1], "0.0.0.0");
        }
        method_closure(&o->std, "onListening", &args[2]);
        bool ok = call_method(o->data.http, "listen", 3, args, &ret);
        for (zval &a : args) zval_ptr_dtor(&a);
        zval_ptr_dtor(&ret);
        if (!ok) RETURN_THROWS();
    }
}

ZEND_METHOD(Event_WebSocket_Server, handleUpgrade) {
    zend_object *req, *socket;
    zend_string *head;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_OBJ_OF_CLASS(req, edges_http_request_ce)
        Z_PARAM_OBJ_OF_CLASS(socket, edges_socket_ce)
        Z_PARAM_STR(head)
    ZEND_PARSE_PARAMETERS_END();
    handshake(WssObject::from(ZEND_THIS), req, socket, head);
}

ZEND_METHOD(Event_WebSocket_Server, onUpgrade) {
    zend_object *req, *socket;
    zend_string *head;
    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_OBJ_OF_CLASS(req, edges_http_request_ce)
        Z_PARAM_OBJ_OF_CLASS(socket, edges_socket_ce)
        Z_PARAM_STR(head)
    ZEND_PARSE_PARAMETERS_END();
    WssObject *o = WssObject::from(ZEND_THIS);
    if (o->data.path) {
        // Other paths stay with the HTTP server's other 'upgrade' listeners.
        std::string_view u = http_request_head(req).url();
        u = u.substr(0, u.find('?'));
        bool match = u == std::string_view(ZSTR_VAL(o->data.path), ZSTR_LEN(o->data.path));
        if (!match) {
            if (o->data.standalone) {
                if (edges::Stream *s = socket_stream(socket)) refuse(s, 400, "Bad Request");
            }
            return;
        }
    }
    handshake(o, req, socket, head);
}

ZEND_METHOD(Event_WebSocket_Server, onRequest) {
    zval *req, *res;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(req)
        Z_PARAM_ZVAL(res)
    ZEND_PARSE_PARAMETERS_END();
    zval args[2], ret;
    ZVAL_LONG(&args[0], 426);
    array_init(&args[1]);
    add_assoc_string(&args[1], "Content-Type", "text/plain");
    add_assoc_string(&args[1], "Upgrade", "websocket");
    call_method(Z_OBJ_P(res), "writeHead", 2, args, &ret);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&ret);
    ZVAL_STRING(&args[0], "Upgrade Required\n");
    call_method(Z_OBJ_P(res), "end", 1, args, &ret);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&ret);
}

ZEND_METHOD(Event_WebSocket_Server, onListening) {
    ZEND_PARSE_PARAMETERS_NONE();
    emit(Z_OBJ_P(ZEND_THIS), str_listening, 0, nullptr);
}

ZEND_METHOD(Event_WebSocket_Server, address) {
    ZEND_PARSE_PARAMETERS_NONE();
    WssObject *o = WssObject::from(ZEND_THIS);
    if (!o->data.http) RETURN_NULL();
    call_method(o->data.http, "address", 0, nullptr, return_value);
}

ZEND_METHOD(Event_WebSocket_Server, clientCount) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(zend_long(WssObject::from(ZEND_THIS)->data.clients->size()));
}

ZEND_METHOD(Event_WebSocket_Server, close) {
    zval callback;
    if (!parse_optional_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, &callback)) RETURN_THROWS();
    WssObject *o = WssObject::from(ZEND_THIS);
    if (!Z_ISUNDEF(callback)) listeners_add(&o->std, str_close, &callback, true);
    if (!o->data.closing) {
        o->data.closing = true;
        std::vector<zend_object *> all(o->data.clients->begin(), o->data.clients->end());
        for (zend_object *ws : all) websocket_close(ws, edges::ws::kGoingAway, "server closing");
        if (o->data.standalone) {
            zval ret;
            call_method(o->data.http, "close", 0, nullptr, &ret);
            zval_ptr_dtor(&ret);
        }
        maybe_emit_close(o);
    }
    RETURN_OBJ_COPY(&o->std);
}
