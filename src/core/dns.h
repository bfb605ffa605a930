// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "address.h"
#include "error.h"
#include "handle.h"

struct evdns_getaddrinfo_request;
struct addrinfo;

namespace edges {

// One host name lookup through the loop's resolver (libevent's evdns: /etc/hosts and
// /etc/resolv.conf; the loop never blocks). Literal addresses and "localhost" answer without
// a lookup, names under .invalid fail at once (RFC 6761), as for connect(). The callback
// comes from the loop, never inside start(). Active (keeps the loop alive) until it answers.
class DnsLookup final : public Handle {
public:
    // `addresses` in the resolver's order (port 0); empty when `error` is set.
    using Callback = void (*)(DnsLookup &l, const Error &error, const std::vector<SocketAddress> &addresses,
                              void *data);

    DnsLookup(Loop &loop, Callback cb, void *data) : Handle(loop), cb_(cb), data_(data) {}

    // family: 0 (both), 4 or 6.
    void start(const std::string &host, int family);

private:
    ~DnsLookup() override = default;
    void on_dispose() override;
    static void on_resolved(int result, ::addrinfo *res, void *arg) noexcept;
    static void answer_task(void *arg, bool cancelled) noexcept;
    void answer();

    Callback cb_;
    void *data_;
    std::string host_;
    evdns_getaddrinfo_request *req_ = nullptr;
    Error error_;
    std::vector<SocketAddress> addresses_;
    bool pending_ = false;
};

}  // namespace edges
