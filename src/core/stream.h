// SPDX-License-Identifier: MIT
#pragma once

#include <sys/uio.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>

#include "address.h"
#include "error.h"
#include "handle.h"
#include "shared_file.h"
#include "tls.h"

struct event;
struct evdns_getaddrinfo_request;
struct addrinfo;

namespace edges {

class Stream;
class Timer;

// What a stream tells its owner. Every callback may dispose of the stream:
// the stream checks disposed() after each one.
class StreamHandler {
public:
    virtual ~StreamHandler() = default;
    virtual void on_connect(Stream &) {}
    // A TLS stream finished its handshake (after on_connect for a client); data flows now.
    virtual void on_secure(Stream &) {}
    // `data` lives in the loop's shared read buffer: copy what you keep.
    virtual void on_data(Stream &, const char *data, size_t len) = 0;
    // The peer will send nothing more (FIN).
    virtual void on_end(Stream &) {}
    // The write queue emptied after write() had returned false.
    virtual void on_drain(Stream &) {}
    virtual void on_timeout(Stream &) {}
    // Always followed by on_close(had_error = true).
    virtual void on_error(Stream &, const Error &) {}
    // Once, after the descriptor is closed; the last callback.
    virtual void on_close(Stream &, bool had_error) = 0;
};

// A connected, non-blocking stream socket (TCP or Unix) on a persistent libevent
// read event, reading into the loop's shared buffer and writing optimistically:
// write() calls writev() at once and only what the kernel refuses is queued,
// with EV_WRITE armed until the queue drains. Active (keeps the loop alive)
// from connect()/adopt() until on_close has been delivered.
class Stream final : public Handle {
public:
    static constexpr size_t kDefaultHighWaterMark = 64 * 1024;
    // Closing with this much queued returns the freed heap to the system.
    static constexpr size_t kTrimAfterBytes = 1024 * 1024;

    Stream(Loop &loop, StreamHandler *handler);

    void set_handler(StreamHandler *handler) { handler_ = handler; }
    StreamHandler *handler() const { return handler_; }

    // Takes over an accepted, connected descriptor, non-blocking and close-on-exec
    // already (accept4 makes it so), whose peer is `peer`.
    void adopt(int fd, const SocketAddress &peer);
    // Connects to an address, or resolves `host` first (without blocking the
    // loop). Outcome: on_connect, or on_error + on_close.
    void connect(const SocketAddress &addr);
    void connect(const std::string &host, uint16_t port);

    // Queues `len` bytes (sending at once what the kernel takes). Returns false
    // when more than the high-water mark is queued: wait for on_drain. Data
    // written while connecting is sent once connected.
    bool write(const char *data, size_t len);
    bool writev(const iovec *iov, int count);
    // Queues `length` bytes of `file` from `offset`, sent by sendfile(2) from the kernel's page
    // cache (no copy through user space), in order with the bytes around them. Same return as
    // write(). A file shorter than announced fails the stream (the peer was promised more).
    bool send_file(SharedFilePtr file, uint64_t offset, uint64_t length);
    // Sends what is queued, then FIN. Reading goes on until the peer ends.
    void end();
    // Sends what is queued, then closes at once: no FIN of our own first and no wait for
    // the peer's. Only when no more input may come (else unread data makes the kernel reset).
    void close_after_flush();
    // Gives the open descriptor away (to pass it to another process): the stream stops
    // watching it and counts as closed, without on_close. -1 when it is not open or data
    // waits in its queue.
    int release_fd();
    // Closes now, dropping queued data. With an error: on_error first.
    void destroy();
    void destroy(const Error &error);

    // TLS on this stream (tls.h), before any data: a server stream waits for the client's
    // hello, a client one sends its own once connected. `servername`: the client's SNI and the
    // name its peer's certificate must carry; `session_key`: where to keep a session for
    // resumption ("host:port"). Reads and writes are plaintext from then on.
    Error start_tls(std::shared_ptr<TlsContext> ctx, bool server, const std::string &servername = {},
                    const std::string &session_key = {});
    TlsSession *tls() const { return tls_.get(); }

    // Stop/start reading the socket: the kernel's buffers fill and TCP pushes back.
    void pause();
    void resume();
    // resume(), but with one recv() at once: for a connection whose first bytes are
    // likely there already (an HTTP client speaks first). The read event is added only
    // when they are not; a connection answered and closed in between never enters epoll.
    void read_now();
    bool reading() const { return reading_; }
    bool wants_read() const { return want_read_; }

    // Asks for on_drain once the queue is empty (at once from the loop when it is empty
    // now), whether or not a write returned false.
    void notify_drain();

