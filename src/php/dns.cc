// SPDX-License-Identifier: MIT
// Event\Dns::lookup(): src/core/dns as a promise.
#include <sys/socket.h>

#include "../core/dns.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"
#include "options.h"
#include "promise.h"

extern "C" {
#include "zend_exceptions.h"
#include "dns_arginfo.h"
}

namespace edges::php {

zend_class_entry *edges_dns_ce;

namespace {

struct Pending {
    zend_object *promise;  // held
    bool all;
};

struct Answer {
    Pending *pending;
    const edges::Error *error;
    const std::vector<edges::SocketAddress> *addresses;
};

void address_array(const edges::SocketAddress &a, zval *out) {
    array_init_size(out, 2);
    add_assoc_string(out, "address", a.host().c_str());
    add_assoc_long(out, "family", a.family() == AF_INET6 ? 6 : 4);
}

void settle(void *ctx) {
    auto *a = static_cast<Answer *>(ctx);
    zend_object *p = a->pending->promise;
    if (*a->error || a->addresses->empty()) {
        zval ex;
        make_exception(&ex, *a->error ? *a->error : edges::Error{ENOENT, "no address"});
        promise_reject(p, &ex);
        zval_ptr_dtor(&ex);
        return;
    }
    zval result;
    if (a->pending->all) {
        array_init_size(&result, uint32_t(a->addresses->size()));
        for (const edges::SocketAddress &addr : *a->addresses) {
            zval one;
            address_array(addr, &one);
            add_next_index_zval(&result, &one);
        }
    } else {
        address_array(a->addresses->front(), &result);
    }
    promise_resolve(p, &result);
    zval_ptr_dtor(&result);
}

void on_answer(edges::DnsLookup &l, const edges::Error &error,
               const std::vector<edges::SocketAddress> &addresses, void *data) {
    auto *pending = static_cast<Pending *>(data);
    Answer a{pending, &error, &addresses};
    if (!shutting_down()) run_from_loop(settle, &a);
    OBJ_RELEASE(pending->promise);
    delete pending;
    l.dispose();
}

}  // namespace

void dns_minit() { edges_dns_ce = register_class_Event_Dns(); }

}  // namespace edges::php

using namespace edges::php;

ZEND_METHOD(Event_Dns, __construct) {}

ZEND_METHOD(Event_Dns, lookup) {
    zend_string *host;
    HashTable *opts = nullptr;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    if (ZSTR_LEN(host) == 0 || ZSTR_LEN(host) > 253 || memchr(ZSTR_VAL(host), '\0', ZSTR_LEN(host))) {
        zend_argument_value_error(1, "must be a host name (1 to 253 characters)");
        RETURN_THROWS();
    }
    zend_long family = 0;
    bool all = false;
    if (!option_long(opts, "family", 2, 0, &family) || !option_bool(opts, "all", 2, &all)) RETURN_THROWS();
    if (family != 0 && family != 4 && family != 6) {
        zend_argument_value_error(2, "option 'family' must be 0, 4 or 6");
        RETURN_THROWS();
    }
    zend_object *p = promise_new();
    GC_ADDREF(p);
    auto *pending = new Pending{p, all};
    auto *lookup = new edges::DnsLookup(loop(), on_answer, pending);
    lookup->start(std::string(ZSTR_VAL(host), ZSTR_LEN(host)), int(family));
    RETURN_OBJ(p);
}
