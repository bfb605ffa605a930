// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace edges {
class SocketAddress;
}

namespace edges::php {

// For an HTTP server with routeKey: the worker that owns `key`, or -1 when it is this one.
int cluster_route(std::string_view key);
// Moves a connection to worker `to` (the server's listen spec says which server takes it there).
void cluster_handoff(int to, const std::string &spec, const edges::SocketAddress &peer,
                     const std::string &bytes, int fd);
// A worker asks its primary for a replacement and stops gracefully (nothing outside a cluster).
void cluster_retire(const char *why);
// A request began: --max-requests counts it.
void cluster_request_served();
// The loop runs for the first time: a worker says it is ready, and listens to its primary.
void cluster_loop_starts();
void cluster_rinit();
void cluster_rshutdown();
void cluster_minit();

}  // namespace edges::php
