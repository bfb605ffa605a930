// SPDX-License-Identifier: MIT
#include "dns.h"

#include <event2/dns.h>
#include <event2/util.h>
#include <sys/socket.h>

#include "loop.h"

namespace edges {

void DnsLookup::start(const std::string &host, int family) {
    if (disposed() || pending_) return;
    host_ = host;
    pending_ = true;
    set_active(true);
    SocketAddress literal;
    if (SocketAddress::parse_ip(host, 0, literal)) {
        addresses_.push_back(literal);
    } else if (is_invalid_tld(host)) {
        error_ = Error::from_dns(EVUTIL_EAI_NONAME, host);
    } else {
        evutil_addrinfo hints{};
        hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;  // one answer per address, not one per socket type
        pin();  // released by on_resolved, which also runs when the lookup is cancelled
        evdns_getaddrinfo_request *req =
            evdns_getaddrinfo(loop().dns(), host.c_str(), nullptr, &hints, on_resolved, this);
        // When the answer was at hand (/etc/hosts) on_resolved already ran and req is null.
        if (pinned()) req_ = req;
        return;
    }
    // Answered without asking anyone: still from the loop, as node's dns.lookup.
    pin();
    loop().next_tick(Task{answer_task, this});
}

void DnsLookup::on_resolved(int result, ::addrinfo *res, void *arg) noexcept {
    auto *self = static_cast<DnsLookup *>(arg);
    self->req_ = nullptr;
    if (result == EVUTIL_EAI_CANCEL || self->disposed()) {
        if (res) evutil_freeaddrinfo(res);
        self->unpin();
        return;
    }
    if (result != 0 || !res) {
        self->error_ = Error::from_dns(result ? result : EVUTIL_EAI_NONAME, self->host_);
    } else {
        for (::addrinfo *a = res; a; a = a->ai_next)
            self->addresses_.push_back(SocketAddress::from_sockaddr(a->ai_addr, socklen_t(a->ai_addrlen)));
    }
    if (res) evutil_freeaddrinfo(res);
    // From /etc/hosts the answer comes inside start(): the callback waits for the loop.
    self->loop().next_tick(Task{answer_task, self});
}

void DnsLookup::answer_task(void *arg, bool cancelled) noexcept {
    auto *self = static_cast<DnsLookup *>(arg);
    self->unpin();
    if (cancelled || self->disposed()) return;
    self->answer();
}

void DnsLookup::answer() {
    pending_ = false;
    set_active(false);
    cb_(*this, error_, addresses_, data_);
}

void DnsLookup::on_dispose() {
    if (req_) {
        evdns_getaddrinfo_request *r = req_;
        req_ = nullptr;
        evdns_getaddrinfo_cancel(r);  // on_resolved runs with EVUTIL_EAI_CANCEL and unpins
    }
    pending_ = false;
}

}  // namespace edges
