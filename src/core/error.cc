// SPDX-License-Identifier: MIT
#include "error.h"

#include <event2/util.h>
#include <string.h>

namespace edges {

const char *errno_name(int err) {
    const char *name = strerrorname_np(err);
    return name ? name : "EUNKNOWN";
}

Error Error::from_errno(int err, const char *syscall, const std::string &where) {
    const char *name = strerrorname_np(err);
    std::string msg = syscall;
    msg += ' ';
    msg += name ? name : "E?";
    msg += ": ";
    msg += strerror(err);
    if (!where.empty()) {
        msg += ' ';
        msg += where;
    }
    return Error{err, std::move(msg)};
}

Error Error::from_dns(int eai, const std::string &host) {
    const char *name = "EAI_FAIL";
    switch (eai) {
        case EVUTIL_EAI_NONAME:
        case EVUTIL_EAI_NODATA:
            name = "ENOTFOUND";
            break;
        case EVUTIL_EAI_AGAIN:
            name = "EAI_AGAIN";
            break;
        case EVUTIL_EAI_CANCEL:
            name = "ECANCELLED";
            break;
        case EVUTIL_EAI_MEMORY:
            name = "ENOMEM";
            break;
    }
    Error e{eai ? eai : EVUTIL_EAI_FAIL,
            std::string("getaddrinfo ") + name + " " + host + " (" + evutil_gai_strerror(eai) + ")"};
    e.dns = true;
    return e;
}

}  // namespace edges
