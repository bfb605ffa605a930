// SPDX-License-Identifier: MIT
// The 'tls' options of servers and clients, turned into core TLS contexts.
#include "tls.h"

#include <strings.h>

#include <map>
#include <unordered_map>
#include <vector>

#include "../core/stream.h"
#include "../core/text.h"
#include "errors.h"
#include "invoke.h"
#include "options.h"

extern "C" {
#include "zend_exceptions.h"
}

namespace edges::php {

namespace {

// Client contexts by their options: connections with equal options share one, and with it
// the sessions kept for resumption. Bounded; dropped at request shutdown.
std::map<std::string, std::shared_ptr<edges::TlsContext>> &client_contexts() {
    static thread_local std::map<std::string, std::shared_ptr<edges::TlsContext>> m;
    return m;
}

bool string_option(HashTable *opts, const char *name, uint32_t arg, std::string *out) {
    return option_string(opts, name, arg, out, "tls option");
}

bool parse_common(HashTable *opts, uint32_t arg, edges::TlsOptions *o) {
    if (!string_option(opts, "cert", arg, &o->cert) || !string_option(opts, "key", arg, &o->key) ||
        !string_option(opts, "passphrase", arg, &o->passphrase) || !string_option(opts, "ca", arg, &o->ca) ||
        !string_option(opts, "minVersion", arg, &o->min_version) ||
        !string_option(opts, "maxVersion", arg, &o->max_version) ||
        !string_option(opts, "ciphers", arg, &o->ciphers) ||
        !option_bool(opts, "requestCert", arg, &o->request_cert) ||
        !option_bool(opts, "rejectUnauthorized", arg, &o->reject_unauthorized))
        return false;
    zend_long timeout = zend_long(o->handshake_timeout_ms);
    if (!option_long(opts, "handshakeTimeout", arg, 0, &timeout)) return false;
    o->handshake_timeout_ms = uint64_t(timeout);
    if (zval *alpn = option_find(opts, "alpn")) {
        if (Z_TYPE_P(alpn) != IS_ARRAY) {
            zend_argument_type_error(arg, "tls option 'alpn' must be a list of protocol names");
            return false;
        }
        zval *p;
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(alpn), p) {
            ZVAL_DEREF(p);
            if (Z_TYPE_P(p) != IS_STRING || Z_STRLEN_P(p) == 0 || Z_STRLEN_P(p) > 255) {
                zend_argument_value_error(arg, "tls option 'alpn' must hold names of 1 to 255 bytes");
                return false;
            }
            o->alpn.emplace_back(Z_STRVAL_P(p), Z_STRLEN_P(p));
        }
        ZEND_HASH_FOREACH_END();
    }
    return true;
}

std::shared_ptr<edges::TlsContext> make_context(const edges::TlsOptions &o, bool server) {
    edges::Error e;
    auto c = edges::TlsContext::make(o, server, &e);
    if (!c) throw_error(e);
    return c;
}

// What a server name matches: an exact name, or "*.example.com" for one label.
bool name_matches(const std::string &pattern, const std::string &name) {
    if (pattern.size() > 2 && pattern[0] == '*' && pattern[1] == '.') {
        size_t dot = name.find('.');
        return dot != std::string::npos && dot > 0 &&
               strcasecmp(name.c_str() + dot, pattern.c_str() + 1) == 0;
    }
    return strcasecmp(pattern.c_str(), name.c_str()) == 0;
}

// The SNI callable, kept for contexts that may outlive the server object (connections).
struct SniCallable {
    zval fn;
    edges::TlsOptions base;
    std::unordered_map<std::string, std::shared_ptr<edges::TlsContext>> made;  // by server name
    ~SniCallable() { ZVAL_UNDEF(&fn); }  // released by the request, never here
};

// An SNI entry's options: the base's, with its own certificate.
bool sni_options(zval *v, const edges::TlsOptions &base, uint32_t arg, edges::TlsOptions *out) {
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) != IS_ARRAY) {
        zend_argument_type_error(arg, "tls option 'sni' must map names to arrays of cert and key");
        return false;
    }
    *out = base;
    out->cert.clear();
    out->key.clear();
    out->passphrase.clear();
    HashTable *h = Z_ARRVAL_P(v);
    return string_option(h, "cert", arg, &out->cert) && string_option(h, "key", arg, &out->key) &&
           string_option(h, "passphrase", arg, &out->passphrase);
}

