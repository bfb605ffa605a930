// SPDX-License-Identifier: MIT
#include "handle.h"

#include "loop.h"

namespace edges {

Handle::~Handle() = default;

void Handle::ref() {
    if (ref_) return;
    ref_ = true;
    if (active_) loop_.adjust_alive(+1);
}

void Handle::unref() {
    if (!ref_) return;
    ref_ = false;
    if (active_) loop_.adjust_alive(-1);
}

void Handle::set_active(bool active) {
    if (active_ == active) return;
    active_ = active;
    if (ref_) loop_.adjust_alive(active ? +1 : -1);
}

void Handle::dispose() {
    if (disposed_) return;
    disposed_ = true;
    on_dispose();
    set_active(false);
    loop_.retire(this);
}

}  // namespace edges
