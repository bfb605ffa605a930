// SPDX-License-Identifier: MIT
// The HTTP client: Event\HTTP::request()/get()/globalAgent(), Event\HTTP\ClientRequest, the
// response it gets (Event\HTTP\IncomingMessage) and Event\HTTP\Agent, around src/http/client.
#include <strings.h>

#include <algorithm>
#include <memory>
#include <string>

#include "../http/client.h"
#include "emitter.h"
#include "errors.h"
#include "http_headers.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "options.h"
#include "pipe.h"
#include "promise.h"
#include "readable.h"
#include "tls.h"

extern "C" {
#include "ext/json/php_json.h"
#include "ext/standard/base64.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "http_client_arginfo.h"
// Event\HTTP's own methods (their arginfo is http_arginfo.h, included by the server's file).
ZEND_METHOD(Event_HTTP, request);
ZEND_METHOD(Event_HTTP, get);
ZEND_METHOD(Event_HTTP, globalAgent);
ZEND_METHOD(Event_HTTP, fetch);
}

namespace edges::php {

zend_class_entry *edges_http_client_request_ce;
zend_class_entry *edges_http_incoming_message_ce;
zend_class_entry *edges_http_agent_ce;

namespace {

using edges::http::ClientOptions;
using HeaderList = std::vector<std::pair<std::string, std::string>>;

zend_object_handlers request_handlers, message_handlers, agent_handlers;
zend_string *str_response, *str_aborted, *str_finish;
zend_object *global_agent;  // Event\HTTP::globalAgent(), made on first use

// ---- Event\HTTP\Agent

struct AgentData {
    edges::http::Agent *agent;
};
using AgentObject = Object<AgentData>;

zend_object *agent_create(zend_class_entry *ce) { return AgentObject::create(ce, &agent_handlers); }

void agent_free(zend_object *obj) {
    delete AgentObject::from(obj)->data.agent;
    zend_object_std_dtor(obj);
}

zend_object *agent_new(const edges::http::AgentOptions &options) {
    zend_object *obj = agent_create(edges_http_agent_ce);
    AgentObject::from(obj)->data.agent = new edges::http::Agent(loop(), options);
    return obj;
}

// ---- Event\HTTP\IncomingMessage

struct MessageData {
    edges::http::ClientRequest *req;  // to pause and resume reading; null once it closed
    zend_string *reason;
    zend_string *url;
    zval headers, raw_headers;
    BodyCollector collector;  // body()
    Readable readable;
    int status;
    uint8_t major, minor;
    bool complete;
    bool dumped;        // nobody listened for 'response': the body is read and dropped
    bool request_gone;  // the request closed: 'close' follows 'end' (or comes now)
    bool aborted;       // 'aborted' was emitted
    bool closed;        // 'close' was emitted
};
using MessageObject = Object<MessageData>;

zend_object *message_create(zend_class_entry *ce) { return MessageObject::create(ce, &message_handlers); }

void message_free(zend_object *obj) {
    MessageData &m = MessageObject::from(obj)->data;
    if (m.reason) zend_string_release(m.reason);
    if (m.url) zend_string_release(m.url);
    zval_ptr_dtor(&m.headers);
    zval_ptr_dtor(&m.raw_headers);
    body_collect_free(m.collector);
    readable_free(m.readable);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *message_get_gc(zend_object *obj, zval **table, int *n) {
    MessageData &m = MessageObject::from(obj)->data;
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    body_collect_gc(m.collector, buf);
    zend_get_gc_buffer_add_zval(buf, &m.headers);
    zend_get_gc_buffer_add_zval(buf, &m.raw_headers);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool message_props(zend_object *obj, zend_string *name, zval *rv) {
    MessageData &m = MessageObject::from(obj)->data;
    const char *n = ZSTR_VAL(name);
    if (!strcmp(n, "statusCode")) {
        ZVAL_LONG(rv, m.status);
    } else if (!strcmp(n, "statusMessage")) {
        ZVAL_STR_COPY(rv, m.reason);
    } else if (!strcmp(n, "httpVersion")) {
        char v[8];
        int len = snprintf(v, sizeof(v), "%u.%u", m.major, m.minor);
        ZVAL_STRINGL(rv, v, size_t(len));
    } else if (!strcmp(n, "headers")) {
        ZVAL_COPY(rv, &m.headers);
    } else if (!strcmp(n, "rawHeaders")) {
        ZVAL_COPY(rv, &m.raw_headers);
    } else if (!strcmp(n, "url")) {
        ZVAL_STR_COPY(rv, m.url);
    } else if (!strcmp(n, "complete")) {
        ZVAL_BOOL(rv, m.complete);
    } else {
        return false;
    }
    return true;
}

Readable &message_readable(zend_object *obj) { return MessageObject::from(obj)->data.readable; }

// Holding the body pauses the socket: the server is pushed back.
void message_hold_source(zend_object *obj, bool hold) {
    edges::http::ClientRequest *req = MessageObject::from(obj)->data.req;
    if (!req) return;
    if (hold) {
        req->pause();
    } else {
        req->resume();
    }
}

void message_close(zend_object *obj) {
    MessageData &m = MessageObject::from(obj)->data;
    if (m.closed) return;
    m.closed = true;
    emit_held(obj, str_close, 0, nullptr);
}

void message_emit_end(zend_object *obj) {
    MessageData &m = MessageObject::from(obj)->data;
    GC_ADDREF(obj);
    emit_from_loop(obj, str_end, 0, nullptr);
    body_collect_finish(m.collector);
    if (m.request_gone) message_close(obj);
    OBJ_RELEASE(obj);
}

const ReadableOps message_readable_ops{message_readable, message_hold_source, message_emit_end};

// ---- Event\HTTP\ClientRequest

class RequestBridge;

struct RequestData {
    edges::http::ClientRequest *req;  // null once closed (released)
    RequestBridge *bridge;
    zend_object *agent;     // the Event\HTTP\Agent it goes through (held), or null
    zend_object *response;  // its IncomingMessage (held), once it came
    zend_string *method, *path, *host;
    int redirects;
    bool secure;
    bool reused;
    bool ended;
    bool aborted;
    bool closed;
    bool holds_loop_ref;
};
using RequestObject = Object<RequestData>;

// What the core request reports, as events on the PHP object. Every call comes from the loop.
class RequestBridge final : public edges::http::ClientHandler {
public:
    explicit RequestBridge(zend_object *obj) : obj_(obj) {}

    void on_response(edges::http::ClientRequest &req, const edges::http::IncomingResponse &head) override {
        RequestData &d = data();
        d.reused = req.reused_socket();
        d.redirects = req.redirects();
        zend_object *res = message_create(edges_http_incoming_message_ce);
        MessageData &m = MessageObject::from(res)->data;
        m.req = &req;
        m.status = head.status;
        m.reason = zend_string_init(head.reason().data(), head.reason().size(), 0);
        std::string url = req.url().to_string();
        m.url = zend_string_init(url.data(), url.size(), 0);
        m.major = head.http_major;
        m.minor = head.http_minor;
        headers_array(head, &m.headers);
        raw_headers_array(head, &m.raw_headers);
        d.response = res;
        if (listener_count(obj_, str_response) == 0) {
            // As node: a response nobody asked for is read to its end and dropped.
            m.dumped = true;
            readable_discard(res, message_readable_ops);
        }
        zval arg;
        ZVAL_OBJ(&arg, res);
        emit_held(obj_, str_response, 1, &arg);
    }

    void on_data(edges::http::ClientRequest &, const char *p, size_t n) override {
        zend_object *res = data().response;
        if (!res) return;
        MessageData &m = MessageObject::from(res)->data;
        body_collect_push(m.collector, p, n);
        if (!m.dumped) readable_push(res, message_readable_ops, p, n);
    }

    void on_end(edges::http::ClientRequest &) override {
        zend_object *res = data().response;
        if (!res) return;
        MessageObject::from(res)->data.complete = true;
        readable_eof(res, message_readable_ops);
    }

    void on_aborted(edges::http::ClientRequest &, const edges::Error &error) override {
        if (zend_object *res = data().response) aborted(res, error);
    }

    void on_error(edges::http::ClientRequest &, const edges::Error &error) override {
        emit_error(obj_, error);
    }
    void on_drain(edges::http::ClientRequest &) override { emit_held(obj_, str_drain, 0, nullptr); }
    void on_finish(edges::http::ClientRequest &) override { emit_held(obj_, str_finish, 0, nullptr); }
    void on_timeout(edges::http::ClientRequest &) override { emit_held(obj_, str_timeout, 0, nullptr); }

    void on_close(edges::http::ClientRequest &req) override {
        RequestData &d = data();
        GC_ADDREF(obj_);
        d.reused = req.reused_socket();
        d.redirects = req.redirects();
        d.req = nullptr;
        d.closed = true;
        req.release();
        if (zend_object *res = d.response) {
            MessageData &m = MessageObject::from(res)->data;
            m.req = nullptr;
            m.request_gone = true;
            GC_ADDREF(res);
            if (!m.complete) aborted(res, edges::Error{ECONNRESET, "aborted"});
            // A body still held (paused) closes after its 'end'.
            if (!m.complete || m.readable.ended || m.dumped) message_close(res);
            OBJ_RELEASE(res);
        }
        emit_held(obj_, str_close, 0, nullptr);
        drop_loop_ref(obj_, d.holds_loop_ref);
        OBJ_RELEASE(obj_);
    }

private:
    RequestData &data() { return RequestObject::from(obj_)->data; }

    // The connection broke after the response began: 'aborted', then an 'error' (ECONNRESET,
    // "aborted") for those who listen, as node's IncomingMessage; nobody else is bothered.
    static void aborted(zend_object *res, const edges::Error &error) {
        MessageData &m = MessageObject::from(res)->data;
        if (m.aborted || m.complete) return;
        m.aborted = true;
        GC_ADDREF(res);
        emit_from_loop(res, str_aborted, 0, nullptr);
        if (listener_count(res, str_error) > 0) {
            zval ex;
            make_exception(&ex, error.code ? error : edges::Error{ECONNRESET, "aborted"});
            emit_from_loop(res, str_error, 1, &ex);
            zval_ptr_dtor(&ex);
        }
        OBJ_RELEASE(res);
    }

    zend_object *obj_;
};

zend_object *request_create(zend_class_entry *ce) { return RequestObject::create(ce, &request_handlers); }

void request_free(zend_object *obj) {
    RequestData &d = RequestObject::from(obj)->data;
    if (d.response) MessageObject::from(d.response)->data.req = nullptr;
    if (d.req) d.req->release();  // as abort(); the bridge hears nothing more
    d.req = nullptr;
    delete d.bridge;
    if (d.response) OBJ_RELEASE(d.response);
    if (d.agent) OBJ_RELEASE(d.agent);
    if (d.method) zend_string_release(d.method);
    if (d.path) zend_string_release(d.path);
    if (d.host) zend_string_release(d.host);
    listeners_free(obj);
    zend_object_std_dtor(obj);
}

HashTable *request_get_gc(zend_object *obj, zval **table, int *n) {
    RequestData &d = RequestObject::from(obj)->data;
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    listeners_gc(obj, buf);
    if (d.response) zend_get_gc_buffer_add_obj(buf, d.response);
    if (d.agent) zend_get_gc_buffer_add_obj(buf, d.agent);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool request_props(zend_object *obj, zend_string *name, zval *rv) {
    RequestData &d = RequestObject::from(obj)->data;
    const char *n = ZSTR_VAL(name);
    if (!strcmp(n, "method")) {
        ZVAL_STR_COPY(rv, d.method);
    } else if (!strcmp(n, "path")) {
        ZVAL_STR_COPY(rv, d.path);
    } else if (!strcmp(n, "host")) {
        ZVAL_STR_COPY(rv, d.host);
    } else if (!strcmp(n, "protocol")) {
        ZVAL_STRING(rv, d.secure ? "https:" : "http:");
    } else if (!strcmp(n, "reusedSocket")) {
        ZVAL_BOOL(rv, d.req ? d.req->reused_socket() : d.reused);
    } else if (!strcmp(n, "writableEnded")) {
        ZVAL_BOOL(rv, d.ended);
    } else if (!strcmp(n, "aborted")) {
        ZVAL_BOOL(rv, d.aborted);
    } else if (!strcmp(n, "redirectCount")) {
        ZVAL_LONG(rv, d.req ? d.req->redirects() : d.redirects);
    } else {
        return false;
    }
    return true;
}

// ---- options

bool is_token_char(unsigned char c) { return isalnum(c) || strchr("!#$%&'*+-.^_`|~", c) != nullptr; }

bool is_token(std::string_view s) {
    if (s.empty()) return false;
    for (unsigned char c : s)
        if (!c || !is_token_char(c)) return false;
    return true;
}

// A header value goes on the wire as given: no CR, LF or NUL may split it.
bool valid_header_value(std::string_view v) {
    return v.find_first_of(std::string_view("\r\n\0", 3)) == v.npos;
}

// One header value (string, int or float) as text; false (with PHP's error) otherwise.
bool header_value_text(zval *v, const char *where, std::string *out) {
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) == IS_STRING) {
        out->assign(Z_STRVAL_P(v), Z_STRLEN_P(v));
    } else if (Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE) {
        zend_string *s = zval_get_string(v);
        out->assign(ZSTR_VAL(s), ZSTR_LEN(s));
        zend_string_release(s);
    } else {
        zend_type_error("%s: a header value must be a string, int or float, %s given", where,
                        zend_zval_type_name(v));
        return false;
    }
    if (!valid_header_value(*out)) {
        zend_value_error("%s: a header value must not contain CR, LF or NUL", where);
        return false;
    }
    return true;
}

// Adds `name: value` (a list for several lines); false with PHP's error.
bool add_header(HeaderList &headers, zend_string *name, zval *value, const char *where) {
    std::string_view n(ZSTR_VAL(name), ZSTR_LEN(name));
    if (!is_token(n)) {
        zend_value_error("%s: \"%s\" is not a valid header name", where, ZSTR_VAL(name));
        return false;
    }
    ZVAL_DEREF(value);
    std::string text;
    if (Z_TYPE_P(value) == IS_ARRAY) {
        zval *item;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
            if (!header_value_text(item, where, &text)) return false;
            headers.emplace_back(std::string(n), text);
        }
        ZEND_HASH_FOREACH_END();
        return true;
    }
    if (!header_value_text(value, where, &text)) return false;
    headers.emplace_back(std::string(n), text);
    return true;
}

void remove_header(HeaderList &headers, std::string_view name) {
    for (auto it = headers.begin(); it != headers.end();)
        it = it->first.size() == name.size() && !strncasecmp(it->first.data(), name.data(), name.size())
                 ? headers.erase(it)
                 : it + 1;
}

struct Parsed {
    ClientOptions options;
    zend_object *agent = nullptr;  // borrowed
    bool own_connection = false;   // agent => false
};

// A host name or address as an option gives it: brackets around IPv6 dropped.
bool host_option(zval *v, std::string *out) {
    if (Z_TYPE_P(v) != IS_STRING) {
        zend_argument_type_error(1, "option 'hostname' must be of type string, %s given",
                                 zend_zval_type_name(v));
        return false;
    }
    std::string_view h(Z_STRVAL_P(v), Z_STRLEN_P(v));
    if (h.size() > 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
    bool ok = !h.empty();
    for (unsigned char c : h)
        if (c <= 0x20 || c == 0x7f || c == '/' || c == '?' || c == '#' || c == '@' || c == '[' || c == ']')
            ok = false;
    if (!ok) {
        zend_argument_value_error(1, "option 'hostname' must be a host name or an IP address, \"%s\" given",
                                  Z_STRVAL_P(v));
        return false;
    }
    out->assign(h);
    for (char &c : *out) c = char(tolower((unsigned char)c));
    return true;
}

bool parse_request(zend_string *url, HashTable *opts, const char *method, Parsed *p) {
    ClientOptions &o = p->options;
    o.method = method;
    std::string err;
    if (url) {
        if (!edges::http::parse_url(std::string_view(ZSTR_VAL(url), ZSTR_LEN(url)), &o.url, &err)) {
            zend_argument_value_error(1, "must be an absolute http:// or https:// URL (%s)", err.c_str());
            return false;
        }
    } else {
        o.url.host = "localhost";
        o.url.port = 80;
    }
    if (!opts) return true;
    uint32_t arg = url ? 2 : 1;
    if (zval *v = option_find(opts, "protocol")) {
        std::string_view s = Z_TYPE_P(v) == IS_STRING ? std::string_view(Z_STRVAL_P(v), Z_STRLEN_P(v)) : "";
        if (s == "http:" || s == "http") {
            o.url.secure = false;
        } else if (s == "https:" || s == "https") {
            o.url.secure = true;
        } else {
            zend_argument_value_error(arg, "option 'protocol' must be 'http:' or 'https:'");
            return false;
        }
        if (!url) o.url.port = o.url.secure ? 443 : 80;
    }
    zval *host = option_find(opts, "hostname");
    if (!host) host = option_find(opts, "host");
    if (host && !host_option(host, &o.url.host)) return false;
    if (zval *v = option_find(opts, "port")) {
        zend_long port = -1;
        if (Z_TYPE_P(v) == IS_LONG) {
            port = Z_LVAL_P(v);
        } else if (Z_TYPE_P(v) == IS_STRING &&
                   is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &port, nullptr, 0) != IS_LONG) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            zend_argument_value_error(arg, "option 'port' must be between 1 and 65535");
            return false;
        }
        o.url.port = uint16_t(port);
    }
    std::string s;
    if (!option_string(opts, "path", arg, &s)) return false;
    if (!s.empty() || option_find(opts, "path")) {
        bool ok = !s.empty() && (s[0] == '/' || s == "*");
        for (unsigned char c : s)
            if (c <= 0x20 || c == 0x7f) ok = false;
        if (!ok) {
            zend_argument_value_error(
                arg, "option 'path' must start with \"/\" and contain no spaces or control characters");
            return false;
        }
        o.url.path = s;
    }
    s.clear();
    if (!option_string(opts, "method", arg, &s)) return false;
    if (!s.empty() || option_find(opts, "method")) {
        if (!is_token(s)) {
            zend_argument_value_error(arg, "option 'method' must be an HTTP method name");
            return false;
        }
        for (char &c : s) c = char(toupper((unsigned char)c));
        o.method = s;
    }
    if (zval *v = option_find(opts, "headers")) {
        if (Z_TYPE_P(v) != IS_ARRAY) {
            zend_argument_type_error(arg, "option 'headers' must be of type array, %s given",
                                     zend_zval_type_name(v));
            return false;
        }
        zend_string *name;
        zend_ulong idx;
        zval *value;
        ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), idx, name, value) {
            zend_string *n = name ? zend_string_copy(name) : zend_long_to_str(zend_long(idx));
            bool ok = add_header(o.headers, n, value, "option 'headers'");
            zend_string_release(n);
            if (!ok) return false;
        }
        ZEND_HASH_FOREACH_END();
    }
    s.clear();
    if (!option_string(opts, "auth", arg, &s)) return false;
    if (!s.empty()) {
        zend_string *b = php_base64_encode(reinterpret_cast<const unsigned char *>(s.data()), s.size());
        remove_header(o.headers, "authorization");
        o.headers.emplace_back("Authorization", "Basic " + std::string(ZSTR_VAL(b), ZSTR_LEN(b)));
        zend_string_release(b);
    }
    zend_long timeout = 0;
    if (!option_long(opts, "timeout", arg, 0, &timeout)) return false;
    o.timeout_ms = uint64_t(timeout);
    if (!option_string(opts, "socketPath", arg, &o.socket_path)) return false;
    if (zval *v = option_find(opts, "followRedirects")) {
        if (Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE) {
            o.follow_redirects = Z_TYPE_P(v) == IS_TRUE ? 20 : 0;  // fetch's limit
        } else {
            zend_long n = 0;
            if (!option_long(opts, "followRedirects", arg, 0, &n)) return false;
            o.follow_redirects = int(std::min<zend_long>(n, 1000));
        }
    }
    if (!option_bool(opts, "decompress", arg, &o.decompress)) return false;
    if (zval *v = zend_hash_str_find_deref(opts, ZEND_STRL("agent"))) {
        if (Z_TYPE_P(v) == IS_FALSE) {
            p->own_connection = true;
        } else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), edges_http_agent_ce)) {
            p->agent = Z_OBJ_P(v);
        } else if (Z_TYPE_P(v) != IS_NULL) {
            zend_argument_type_error(arg,
                                     "option 'agent' must be an Event\\HTTP\\Agent, false or null, %s given",
                                     zend_zval_type_name(v));
            return false;
        }
    }
    return true;
}