// SNI callables hold a zval of the request: released at its shutdown, whoever still holds
// the context then.
std::vector<std::shared_ptr<SniCallable>> &sni_callables() {
    static thread_local std::vector<std::shared_ptr<SniCallable>> v;
    return v;
}

}  // namespace

std::shared_ptr<edges::TlsContext> tls_server_context(zval *tls, uint32_t arg, const char *default_alpn) {
    ZVAL_DEREF(tls);
    if (Z_TYPE_P(tls) != IS_ARRAY) {
        zend_argument_type_error(arg, "option 'tls' must be an array with cert and key, %s given",
                                 zend_zval_type_name(tls));
        return nullptr;
    }
    HashTable *opts = Z_ARRVAL_P(tls);
    edges::TlsOptions o;
    if (!parse_common(opts, arg, &o)) return nullptr;
    if (o.alpn.empty() && default_alpn) o.alpn.emplace_back(default_alpn);
    auto ctx = make_context(o, true);
    if (!ctx) return nullptr;
    zval *sni = option_find(opts, "sni");
    if (!sni) return ctx;
    if (Z_TYPE_P(sni) == IS_ARRAY && !zend_is_callable(sni, 0, nullptr)) {
        std::vector<std::pair<std::string, std::shared_ptr<edges::TlsContext>>> names;
        zend_string *name;
        zval *entry;
        ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(sni), name, entry) {
            if (!name) {
                zend_argument_value_error(arg, "tls option 'sni' must use host names as keys");
                return nullptr;
            }
            edges::TlsOptions so;
            if (!sni_options(entry, o, arg, &so)) return nullptr;
            auto c = make_context(so, true);
            if (!c) return nullptr;
            names.emplace_back(std::string(ZSTR_VAL(name), ZSTR_LEN(name)), c);
        }
        ZEND_HASH_FOREACH_END();
        ctx->set_sni([names](const std::string &servername) -> std::shared_ptr<edges::TlsContext> {
            for (const auto &n : names)
                if (name_matches(n.first, servername)) return n.second;
            return nullptr;
        });
        return ctx;
    }
    if (!zend_is_callable(sni, 0, nullptr)) {
        zend_argument_type_error(arg, "tls option 'sni' must be an array or a callable, %s given",
                                 zend_zval_type_name(sni));
        return nullptr;
    }
    auto callable = std::make_shared<SniCallable>();
    ZVAL_COPY(&callable->fn, sni);
    callable->base = o;
    ctx->set_sni([callable](const std::string &servername) -> std::shared_ptr<edges::TlsContext> {
        if (Z_TYPE(callable->fn) == IS_UNDEF || aborting()) return nullptr;
        auto it = callable->made.find(servername);
        if (it != callable->made.end()) return it->second;
        zval arg, result;
        ZVAL_STRINGL(&arg, servername.data(), servername.size());
        bool ok = call_from_loop(&callable->fn, 1, &arg, &result);
        zval_ptr_dtor(&arg);
        std::shared_ptr<edges::TlsContext> c;
        if (ok && Z_TYPE(result) == IS_ARRAY) {
            edges::TlsOptions so;
            edges::Error e;
            zval copy;
            ZVAL_COPY_VALUE(&copy, &result);
            // A bad answer is the callable's error, reported as uncaught: the base certificate serves.
            if (sni_options(&copy, callable->base, 1, &so)) {
                c = edges::TlsContext::make(so, true, &e);
                if (!c)
                    report_type_error_from_loop("the tls 'sni' callable returned options that fail: " +
                                                e.message);
            } else if (EG(exception)) {
                zend_clear_exception();
                report_type_error_from_loop(
                    "the tls 'sni' callable must return an array of cert and key, or null");
            }
        } else if (ok && Z_TYPE(result) != IS_NULL) {
            report_type_error_from_loop(
                "the tls 'sni' callable must return an array of cert and key, or null");
        }
        if (ok) zval_ptr_dtor(&result);
        if (c && callable->made.size() < 1024) callable->made.emplace(servername, c);
        return c;
    });
    sni_callables().push_back(callable);
    return ctx;
}

