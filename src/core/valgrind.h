// SPDX-License-Identifier: MIT
#pragma once

#include <stdlib.h>
#include <string.h>

namespace edges {

// Whether this process runs under valgrind. Valgrind 3.19 (Debian 12's) does not know
// some newer system calls (pidfd_open, openat2) and warns on every use: the callers take
// their fallback paths instead. Valgrind preloads its own libraries, which is how it shows.
inline bool under_valgrind() {
    static const bool yes = [] {
        const char *p = getenv("LD_PRELOAD");
        return p && strstr(p, "/vgpreload_");
    }();
    return yes;
}

}  // namespace edges