// TLS for https, and for a redirect that may lead there.
bool parse_tls(HashTable *opts, uint32_t arg, Parsed *p) {
    ClientOptions &o = p->options;
    zval *t = opts ? option_find(opts, "tls") : nullptr;
    if (!o.url.secure && !o.follow_redirects && !t) return true;
    zval defaults;
    ZVAL_TRUE(&defaults);
    o.tls = tls_client_context(t ? t : &defaults, arg, &o.servername);
    return o.tls != nullptr;
}

zend_object *global_agent_object() {
    if (!global_agent) global_agent = agent_new(edges::http::AgentOptions{});
    return global_agent;
}

zend_string *std_to_zstr(const std::string &s) { return zend_string_init(s.data(), s.size(), 0); }

// A new Event\HTTP\ClientRequest for parsed options; `callback` (may be null) is its
// first 'response' listener.
zend_object *start_request(Parsed &p, zval *callback) {
    zend_object *agent = p.own_connection ? nullptr : (p.agent ? p.agent : global_agent_object());
    zend_object *obj = request_create(edges_http_client_request_ce);
    RequestData &d = RequestObject::from(obj)->data;
    d.method = std_to_zstr(p.options.method);
    d.path = std_to_zstr(p.options.url.path);
    d.host = std_to_zstr(p.options.url.host);
    d.secure = p.options.url.secure;
    if (agent) {
        GC_ADDREF(agent);
        d.agent = agent;
    }
    if (callback) listeners_add(obj, str_response, callback, true);
    d.bridge = new RequestBridge(obj);
    hold_loop_ref(obj, d.holds_loop_ref);
    d.req = new edges::http::ClientRequest(loop(), agent ? AgentObject::from(agent)->data.agent : nullptr,
                                           std::move(p.options), *d.bridge);
    return obj;
}

