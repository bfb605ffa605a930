// SPDX-License-Identifier: MIT
#pragma once

namespace edges {

// systemd's notify protocol (sd_notify(3), Type=notify) without libsystemd: one datagram
// ("READY=1", "STOPPING=1") to the Unix socket $NOTIFY_SOCKET names ('@' for the abstract
// namespace). False when there is no such socket or the send failed.
bool notify_systemd(const char *state);

}  // namespace edges
