// SPDX-License-Identifier: MIT
#include "notify.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace edges {

bool notify_systemd(const char *state) {
    const char *path = getenv("NOTIFY_SOCKET");
    if (!path || !*path) return false;
    size_t len = strlen(path);
    sockaddr_un addr{};
    if (len >= sizeof(addr.sun_path) || (path[0] != '/' && path[0] != '@')) return false;
    addr.sun_family = AF_UNIX;
    memcpy(addr.sun_path, path, len);
    if (path[0] == '@') addr.sun_path[0] = '\0';  // abstract namespace
    int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    socklen_t alen = socklen_t(offsetof(sockaddr_un, sun_path) + len);
    ssize_t n = ::sendto(fd, state, strlen(state), MSG_NOSIGNAL, reinterpret_cast<sockaddr *>(&addr), alen);
    ::close(fd);
    return n >= 0;
}

}  // namespace edges