void end_request(zend_object *obj, zend_string *body) {
    RequestData &d = RequestObject::from(obj)->data;
    d.ended = true;
    d.req->end(body ? ZSTR_VAL(body) : nullptr, body ? ZSTR_LEN(body) : 0);
}

void client_request(INTERNAL_FUNCTION_PARAMETERS, bool get) {
    zend_string *url = nullptr;
    HashTable *first_opts = nullptr;
    zval *second = nullptr;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ARRAY_HT_OR_STR(first_opts, url)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(second)
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    const char *fn = get ? "Event\\HTTP::get()" : "Event\\HTTP::request()";
    HashTable *opts = first_opts;
    zval *callback = nullptr;
    if (second) {
        if (Z_TYPE_P(second) == IS_ARRAY && url) {
            opts = Z_ARRVAL_P(second);
        } else if (zend_is_callable(second, 0, nullptr) && Z_TYPE_P(second) != IS_ARRAY) {
            if (ZEND_FCI_INITIALIZED(fci)) {
                zend_argument_count_error("%s takes the response callback last", fn);
                RETURN_THROWS();
            }
            callback = second;
        } else {
            zend_argument_type_error(2, "must be %s, %s given",
                                     url ? "an options array or a callable" : "a callable",
                                     zend_zval_type_name(second));
            RETURN_THROWS();
        }
    }
    if (ZEND_FCI_INITIALIZED(fci)) callback = &fci.function_name;
    Parsed p;
    if (!parse_request(url, opts, "GET", &p)) RETURN_THROWS();
    if (!parse_tls(opts, url && opts != first_opts ? 2 : 1, &p)) RETURN_THROWS();
    zend_object *obj = start_request(p, callback);
    if (get) end_request(obj, nullptr);
    RETURN_OBJ(obj);
}

