// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "../core/address.h"
#include "../core/error.h"
#include "channel.h"

namespace edges {
class Loop;
}

namespace edges::cluster {

// This process's place in a cluster, from the environment the primary gives its workers
// (EDGES_WORKER_ID, EDGES_WORKERS, EDGES_CLUSTER_FD). Outside one: not a worker, id 0 of 1.
struct WorkerInfo {
    bool is_worker = false;
    int id = 0;
    int count = 1;
    int fd = -1;
};
const WorkerInfo &worker_info();

// Which worker owns a key: a jump consistent hash (Lamping & Veach) of the key's FNV-1a
// hash, so a key keeps its worker across reloads and respawns (ids are kept), and only
// 1/n of the keys move when the count changes.
int owner_of(std::string_view key, int workers);

class WorkerHandler {
public:
    virtual ~WorkerHandler() = default;
    virtual void on_message(int from, std::string &body) = 0;
    // A connection another worker moved here: `bytes` were read from it already. The
    // handler owns `fd`.
    virtual void on_handoff(int from, const std::string &server, const SocketAddress &peer,
                            std::string &bytes, int fd) = 0;
};

// A worker's end of its channel to the primary; one per process, created on first use.
class Worker final : public ChannelHandler {
public:
    // Null outside a cluster.
    static Worker *get(Loop &loop);
    // At request shutdown: the channel belongs to the loop, which goes.
    static void reset();

    // Asks the primary for a listening socket (shared with the other workers: the
    // connections spread over them), waiting for the answer. `spec`: "tcp HOST PORT" or
    // "unix PATH".
    Error listen(const std::string &spec, int backlog, int *fd, SocketAddress *address);
    void ready();
    void retire();
    // To another worker, through the primary; to itself, at once (from the loop).
    void send(int to, const std::string &body);
    void handoff(int to, const std::string &server, const SocketAddress &peer, const std::string &bytes,
                 int fd);
    void set_handler(WorkerHandler *h) { handler_ = h; }
    bool connected() const { return channel_ && channel_->open(); }

    // ChannelHandler
    void on_message(Channel &, Message &m) override;
    void on_closed(Channel &) override;

private:
    explicit Worker(Loop &loop);
    Loop &loop_;
    Channel *channel_ = nullptr;
    WorkerHandler *handler_ = nullptr;
};

// For the core's Listener (listener.h): in a worker, listening sockets come from the primary.
void install_listen_hook();

// A peer address as bytes and back, for handoffs.
std::string pack_address(const SocketAddress &a);
SocketAddress unpack_address(const std::string &bytes);
// A handoff's body: the server's listen spec and the peer's address, each after its length
// ("<len>:"), then the bytes read. parse_handoff() refuses anything else (it is fuzzed).
std::string pack_handoff(const std::string &server, const SocketAddress &peer, const std::string &bytes);
bool parse_handoff(const std::string &body, std::string *server, SocketAddress *peer, std::string *bytes);

}  // namespace edges::cluster
