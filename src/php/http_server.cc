// SPDX-License-Identifier: MIT
#include <algorithm>

#include "../http/server.h"

#include <unordered_set>

#include "address.h"
#include "tls.h"
#include "cluster.h"
#include "endpoint.h"
#include "emitter.h"
#include "errors.h"
#include "http_message.h"
#include "promise.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "socket.h"

extern "C" {
#include "zend_exceptions.h"
#include "http_server_arginfo.h"
#include "http_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_http_server_ce;
zend_class_entry *edges_http_ce;

namespace {

zend_object_handlers server_handlers;
zend_string *str_request, *str_check_continue, *str_upgrade, *str_client_error, *str_tls_client_error;

class Binding;
struct HttpServerData {
    edges::http::Server *server;  // owned
    Binding *binding;             // owned
    zval route_key;               // the routeKey option (IS_UNDEF without one)
    bool holds_loop_ref;          // from listen() until 'close'
};
using HttpServerObject = Object<HttpServerData>;

// Both PHP objects of an exchange, held until the exchange closes.
struct PhpExchange {
    zend_object *req;
    zend_object *res;
};

// Every live server, so that request shutdown can close them while objects still exist.
std::unordered_set<Binding *> &live_bindings() {
    static std::unordered_set<Binding *> set;
    return set;
}

// The server's events as PHP events. Every callback may run user code, so
// each one holds the objects it emits on.
class Binding final : public edges::http::ServerHandler {
public:
    explicit Binding(zend_object *server) : obj_(server) { live_bindings().insert(this); }
    ~Binding() override { live_bindings().erase(this); }

    bool quiet = false;  // request shutdown: no user code
    zend_object *object() const { return obj_; }

    void destroy_server() {
        HttpServerObject *o = HttpServerObject::from(obj_);
        delete o->data.server;
        o->data.server = nullptr;
    }

    void on_connection(edges::http::Connection &conn) override {
        if (quiet || !listener_count(obj_, str_connection)) return;
        zval sock;
        ZVAL_OBJ(&sock, http_connection_socket(conn));
        emit(str_connection, 1, &sock);
        zval_ptr_dtor(&sock);
    }

    // The request object, made for routeKey before 'request' or for 'request' itself.
    PhpExchange *php_exchange(edges::http::Exchange &ex) {
        if (!ex.user) {
            auto *p = static_cast<PhpExchange *>(emalloc(sizeof(PhpExchange)));
            p->req = http_request_new(&ex);
            p->res = nullptr;
            ex.user = p;
        }
        return static_cast<PhpExchange *>(ex.user);
    }

    int route(edges::http::Exchange &ex) override {
        HttpServerObject *o = HttpServerObject::from(obj_);
        if (quiet || Z_TYPE(o->data.route_key) == IS_UNDEF) return -1;
        PhpExchange *p = php_exchange(ex);
        zval arg, key;
        ZVAL_OBJ(&arg, p->req);
        GC_ADDREF(obj_);
        // A routeKey that throws is reported as uncaught; the request then stays here.
        bool ok = call_from_loop(&o->data.route_key, 1, &arg, &key);
        OBJ_RELEASE(obj_);
        int to = -1;
        if (ok && Z_TYPE(key) == IS_STRING) {
            to = cluster_route(std::string_view(Z_STRVAL(key), Z_STRLEN(key)));
        } else if (ok && Z_TYPE(key) != IS_NULL) {
            report_type_error_from_loop(std::string("routeKey must return ?string, ") +
                                        zend_zval_type_name(&key) + " returned");
        }
        zval_ptr_dtor(&key);
        return to;
    }

    void on_handoff(edges::http::Connection &conn, int to, const std::string &bytes, int fd) override {
        cluster_handoff(to, conn.server().spec(), conn.stream()->remote_address(), bytes, fd);
    }

    struct InFiber {
        zend_object *server;
        zend_string *event;
        zval *args;
        zend_object *res;
    };
    // A handler that failed after an await: a 500 if it can still be sent, else the connection is cut.
    static void request_failed_late(zend_object *res) {
        if (!http_response_fail(res)) http_response_abort(res);
    }
    static void emit_request_in_fiber(void *ctx) {
        auto *c = static_cast<InFiber *>(ctx);
        GC_ADDREF(c->server);
        emit_in_fiber(c->server, c->event, 2, c->args, request_failed_late, c->res);
        OBJ_RELEASE(c->server);
    }

    void on_request(edges::http::Exchange &ex, bool check_continue) override {
        cluster_request_served();
        PhpExchange *p = php_exchange(ex);
        p->res = http_response_new(&ex);
        zend_object *req = p->req, *res = p->res;
        GC_ADDREF(req);
        GC_ADDREF(res);
        zval args[2];
        ZVAL_OBJ(&args[0], req);
        ZVAL_OBJ(&args[1], res);
        // In a Fiber, so that the handler may Event\await.
        InFiber call{obj_, check_continue ? str_check_continue : str_request, args, res};
        bool clean = run_from_loop(emit_request_in_fiber, &call);
        // `ex` is alive while we hold the request (it owns a closed exchange).
        if (!clean && !aborting() && !http_response_fail(res) && !ex.closed()) {
            // The head is out: the only honest thing left is to cut the connection.
            ex.connection().abort_after_flush();
        }
        OBJ_RELEASE(req);
        OBJ_RELEASE(res);
    }

    void on_body(edges::http::Exchange &ex, const char *data, size_t len) override {
        if (auto *p = static_cast<PhpExchange *>(ex.user)) http_request_body(p->req, data, len);
    }

    void on_body_end(edges::http::Exchange &ex) override {
        if (auto *p = static_cast<PhpExchange *>(ex.user)) http_request_end(p->req);
    }

    void on_drain(edges::http::Exchange &ex) override {
        if (auto *p = static_cast<PhpExchange *>(ex.user)) http_response_drain(p->res);
    }

    void on_finish(edges::http::Exchange &ex) override {
        if (auto *p = static_cast<PhpExchange *>(ex.user)) {
            http_request_dump(p->req);
            http_response_finish(p->res);
        }
    }

    void on_exchange_closed(edges::http::Exchange &ex, bool aborted) override {
        auto *p = static_cast<PhpExchange *>(ex.user);
        ex.user = nullptr;
        if (!p) {
            ex.release();
            return;
        }
        // The request object owns the exchange from now on (it still reads the head).
        http_request_closed(p->req, aborted, quiet);
        if (p->res) {
            http_response_closed(p->res, quiet);
            OBJ_RELEASE(p->res);
        }
        OBJ_RELEASE(p->req);
        efree(p);
    }

    void on_client_error(edges::http::Connection &conn, const edges::http::ParseError &error) override {
        if (quiet || !listener_count(obj_, str_client_error)) return;
        zval args[2];
        std::string msg = std::to_string(error.status) + " " + error.reason;
        object_init_ex(&args[0], edges_http_exception_ce);
        zend_update_property_stringl(zend_ce_exception, Z_OBJ(args[0]), ZEND_STRL("message"), msg.data(),
                                     msg.size());
        zend_update_property_long(zend_ce_exception, Z_OBJ(args[0]), ZEND_STRL("code"), error.status);
        ZVAL_OBJ(&args[1], http_connection_socket(conn));
        emit(str_client_error, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
    }

    void on_tls_client_error(edges::http::Connection &conn, const edges::Error &error) override {
        if (quiet || !listener_count(obj_, str_tls_client_error)) return;
        zval args[2];
        make_exception(&args[0], error);
        ZVAL_OBJ(&args[1], http_connection_socket(conn));
        emit(str_tls_client_error, 2, args);
        zval_ptr_dtor(&args[0]);
        zval_ptr_dtor(&args[1]);
    }

    bool wants_upgrade() override { return listener_count(obj_, str_upgrade) > 0; }
    bool wants_check_continue() override { return listener_count(obj_, str_check_continue) > 0; }

    void on_upgrade(edges::http::Exchange &ex, edges::Stream &stream, const char *head, size_t len) override {
        PhpExchange *p = php_exchange(ex);  // routeKey may have made it: one request object per exchange
        zval args[3];
        ZVAL_OBJ_COPY(&args[0], p->req);
        ZVAL_OBJ(&args[1], socket_from_stream(&stream));
        ZVAL_STRINGL(&args[2], head, len);
        emit(str_upgrade, 3, args);
        for (zval &a : args) zval_ptr_dtor(&a);
    }

    void on_connection_closed(edges::http::Connection &conn) override {
        if (auto *sock = static_cast<zend_object *>(conn.user)) {
            conn.user = nullptr;
            socket_unborrow(sock);
            OBJ_RELEASE(sock);
        }
    }

    void on_close(edges::http::Server &) override {
        HttpServerObject *o = HttpServerObject::from(obj_);
        GC_ADDREF(obj_);
        if (!quiet) emit_from_loop(obj_, str_close, 0, nullptr);
        drop_loop_ref(obj_, o->data.holds_loop_ref);
        OBJ_RELEASE(obj_);
    }

private:
    void emit(zend_string *event, uint32_t argc, zval *argv) { emit_held(obj_, event, argc, argv); }
    zend_object *obj_;
};

zend_object *server_create(zend_class_entry *ce) { return HttpServerObject::create(ce, &server_handlers); }

bool server_describe(zend_object *obj, std::string *out) {
    edges::http::Server *s = HttpServerObject::from(obj)->data.server;
    if (!s) return false;
    if (s->listening()) *out = "listening on " + s->address().to_string() + ", ";
    *out += std::to_string(s->connection_count()) + " connections";
    return true;
}

void server_free(zend_object *obj) {
    HttpServerObject *o = HttpServerObject::from(obj);
    if (o->data.binding) o->data.binding->quiet = true;
    delete o->data.server;
    delete o->data.binding;
    zval_ptr_dtor(&o->data.route_key);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *server_get_gc(zend_object *obj, zval **table, int *n) {
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    zend_get_gc_buffer_add_zval(buf, &HttpServerObject::from(obj)->data.route_key);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

// The 'compression' option: true, false, or ['level' => int|['gzip' => 1..9, 'br' => 0..11],
// 'threshold' => bytes, 'types' => [media types, "text/*" allowed]].
bool parse_compression(zval *v, edges::http::CompressionOptions &c) {
    if (Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE) {
        c.enabled = Z_TYPE_P(v) == IS_TRUE;
        return true;
    }
    if (Z_TYPE_P(v) != IS_ARRAY) {
        zend_argument_type_error(1, "option \"compression\" must be of type bool|array, %s given",
                                 zend_zval_type_name(v));
        return false;
    }
    c.enabled = true;
    zend_string *key;
    zval *o;
    ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), key, o) {
        ZVAL_DEREF(o);
        if (!key) {
            zend_argument_value_error(1, "option \"compression\" must be an array of named settings");
            return false;
        }
        if (zend_string_equals_literal(key, "level")) {
            auto level = [](zval *l, int min, int max, int *out) {
                if (Z_TYPE_P(l) != IS_LONG || Z_LVAL_P(l) < min || Z_LVAL_P(l) > max) return false;
                *out = int(Z_LVAL_P(l));
                return true;
            };
            bool ok;
            if (Z_TYPE_P(o) == IS_LONG) {
                // One level for both: gzip's scale tops at 9.
                ok = level(o, 0, 11, &c.brotli_level);
                if (ok) c.gzip_level = std::max(1, std::min(9, c.brotli_level));
            } else if (Z_TYPE_P(o) == IS_ARRAY) {
                zval *g = zend_hash_str_find_deref(Z_ARRVAL_P(o), ZEND_STRL("gzip"));
                zval *b = zend_hash_str_find_deref(Z_ARRVAL_P(o), ZEND_STRL("br"));
                ok = (!g || level(g, 1, 9, &c.gzip_level)) && (!b || level(b, 0, 11, &c.brotli_level));
            } else {
                ok = false;
            }
            if (!ok) {
                zend_argument_value_error(1,
                                          "compression \"level\" must be an integer from 0 to 11, or ['gzip' "
                                          "=> 1..9, 'br' => 0..11]");
                return false;
            }
        } else if (zend_string_equals_literal(key, "threshold")) {
            if (Z_TYPE_P(o) != IS_LONG || Z_LVAL_P(o) < 0) {
                zend_argument_value_error(1, "compression \"threshold\" must be a non-negative integer");
                return false;
            }
            c.threshold = size_t(Z_LVAL_P(o));
        } else if (zend_string_equals_literal(key, "types")) {
            if (Z_TYPE_P(o) != IS_ARRAY) {
                zend_argument_type_error(1, "compression \"types\" must be an array of media types");
                return false;
            }
            c.types.clear();
            zval *t;
            ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(o), t) {
                ZVAL_DEREF(t);
                if (Z_TYPE_P(t) != IS_STRING || Z_STRLEN_P(t) == 0 ||
                    memchr(Z_STRVAL_P(t), ',', Z_STRLEN_P(t))) {
                    zend_argument_value_error(
                        1, "compression \"types\" must hold media types such as \"text/*\"");
                    return false;
                }
                if (!c.types.empty()) c.types += ',';
                c.types.append(Z_STRVAL_P(t), Z_STRLEN_P(t));
            }
            ZEND_HASH_FOREACH_END();
        } else {
            zend_argument_value_error(1, "unknown compression setting \"%s\"", ZSTR_VAL(key));
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

// Reads the options array; throws (and returns false) on an unknown name or a bad value.
bool parse_options(HashTable *opts, edges::http::ServerOptions &out, zval *route_key) {
    zend_string *key;
    zval *v;
    ZEND_HASH_FOREACH_STR_KEY_VAL(opts, key, v) {
        if (!key) {
            zend_argument_value_error(1, "must be an array of named options");
            return false;
        }
        const char *k = ZSTR_VAL(key);
        if (!strcmp(k, "noDelay")) {
            out.no_delay = zend_is_true(v);
            continue;
        }
        if (!strcmp(k, "tls")) {
            out.tls = tls_server_context(v, 1, "http/1.1");  // ALPN: curl and browsers offer h2 first
            if (!out.tls) return false;
            continue;
        }
        if (!strcmp(k, "compression")) {
            ZVAL_DEREF(v);
            if (!parse_compression(v, out.compression)) return false;
            continue;
        }
        if (!strcmp(k, "routeKey")) {
            if (!zend_is_callable(v, 0, nullptr)) {
                zend_argument_type_error(1, "option \"routeKey\" must be a callable, %s given",
                                         zend_zval_type_name(v));
                return false;
            }
            out.route = true;
            ZVAL_COPY(route_key, v);
            continue;
        }
        if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
            zend_argument_value_error(1, "option \"%s\" must be a non-negative integer", k);
            return false;
        }
        uint64_t n = uint64_t(Z_LVAL_P(v));
        if (!strcmp(k, "maxHeaderSize")) {
            out.max_header_size = n ? n : 16384;
        } else if (!strcmp(k, "headersTimeout")) {
            out.headers_timeout_ms = n;
        } else if (!strcmp(k, "requestTimeout")) {
            out.request_timeout_ms = n;
        } else if (!strcmp(k, "keepAliveTimeout")) {
            out.keep_alive_timeout_ms = n;
        } else if (!strcmp(k, "maxRequestsPerSocket")) {
            out.max_requests_per_socket = uint32_t(n);
        } else if (!strcmp(k, "maxBodySize")) {
            out.max_body_size = n;
        } else if (!strcmp(k, "backlog")) {
            out.backlog = int(n);
        } else {
            zend_argument_value_error(1, "unknown option \"%s\"", k);
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

}  // namespace

zend_object *http_server_create(const edges::http::ServerOptions &options, zval *on_request,
                                zval *route_key) {
    zend_object *obj = server_create(edges_http_server_ce);
    HttpServerObject *o = HttpServerObject::from(obj);
    if (route_key && Z_TYPE_P(route_key) != IS_UNDEF) ZVAL_COPY(&o->data.route_key, route_key);
    o->data.binding = new Binding(obj);
    o->data.server = new edges::http::Server(loop(), *o->data.binding, options);
    if (on_request) listeners_add(obj, str_request, on_request, false);
    return obj;
}

zend_object *http_connection_socket(edges::http::Connection &conn) {
    if (!conn.user) conn.user = socket_borrow(conn.stream());
    auto *sock = static_cast<zend_object *>(conn.user);
    GC_ADDREF(sock);
    return sock;
}

bool http_server_adopt(const std::string &spec, int fd, const edges::SocketAddress &peer,
                       const std::string &bytes) {
    for (Binding *b : live_bindings()) {
        edges::http::Server *s = HttpServerObject::from(b->object())->data.server;
        if (s && s->listening() && s->spec() == spec) {
            s->adopt(fd, peer, bytes);
            return true;
        }
    }
    return false;
}

void http_server_rshutdown() {
    // Before the object store is freed: close every server so that its
    // exchanges let go of their PHP objects while those are still alive.
    std::unordered_set<Binding *> all = live_bindings();
    for (Binding *b : all) b->quiet = true;
    for (Binding *b : all) b->destroy_server();
}

void http_server_minit() {
    str_request = zend_string_init_interned(ZEND_STRL("request"), 1);
    str_check_continue = zend_string_init_interned(ZEND_STRL("checkContinue"), 1);
    str_upgrade = zend_string_init_interned(ZEND_STRL("upgrade"), 1);
    str_client_error = zend_string_init_interned(ZEND_STRL("clientError"), 1);
    str_tls_client_error = zend_string_init_interned(ZEND_STRL("tlsClientError"), 1);
    edges_http_ce = register_class_Event_HTTP();
    edges_http_server_ce = register_class_Event_HTTP_Server(edges_emitter_ce);
    edges_http_server_ce->create_object = server_create;
    init_handlers(server_handlers, XtOffsetOf(HttpServerObject, std), server_free, server_get_gc);
    register_describe_held(edges_http_server_ce, server_describe);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_HTTP, __construct) { ZEND_PARSE_PARAMETERS_NONE(); }

ZEND_METHOD(Event_HTTP, createServer) {
    zval *first;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(first)
        Z_PARAM_OPTIONAL
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    edges::http::ServerOptions options;
    zval *on_request = nullptr;
    zval route_key;
    ZVAL_UNDEF(&route_key);
    if (Z_TYPE_P(first) == IS_ARRAY) {
        if (!parse_options(Z_ARRVAL_P(first), options, &route_key)) RETURN_THROWS();
        if (ZEND_FCI_INITIALIZED(fci)) on_request = &fci.function_name;
    } else if (zend_is_callable(first, 0, nullptr)) {
        if (ZEND_FCI_INITIALIZED(fci)) {
            zend_argument_count_error(
                "Event\\HTTP::createServer() takes options first when given two arguments");
            RETURN_THROWS();
        }
        on_request = first;
    } else {
        zend_argument_type_error(1, "must be of type array|callable, %s given", zend_zval_type_name(first));
        RETURN_THROWS();
    }
    zend_object *server = http_server_create(options, on_request, &route_key);
    zval_ptr_dtor(&route_key);
    RETURN_OBJ(server);
}

ZEND_METHOD(Event_HTTP_Server, __construct) {}

ZEND_METHOD(Event_HTTP_Server, listen) {
    zval *target = nullptr, *host = nullptr, *cb = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(target)
        Z_PARAM_ZVAL_OR_NULL(host)
        Z_PARAM_ZVAL_OR_NULL(cb)
    ZEND_PARSE_PARAMETERS_END();
    HttpServerObject *o = HttpServerObject::from(ZEND_THIS);
    if (o->data.server->listening() || o->data.server->closing()) {
        zend_throw_error(nullptr, "Event\\HTTP\\Server::listen(): the server is already listening or closed");
        RETURN_THROWS();
    }
    Endpoint ep;
    if (!parse_endpoint(target, host, cb, 0, "0.0.0.0", &ep)) RETURN_THROWS();
    edges::Error err = ep.unix_path ? o->data.server->listen_unix(ep.host_or_path)
                                    : o->data.server->listen_tcp(ep.host_or_path, ep.port);
    if (!finish_listen(err, &o->std, &o->data.holds_loop_ref, ep.callback)) RETURN_THROWS();
    RETURN_OBJ_COPY(&o->std);
}

ZEND_METHOD(Event_HTTP_Server, address) {
    ZEND_PARSE_PARAMETERS_NONE();
    HttpServerObject *o = HttpServerObject::from(ZEND_THIS);
    if (!o->data.server->listening()) RETURN_NULL();
    address_to_array(o->data.server->address(), return_value);
}

ZEND_METHOD(Event_HTTP_Server, close) {
    zval callback;
    if (!parse_optional_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, &callback)) RETURN_THROWS();
    HttpServerObject *o = HttpServerObject::from(ZEND_THIS);
    if (!Z_ISUNDEF(callback)) listeners_add(&o->std, str_close, &callback, true);
    o->data.server->close();
    RETURN_OBJ_COPY(&o->std);
}

ZEND_METHOD(Event_HTTP_Server, connectionCount) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(zend_long(HttpServerObject::from(ZEND_THIS)->data.server->connection_count()));
}

ZEND_METHOD(Event_HTTP_Server, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    HttpServerObject::from(ZEND_THIS)->data.server->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_Server, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    HttpServerObject::from(ZEND_THIS)->data.server->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_Server, setSecureContext) {
    zval *tls;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(tls)
    ZEND_PARSE_PARAMETERS_END();
    HttpServerObject *o = HttpServerObject::from(ZEND_THIS);
    if (!o->data.server->options().tls) {
        zend_throw_error(nullptr,
                         "Event\\HTTP\\Server::setSecureContext(): the server was not created with 'tls'");
        RETURN_THROWS();
    }
    std::shared_ptr<edges::TlsContext> ctx = tls_server_context(tls, 1, "http/1.1");
    if (!ctx) RETURN_THROWS();
    o->data.server->set_tls(std::move(ctx));
}