RequestData &request_of(zval *self) { return RequestObject::from(self)->data; }

// The request while its head can still change; null with an Error otherwise.
edges::http::ClientRequest *unsent(zval *self, const char *method) {
    RequestData &d = request_of(self);
    if (!d.req || d.req->head_sent() || d.ended) {
        zend_throw_error(nullptr, "Event\\HTTP\\ClientRequest::%s(): the headers were sent already", method);
        return nullptr;
    }
    return d.req;
}

}  // namespace

void http_client_minit() {
    str_response = zend_string_init_interned(ZEND_STRL("response"), 1);
    str_aborted = zend_string_init_interned(ZEND_STRL("aborted"), 1);
    str_finish = zend_string_init_interned(ZEND_STRL("finish"), 1);

    edges_http_client_request_ce = register_class_Event_HTTP_ClientRequest(edges_emitter_ce);
    edges_http_client_request_ce->create_object = request_create;
    init_handlers(request_handlers, XtOffsetOf(RequestObject, std), request_free, request_get_gc);
    VirtualProperties<request_props>::install(request_handlers);

    edges_http_incoming_message_ce = register_class_Event_HTTP_IncomingMessage(edges_emitter_ce);
    edges_http_incoming_message_ce->create_object = message_create;
    init_handlers(message_handlers, XtOffsetOf(MessageObject, std), message_free, message_get_gc);
    VirtualProperties<message_props>::install(message_handlers);

    edges_http_agent_ce = register_class_Event_HTTP_Agent();
    edges_http_agent_ce->create_object = agent_create;
    init_handlers(agent_handlers, XtOffsetOf(AgentObject, std), agent_free, nullptr);
    agent_handlers.get_gc = zend_std_get_gc;
}

