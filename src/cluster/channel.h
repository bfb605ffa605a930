// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "../core/error.h"
#include "../core/handle.h"

struct event;

namespace edges::cluster {

// What the primary and its workers say to each other (one message per packet).
enum class Kind : uint8_t {
    kListen = 1,       // worker -> primary: "tcp host port backlog" / "unix path backlog"
    kListenReply = 2,  // primary -> worker: errno (0: the listening socket is attached) and the address
    kReady = 3,        // worker -> primary: the script has run, its servers listen
    kMessage = 4,      // worker -> primary: to, bytes; primary -> worker: from, bytes
    kHandoff = 5,      // a connection moving to another worker: to/from, server, peer, bytes read, fd
    kRetire = 6,       // worker -> primary: replace me (max requests or memory reached)
};

struct Message {
    Kind kind{};
    uint32_t peer = 0;  // "to" on the way to the primary, "from" on the way to a worker
    std::string body;
    int fd = -1;  // a descriptor passed along (SCM_RIGHTS); the receiver owns it
};

class Channel;

class ChannelHandler {
public:
    virtual ~ChannelHandler() = default;
    // One whole message (a long one was put together from its parts). May dispose of
    // the channel.
    virtual void on_message(Channel &, Message &m) = 0;
    // The other end is gone (it exited); after this the channel is closed.
    virtual void on_closed(Channel &) = 0;
};

// One end of a SOCK_SEQPACKET socket pair between the primary and a worker: message
// boundaries kept, descriptors passed along with a message, order kept. Messages longer
// than a packet travel in parts. Sends never block: what the socket does not take waits
// in a queue, sent when it can.
class Channel final : public Handle {
public:
    // Largest message: what a user may send with Event\Cluster::send().
    static constexpr size_t kMaxMessage = 64 * 1024 * 1024;

    Channel(Loop &loop, ChannelHandler *handler, int fd);

    void send(Kind kind, uint32_t peer, const std::string &body, int fd = -1);
    void set_handler(ChannelHandler *h) { handler_ = h; }
    int fd() const { return fd_; }
    bool open() const { return fd_ >= 0; }
    // A send found the other end gone (it died before reading): what was sent since is lost,
    // and the read side's on_closed() is still to come.
    bool broken() const { return broken_; }

    // For a worker's synchronous listen(): waits (blocking) for a message of `kind`;
    // messages of other kinds that come first are kept and delivered from the loop later.
    // False when the channel closed.
    bool wait_for(Kind kind, Message *out);

    static constexpr size_t kPacket = 32 * 1024;

private:
    struct Packet {
        std::string bytes;
        int fd;
    };

    ~Channel() override;
    void on_dispose() override;
    static void on_io(int fd, short what, void *arg) noexcept;
    static void deliver_task(void *arg, bool cancelled) noexcept;
    // Reads one packet; 1: a whole message is in *out, 2: a part of a long one, 0: nothing
    // there (non-blocking), -1: closed.
    int read_packet(Message *out, bool blocking);
    bool flush();
    void close_now();

    ChannelHandler *handler_;
    int fd_;
    event *read_ev_ = nullptr;
    event *write_ev_ = nullptr;
    std::deque<Packet> out_;
    std::string rbuf_;  // one packet, reused
    Message partial_;   // a long message being put together
    bool in_partial_ = false;
    std::deque<Message> early_;  // read by wait_for() before their turn
    bool deliver_scheduled_ = false;
    bool write_armed_ = false;
    bool broken_ = false;
};

}  // namespace edges::cluster