    // While corked, writes only queue; uncork() sends everything in one writev.
    void cork() { corked_++; }
    void uncork();

    void set_no_delay(bool on);
    void set_keep_alive(bool on, unsigned initial_delay_s);
    // on_timeout after `ms` without reads or writes; 0 turns it off.
    void set_timeout(uint64_t ms);
    void set_allow_half_open(bool on) { allow_half_open_ = on; }
    void set_high_water_mark(size_t bytes) { high_water_mark_ = bytes; }

    bool connecting() const { return state_ == State::kResolving || state_ == State::kConnecting; }
    bool open() const { return state_ == State::kOpen; }
    bool closed() const { return state_ == State::kClosed; }
    bool ended() const { return end_requested_; }  // end() was called
    bool read_ended() const { return read_eof_; }  // the peer sent FIN
    size_t buffered() const { return queued_ + (tls_ ? tls_->held() : 0); }
    bool needs_drain() const { return need_drain_; }
    uint64_t bytes_read() const { return bytes_read_; }
    uint64_t bytes_written() const { return bytes_written_; }
    int fd() const { return fd_; }
    // Known from accept() or connect(); else asked for while open (a system call each).
    const SocketAddress &remote_address();
    const SocketAddress &local_address();

    // For TlsSession: what OpenSSL writes (ciphertext), what it decrypted, and the handshake's end.
    void write_ciphertext(const char *data, size_t len);
    void deliver_plaintext(const char *data, size_t len);
    void tls_secure();

private:
    enum class State { kIdle, kResolving, kConnecting, kOpen, kClosed };

    ~Stream() override;
    void on_dispose() override;

    static void on_io(int fd, short what, void *arg) noexcept;
    static void on_resolved(int result, ::addrinfo *res, void *arg) noexcept;
    static void on_timer(Timer &timer, void *arg) noexcept;
    static void on_close_task(void *arg, bool cancelled) noexcept;

    void start_io(int fd);
    void handle_connected();
    void handle_readable();
    void read_once();
    void handle_eof();
    // The TLS paths of read_once() and writev().
    void tls_receive(const char *data, size_t len);
    bool tls_writev(const iovec *iov, int count);
    // Queues file segments as plaintext for TLS (no sendfile through OpenSSL): read and
    // encrypted a piece at a time as the socket drains.
    void pump_tls_files();
    static void tls_drain_task(void *arg, bool cancelled) noexcept;
    bool writev_raw(const iovec *iov, int count);
    void handle_writable();
    // Writes the queue; returns false when the stream failed.
    bool flush();
    void append(const char *data, size_t len);
    void update_write_interest();
    void maybe_finish_write_side();
    void maybe_close_after_ends();
    void close_now(const Error *error);
    void touch();

    StreamHandler *handler_;
    int fd_ = -1;
    State state_ = State::kIdle;
    event *read_ev_ = nullptr;
    event *write_ev_ = nullptr;
    evdns_getaddrinfo_request *dns_req_ = nullptr;
    Timer *timeout_timer_ = nullptr;
    uint64_t timeout_us_ = 0;
    uint64_t last_activity_us_ = 0;
    // What waits for the socket: bytes, or a segment of a file.
    struct Chunk {
        std::string bytes;
        SharedFilePtr file;
        uint64_t file_off = 0;
        uint64_t file_len = 0;
    };
    // Sends the file segment at the head of the queue; false when the stream failed.
    bool send_file_chunk(Chunk &c);
    std::deque<Chunk> queue_;
    std::string spare_;  // a drained queue buffer kept for the next write: no malloc per response
    size_t queue_head_off_ = 0;
    size_t queued_ = 0;
    size_t high_water_mark_ = kDefaultHighWaterMark;
    uint64_t bytes_read_ = 0;
    uint64_t bytes_written_ = 0;
    SocketAddress remote_, local_;
    std::string connect_host_;
    uint16_t connect_port_ = 0;
    Error close_error_;
    int corked_ = 0;
    bool want_read_ = false;  // the owner wants data (resume() or never paused)
    bool reading_ = false;    // the read event is added
    bool write_armed_ = false;
    bool need_drain_ = false;
    bool end_requested_ = false;
    bool close_when_flushed_ = false;
    bool fin_sent_ = false;
    bool read_eof_ = false;
    bool allow_half_open_ = false;
    bool close_scheduled_ = false;
    bool tls_drain_scheduled_ = false;
    std::unique_ptr<TlsSession> tls_;
    struct FileSegment {
        SharedFilePtr file;
        uint64_t off, len;
    };
    std::deque<FileSegment> tls_files_;  // file segments waiting to be encrypted
    std::string tls_scratch_;            // gathered plaintext
};

}  // namespace edges