void http_client_rshutdown() {
    if (global_agent) OBJ_RELEASE(global_agent);
    global_agent = nullptr;
    edges::http::ClientConnection::close_all();  // what would close on a loop that has run for the last time
}

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_HTTP, request) { client_request(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Event_HTTP, get) { client_request(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

ZEND_METHOD(Event_HTTP, fetch) {
    zend_string *url = nullptr;
    HashTable *opts = nullptr;
    HashTable *more = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT_OR_STR(opts, url)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT_OR_NULL(more)
    ZEND_PARSE_PARAMETERS_END();
    if (url && more) opts = more;
    uint32_t arg = url && more ? 2 : 1;
    Parsed p;
    // fetch()'s defaults: redirects followed (20), bodies decoded.
    p.options.follow_redirects = 20;
    p.options.decompress = true;
    if (!parse_request(url, opts, "GET", &p) || !parse_tls(opts, arg, &p)) RETURN_THROWS();
    zend_string *body = nullptr;
    if (zval *b = opts ? option_find(opts, "body") : nullptr) {
        if (Z_TYPE_P(b) != IS_STRING) {
            zend_argument_type_error(arg, "option 'body' must be of type string, %s given",
                                     zend_zval_type_name(b));
            RETURN_THROWS();
        }
        body = Z_STR_P(b);
    }
    zend_object *promise = promise_new();
    zval on_response, on_error;
    method_closure(promise, "resolver", &on_response);
    method_closure(promise, "rejecter", &on_error);
    zend_object *obj = start_request(p, &on_response);
    listeners_add(obj, str_error, &on_error, true);
    zval_ptr_dtor(&on_response);
    zval_ptr_dtor(&on_error);
    end_request(obj, body);
    OBJ_RELEASE(obj);  // the loop holds it until it closes
    RETURN_OBJ(promise);
}

ZEND_METHOD(Event_HTTP, globalAgent) {
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_OBJ_COPY(global_agent_object());
}

// ---- Event\HTTP\ClientRequest

ZEND_METHOD(Event_HTTP_ClientRequest, __construct) {}

ZEND_METHOD(Event_HTTP_ClientRequest, setHeader) {
    zend_string *name;
    zval *value;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    edges::http::ClientRequest *req = unsent(ZEND_THIS, "setHeader");
    if (!req) RETURN_THROWS();
    HeaderList added;
    if (!add_header(added, name, value, "Event\\HTTP\\ClientRequest::setHeader()")) RETURN_THROWS();
    remove_header(req->headers(), std::string_view(ZSTR_VAL(name), ZSTR_LEN(name)));
    for (auto &h : added) req->headers().push_back(std::move(h));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

static void header_values(zval *self, zend_string *name, zval *out) {
    ZVAL_NULL(out);
    RequestData &d = request_of(self);
    if (!d.req) return;
    for (const auto &h : d.req->options().headers) {
        if (h.first.size() != ZSTR_LEN(name) || strncasecmp(h.first.data(), ZSTR_VAL(name), ZSTR_LEN(name)))
            continue;
        if (Z_TYPE_P(out) == IS_NULL) {
            ZVAL_STRINGL(out, h.second.data(), h.second.size());
        } else {
            if (Z_TYPE_P(out) == IS_STRING) {
                zval first;
                ZVAL_COPY_VALUE(&first, out);
                array_init(out);
                add_next_index_zval(out, &first);
            }
            add_next_index_stringl(out, h.second.data(), h.second.size());
        }
    }
}

ZEND_METHOD(Event_HTTP_ClientRequest, getHeader) {
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    header_values(ZEND_THIS, name, return_value);
}

ZEND_METHOD(Event_HTTP_ClientRequest, hasHeader) {
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    zval v;
    header_values(ZEND_THIS, name, &v);
    RETVAL_BOOL(Z_TYPE(v) != IS_NULL);
    zval_ptr_dtor(&v);
}

ZEND_METHOD(Event_HTTP_ClientRequest, removeHeader) {
    zend_string *name;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    edges::http::ClientRequest *req = unsent(ZEND_THIS, "removeHeader");
    if (!req) RETURN_THROWS();
    remove_header(req->headers(), std::string_view(ZSTR_VAL(name), ZSTR_LEN(name)));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_ClientRequest, getHeaders) {
    ZEND_PARSE_PARAMETERS_NONE();
    array_init(return_value);
    RequestData &d = request_of(ZEND_THIS);
    if (!d.req) return;
    for (const auto &h : d.req->options().headers) {
        std::string lower(h.first);
        for (char &c : lower) c = char(tolower((unsigned char)c));
        zend_string *key = zend_string_init(lower.data(), lower.size(), 0);
        zval v;
        header_values(ZEND_THIS, key, &v);
        zend_symtable_update(Z_ARRVAL_P(return_value), key, &v);
        zend_string_release(key);
    }
}

ZEND_METHOD(Event_HTTP_ClientRequest, write) {
    zend_string *chunk;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(chunk)
    ZEND_PARSE_PARAMETERS_END();
    RequestData &d = request_of(ZEND_THIS);
    if (d.ended) {
        zend_throw_error(nullptr, "Event\\HTTP\\ClientRequest::write(): write after end()");
        RETURN_THROWS();
    }
    if (!d.req) RETURN_FALSE;  // closed (aborted, or the connection failed): 'error'/'close' say why
    RETURN_BOOL(d.req->write(ZSTR_VAL(chunk), ZSTR_LEN(chunk)));
}

ZEND_METHOD(Event_HTTP_ClientRequest, end) {
    zend_string *data = nullptr;
    zend_fcall_info fci = empty_fcall_info;
    zend_fcall_info_cache fcc = empty_fcall_info_cache;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(data)
        Z_PARAM_FUNC_OR_NULL(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    RequestData &d = request_of(ZEND_THIS);
    if (!d.ended) {
        d.ended = true;
        if (ZEND_FCI_INITIALIZED(fci))
            listeners_add(Z_OBJ_P(ZEND_THIS), str_finish, &fci.function_name, true);
        if (d.req) d.req->end(data ? ZSTR_VAL(data) : nullptr, data ? ZSTR_LEN(data) : 0);
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_ClientRequest, abort) {
    ZEND_PARSE_PARAMETERS_NONE();
    RequestData &d = request_of(ZEND_THIS);
    if (d.req && !d.closed) {
        d.aborted = true;
        d.req->abort();
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_ClientRequest, destroy) {
    zval *error = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(error, zend_ce_throwable)
    ZEND_PARSE_PARAMETERS_END();
    RequestData &d = request_of(ZEND_THIS);
    if (d.req && !d.closed) {
        d.aborted = true;
        d.req->abort();
        if (error) emit_deferred(Z_OBJ_P(ZEND_THIS), str_error, error);  // before 'close', as node
    }
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

ZEND_METHOD(Event_HTTP_ClientRequest, setTimeout) {
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
    if (edges::http::ClientRequest *req = request_of(ZEND_THIS).req) req->set_timeout(uint64_t(ms));
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

// ---- Event\HTTP\IncomingMessage

ZEND_METHOD(Event_HTTP_IncomingMessage, __construct) {}

EDGES_READABLE_METHODS(Event_HTTP_IncomingMessage, message_readable_ops)

ZEND_METHOD(Event_HTTP_IncomingMessage, body) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    MessageData &m = MessageObject::from(ZEND_THIS)->data;
    if (!body_collect_start(Z_OBJ_P(ZEND_THIS), message_readable_ops, m.collector, &fci.function_name,
                            m.dumped, "Event\\HTTP\\IncomingMessage::body()", "response"))
        RETURN_THROWS();
    RETURN_OBJ_COPY(Z_OBJ_P(ZEND_THIS));
}

// json_decode($body, true, 512, JSON_THROW_ON_ERROR): a bad body rejects with JsonException.
static void decode_json(zval *text, zval *out) {
    if (Z_TYPE_P(text) != IS_STRING) {
        ZVAL_NULL(out);
        return;
    }
    php_json_decode_ex(out, Z_STRVAL_P(text), Z_STRLEN_P(text),
                       PHP_JSON_OBJECT_AS_ARRAY | PHP_JSON_THROW_ON_ERROR, PHP_JSON_PARSER_DEFAULT_DEPTH);
}

// text(): the whole body as a promise (body() underneath); json(): decoded to arrays.
static void body_promise(INTERNAL_FUNCTION_PARAMETERS, bool json) {
    ZEND_PARSE_PARAMETERS_NONE();
    MessageData &m = MessageObject::from(ZEND_THIS)->data;
    zend_object *promise = promise_new();
    zval cb;
    method_closure(promise, "resolver", &cb);
    bool ok = body_collect_start(
        Z_OBJ_P(ZEND_THIS), message_readable_ops, m.collector, &cb, m.dumped,
        json ? "Event\\HTTP\\IncomingMessage::json()" : "Event\\HTTP\\IncomingMessage::text()", "response");
    zval_ptr_dtor(&cb);
    if (!ok) {
        OBJ_RELEASE(promise);
        RETURN_THROWS();
    }
    // A body cut short rejects (with the ECONNRESET "aborted" that 'error' carries).
    zval reject;
    method_closure(promise, "rejecter", &reject);
    listeners_add(Z_OBJ_P(ZEND_THIS), str_error, &reject, true);
    zval_ptr_dtor(&reject);
    if (!json) RETURN_OBJ(promise);
    zend_object *decoded = promise_map(promise, decode_json);
    OBJ_RELEASE(promise);
    RETURN_OBJ(decoded);
}

ZEND_METHOD(Event_HTTP_IncomingMessage, text) { body_promise(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Event_HTTP_IncomingMessage, json) { body_promise(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

// ---- Event\HTTP\Agent

ZEND_METHOD(Event_HTTP_Agent, __construct) {
    HashTable *opts = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    AgentData &a = AgentObject::from(ZEND_THIS)->data;
    if (a.agent) {
        zend_throw_error(nullptr, "Event\\HTTP\\Agent::__construct() was called already");
        RETURN_THROWS();
    }
    edges::http::AgentOptions o;
    zend_long max_sockets = 0, max_free = zend_long(o.max_free_sockets),
              free_timeout = zend_long(o.free_timeout_ms);
    if (!option_bool(opts, "keepAlive", 1, &o.keep_alive) ||
        !option_long(opts, "maxSockets", 1, 0, &max_sockets) ||
        !option_long(opts, "maxFreeSockets", 1, 0, &max_free) ||
        !option_long(opts, "freeSocketTimeout", 1, 0, &free_timeout))
        RETURN_THROWS();
    o.max_sockets = size_t(max_sockets);
    o.max_free_sockets = size_t(max_free);
    o.free_timeout_ms = uint64_t(free_timeout);
    a.agent = new edges::http::Agent(loop(), o);
}

ZEND_METHOD(Event_HTTP_Agent, destroy) {
    ZEND_PARSE_PARAMETERS_NONE();
    if (edges::http::Agent *a = AgentObject::from(ZEND_THIS)->data.agent) a->destroy();
}

ZEND_METHOD(Event_HTTP_Agent, sockets) {
    ZEND_PARSE_PARAMETERS_NONE();
    edges::http::Agent *a = AgentObject::from(ZEND_THIS)->data.agent;
    array_init(return_value);
    add_assoc_long(return_value, "idle", a ? zend_long(a->idle_count()) : 0);
    add_assoc_long(return_value, "open", a ? zend_long(a->open_count()) : 0);
}
