// SPDX-License-Identifier: MIT
#include "socket_server.h"

#include "../core/listener.h"
#include "address.h"
#include "endpoint.h"
#include "emitter.h"
#include "errors.h"
#include "loop_state.h"
#include "object.h"
#include "socket.h"
#include "tls.h"

extern "C" {
#include "zend_exceptions.h"
#include "socket_server_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_socket_server_ce;

namespace {

zend_object_handlers server_handlers;
class ServerHandler;

struct ServerData {
    edges::Listener *listener;                // owned: disposed in free_obj
    ServerHandler *handler;                   // owned
    uint32_t connections;                     // accepted sockets not closed yet
    std::shared_ptr<edges::TlsContext> *tls;  // owned; null: plain TCP
    bool closing;
    bool close_emitted;
    bool holds_loop_ref;  // from listen() until 'close' is on its way
};
using ServerObject = Object<ServerData>;

void maybe_emit_close(ServerObject *o) {
    if (!o->data.closing || o->data.connections > 0 || o->data.close_emitted) return;
    o->data.close_emitted = true;
    emit_deferred(&o->std, str_close);  // holds the object until emitted
    drop_loop_ref(&o->std, o->data.holds_loop_ref);
}

void on_socket_closed(void *owner) {
    auto *o = static_cast<ServerObject *>(owner);
    o->data.connections--;
    maybe_emit_close(o);
}

zend_string *str_tls_client_error, *str_secure_connection;

// A TLS connection finished its handshake: it is a connection now, as node's tls.Server says.
void on_socket_secure(void *owner, zend_object *socket) {
    auto *o = static_cast<ServerObject *>(owner);
    zval sock;
    ZVAL_OBJ(&sock, socket);
    GC_ADDREF(&o->std);
    emit_from_loop(&o->std, str_connection, 1, &sock);
    if (!o->data.closing) emit_from_loop(&o->std, str_secure_connection, 1, &sock);
    OBJ_RELEASE(&o->std);
}

void on_socket_tls_failed(void *owner, zend_object *socket, const edges::Error &error) {
    auto *o = static_cast<ServerObject *>(owner);
    zval args[2];
    make_exception(&args[0], error);
    ZVAL_OBJ(&args[1], socket);
    // No listener: nothing to report (node's default), the other connections go on.
    if (listener_count(&o->std, str_tls_client_error)) emit_held(&o->std, str_tls_client_error, 2, args);
    zval_ptr_dtor(&args[0]);
}

class ServerHandler final : public edges::ListenerHandler {
public:
    explicit ServerHandler(ServerObject *o) : o_(o) {}

    void on_connection(edges::Listener &, int fd, const edges::SocketAddress &peer) override {
        zend_object *obj = &o_->std;
        if (o_->data.tls) {
            zend_object *s = socket_from_fd_tls(fd, peer, on_socket_closed, o_, *o_->data.tls,
                                                on_socket_secure, on_socket_tls_failed);
            o_->data.connections++;
            OBJ_RELEASE(s);  // the loop holds it until it closes
            return;
        }
        zval sock;
        ZVAL_OBJ(&sock, socket_from_fd(fd, peer, on_socket_closed, o_));
        o_->data.connections++;
        GC_ADDREF(obj);
        emit_from_loop(obj, str_connection, 1, &sock);
        zval_ptr_dtor(&sock);  // the loop holds the socket until it closes
        OBJ_RELEASE(obj);
    }

    void on_error(edges::Listener &, const edges::Error &error) override { emit_error(&o_->std, error); }

private:
    ServerObject *o_;
};

zend_object *server_create(zend_class_entry *ce) {
    zend_object *obj = ServerObject::create(ce, &server_handlers);
    ServerObject *o = ServerObject::from(obj);
    o->data.handler = new ServerHandler(o);
    o->data.listener = new edges::Listener(loop(), o->data.handler);
    return obj;
}

void server_free(zend_object *obj) {
    ServerObject *o = ServerObject::from(obj);
    if (o->data.listener) o->data.listener->dispose();
    delete o->data.handler;
    delete o->data.tls;
    o->data.tls = nullptr;
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

}  // namespace

zend_object *socket_server_create(zval *on_connection, std::shared_ptr<edges::TlsContext> tls) {
    zend_object *obj = server_create(edges_socket_server_ce);
    if (on_connection) listeners_add(obj, str_connection, on_connection, false);
    if (tls) ServerObject::from(obj)->data.tls = new std::shared_ptr<edges::TlsContext>(std::move(tls));
    return obj;
}

// Its open connections are held (and described) on their own.
bool server_describe(zend_object *obj, std::string *out) {
    edges::Listener *l = ServerObject::from(obj)->data.listener;
    if (!l->listening() || !l->has_ref()) return false;
    *out = "listening on " + l->address().to_string();
    return true;
}

void socket_server_minit() {
    str_tls_client_error = zend_string_init_interned(ZEND_STRL("tlsClientError"), 1);
    str_secure_connection = zend_string_init_interned(ZEND_STRL("secureConnection"), 1);
    edges_socket_server_ce = register_class_Event_Socket_Server(edges_emitter_ce);
    edges_socket_server_ce->create_object = server_create;
    init_handlers(server_handlers, XtOffsetOf(ServerObject, std), server_free, emitter_get_gc);
    register_describe_held(edges_socket_server_ce, server_describe);
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Socket_Server, __construct) {}

ZEND_METHOD(Event_Socket_Server, listen) {
    zval *target = nullptr, *host = nullptr, *cb = nullptr;
    zend_long backlog = 511;
    ZEND_PARSE_PARAMETERS_START(0, 4)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(target)
        Z_PARAM_ZVAL_OR_NULL(host)
        Z_PARAM_ZVAL_OR_NULL(cb)
        Z_PARAM_LONG(backlog)
    ZEND_PARSE_PARAMETERS_END();
    ServerObject *o = ServerObject::from(ZEND_THIS);
    if (o->data.listener->listening() || o->data.closing) {
        zend_throw_error(nullptr,
                         "Event\\Socket\\Server::listen(): the server is already listening or closed");
        RETURN_THROWS();
    }
    Endpoint ep;
    if (!parse_endpoint(target, host, cb, 0, "0.0.0.0", &ep)) RETURN_THROWS();
    edges::Error err = ep.unix_path ? o->data.listener->listen_unix(ep.host_or_path, int(backlog))
                                    : o->data.listener->listen_tcp(ep.host_or_path, ep.port, int(backlog));
    if (!finish_listen(err, &o->std, &o->data.holds_loop_ref, ep.callback)) RETURN_THROWS();
    RETURN_OBJ_COPY(&o->std);
}

ZEND_METHOD(Event_Socket_Server, address) {
    ZEND_PARSE_PARAMETERS_NONE();
    ServerObject *o = ServerObject::from(ZEND_THIS);
    if (!o->data.listener->listening()) RETURN_NULL();
    address_to_array(o->data.listener->address(), return_value);
}

ZEND_METHOD(Event_Socket_Server, close) {
    zval callback;
    if (!parse_optional_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, &callback)) RETURN_THROWS();
    ServerObject *o = ServerObject::from(ZEND_THIS);
    if (!Z_ISUNDEF(callback)) listeners_add(&o->std, str_close, &callback, true);
    o->data.listener->close();
    o->data.closing = true;
    maybe_emit_close(o);
    RETURN_OBJ_COPY(&o->std);
}

ZEND_METHOD(Event_Socket_Server, connectionCount) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(ServerObject::from(ZEND_THIS)->data.connections);
}

ZEND_METHOD(Event_Socket_Server, ref) {
    ZEND_PARSE_PARAMETERS_NONE();
    ServerObject::from(ZEND_THIS)->data.listener->ref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket_Server, unref) {
    ZEND_PARSE_PARAMETERS_NONE();
    ServerObject::from(ZEND_THIS)->data.listener->unref();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_Socket_Server, setSecureContext) {
    zval *tls;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(tls)
    ZEND_PARSE_PARAMETERS_END();
    ServerObject *o = ServerObject::from(ZEND_THIS);
    if (!o->data.tls) {
        zend_throw_error(nullptr,
                         "Event\\Socket\\Server::setSecureContext(): the server was not created with 'tls'");
        RETURN_THROWS();
    }
    std::shared_ptr<edges::TlsContext> ctx = tls_server_context(tls, 1, nullptr);
    if (!ctx) RETURN_THROWS();
    *o->data.tls = std::move(ctx);  // new connections; the open ones keep theirs
}