std::shared_ptr<edges::TlsContext> tls_client_context(zval *tls, uint32_t arg, std::string *servername) {
    ZVAL_DEREF(tls);
    edges::TlsOptions o;
    std::string key;
    if (Z_TYPE_P(tls) == IS_TRUE) {
        key = "defaults";
    } else if (Z_TYPE_P(tls) == IS_ARRAY) {
        HashTable *opts = Z_ARRVAL_P(tls);
        if (!parse_common(opts, arg, &o) || !string_option(opts, "servername", arg, servername))
            return nullptr;
        // Equal options share a context: the key is what makes them differ.
        key = o.cert + '\0' + o.key + '\0' + o.passphrase + '\0' + o.ca + '\0' +
              (o.reject_unauthorized ? "1" : "0") + '\0' + o.min_version + '\0' + o.max_version + '\0' +
              o.ciphers + '\0' + std::to_string(o.handshake_timeout_ms);
        for (const std::string &p : o.alpn) key += '\0' + p;
    } else {
        zend_argument_type_error(arg, "option 'tls' must be true or an array of TLS options, %s given",
                                 zend_zval_type_name(tls));
        return nullptr;
    }
    auto &cache = client_contexts();
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
    auto ctx = make_context(o, false);
    if (!ctx) return nullptr;
    if (cache.size() >= 64) cache.erase(cache.begin());
    cache.emplace(key, ctx);
    return ctx;
}

bool tls_property(edges::Stream *s, const char *n, zval *rv) {
    edges::TlsSession *t = s ? s->tls() : nullptr;
    if (!strcmp(n, "encrypted")) {
        ZVAL_BOOL(rv, t != nullptr);
    } else if (!strcmp(n, "authorized")) {
        ZVAL_BOOL(rv, t && t->handshake_done() && t->authorized());
    } else if (!strcmp(n, "authorizationError")) {
        if (t && t->handshake_done() && !t->authorized()) {
            ZVAL_STRINGL(rv, t->authorization_code().data(), t->authorization_code().size());
        } else {
            ZVAL_NULL(rv);
        }
    } else if (!strcmp(n, "alpnProtocol")) {
        std::string p = t && t->handshake_done() ? t->alpn_protocol() : "";
        if (t && t->handshake_done()) {
            if (p.empty()) {
                ZVAL_FALSE(rv);
            } else {
                ZVAL_STRINGL(rv, p.data(), p.size());
            }
        } else {
            ZVAL_NULL(rv);
        }
    } else if (!strcmp(n, "servername")) {
        std::string name = t ? t->servername() : "";
        if (name.empty()) {
            ZVAL_NULL(rv);
        } else {
            ZVAL_STRINGL(rv, name.data(), name.size());
        }
    } else {
        return false;
    }
    return true;
}

void tls_peer_certificate(edges::Stream *s, zval *rv) {
    edges::TlsSession *t = s ? s->tls() : nullptr;
    if (!t || !t->handshake_done()) {
        ZVAL_NULL(rv);
        return;
    }
    auto fields = t->peer_certificate();
    if (fields.empty()) {
        ZVAL_NULL(rv);
        return;
    }
    array_init(rv);
    for (const auto &f : fields)
        add_assoc_stringl_ex(rv, f.first.data(), f.first.size(), f.second.data(), f.second.size());
}

void tls_rshutdown() {
    client_contexts().clear();
    for (auto &c : sni_callables()) {
        zval_ptr_dtor(&c->fn);
        ZVAL_UNDEF(&c->fn);
    }
    sni_callables().clear();
}

}  // namespace edges::php
