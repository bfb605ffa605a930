// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "../core/stream.h"
#include "deflate.h"
#include "frame.h"
#include "utf8.h"

namespace edges {
class Timer;
}

namespace edges::ws {

struct SessionOptions {
    uint64_t max_payload = 100 * 1024 * 1024;  // npm ws's default
    bool deflate = false;                      // permessage-deflate agreed
    DeflateParams deflate_params;
    uint64_t close_timeout_ms = 30000;  // a peer that never answers our close
};

// What a session tells its owner. Any callback may dispose of the session.
class SessionHandler {
public:
    virtual ~SessionHandler() = default;
    virtual void on_message(const char *data, size_t len, bool binary) = 0;
    virtual void on_ping(const char *data, size_t len) = 0;
    virtual void on_pong(const char *data, size_t len) = 0;
    // A protocol violation by the peer (we then close with `code`), or a socket error.
    virtual void on_error(uint16_t code, const std::string &message) = 0;
    virtual void on_drain() {}
    // The connection is gone: the peer's close code (1005: none, 1006: dropped) and reason.
    virtual void on_close(uint16_t code, const std::string &reason) = 0;
};

// One WebSocket connection over a core stream (it takes the stream's handler):
// whole messages in and out, automatic pongs, the close handshake with a
// timeout, UTF-8 checks on text (fail fast, 1007), maxPayload (1009), and
// permessage-deflate when agreed, with inflation bounded by maxPayload.
class Session final : public StreamHandler, public FrameListener {
public:
    enum class State { kOpen = 1, kClosing = 2, kClosed = 3 };  // node's readyState numbers

    Session(Stream *stream, Role role, SessionOptions options, SessionHandler &handler);
    ~Session() override;
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Starts reading; `head` holds bytes that arrived with the handshake.
    void start(const char *head, size_t len);
    // False past the stream's high-water mark (then on_drain), or when not open.
    bool send(const char *data, size_t len, bool binary);
    void ping(const char *data, size_t len);
    void pong(const char *data, size_t len);
    // Starts the close handshake (code 0: a close frame without a code).
    void close(uint16_t code, std::string_view reason);
    // Drops the connection at once.
    void terminate();

    State state() const { return state_; }
    size_t buffered() const { return stream_ ? stream_->buffered() : 0; }

    // Pings that come while our output waits in the queue (the kernel takes no more: the
    // peer is not reading) are answered by one pong, for the latest, once the queue drains
    // (RFC 6455 5.5.3). A peer that sends more than this many of them is flooding: cut off.
    static constexpr unsigned kMaxUnansweredPings = 64;

    // StreamHandler
    void on_data(Stream &, const char *data, size_t len) override;
    void on_drain(Stream &) override;
    void on_error(Stream &, const Error &e) override;
    void on_close(Stream &, bool) override;

    // FrameListener
    void on_frame_begin(uint8_t opcode, bool fin, bool rsv1, uint64_t length) override;
    void on_frame_data(const char *data, size_t len) override;
    void on_frame_end() override;
    void on_control(uint8_t opcode, const char *payload, size_t len) override;

private:
    bool send_frame(uint8_t opcode, bool rsv1, const char *data, size_t len);
    // Some of what we sent waits in our queue: the peer is not reading (for now).
    bool output_waiting() const { return stream_ && stream_->buffered() > 0; }
    void answer_ping(const char *payload, size_t len);
    void fail(uint16_t code, const std::string &reason);
    void handle_close_frame(const char *payload, size_t len);
    static void on_close_timeout(Timer &t, void *arg) noexcept;

    Stream *stream_;  // owned: disposed with the session
    Role role_;
    SessionOptions options_;
    SessionHandler &handler_;
    FrameDecoder decoder_;
    std::unique_ptr<Deflater> deflater_;
    Utf8Validator utf8_;
    std::string message_;
    std::string scratch_;
    bool message_binary_ = false;
    bool message_compressed_ = false;
    State state_ = State::kOpen;
    bool close_sent_ = false;
    bool reading_held_ = false;       // stopped reading until our output drains
    bool owner_wants_drain_ = false;  // send() returned false: the handler hears of the drain
    bool pong_pending_ = false;
    std::string pending_pong_;
    unsigned unanswered_pings_ = 0;
    bool close_received_ = false;
    uint16_t close_code_ = kAbnormal;
    std::string close_reason_;
    Timer *close_timer_ = nullptr;
};

}  // namespace edges::ws
