// SPDX-License-Identifier: MIT
#pragma once

#include <sys/uio.h>
#include <unistd.h>

#include <cstdint>
#include <deque>
#include <string>
#include <memory>
#include <unordered_set>
#include <vector>

#include "../core/error.h"
#include "../core/listener.h"
#include "../core/stream.h"
#include "compressor.h"
#include "parser.h"
#include "response.h"

namespace edges {
class Timer;
}

namespace edges::http {

// node's http.createServer options, with node's defaults.
struct ServerOptions {
    size_t max_header_size = 16384;
    uint64_t headers_timeout_ms = 60000;
    uint64_t request_timeout_ms = 300000;
    uint64_t keep_alive_timeout_ms = 5000;
    uint32_t max_requests_per_socket = 0;  // 0: unlimited
    uint64_t max_body_size = 0;            // 0: unlimited
    bool no_delay = true;
    int backlog = 511;
    // Ask the handler, for each request head, which cluster worker owns it (route()):
    // requests are then parsed one at a time, and a connection moves between them.
    bool route = false;
    // Response bodies compressed by Accept-Encoding (gzip, brotli).
    CompressionOptions compression;
    // https: every connection starts with a TLS handshake (Server::set_tls() swaps it).
    std::shared_ptr<TlsContext> tls;
};

class Connection;
class Exchange;
class Server;

// What the server tells the application (the PHP binding, or a test). Any
// callback may run user code that closes the connection or the server.
class ServerHandler {
public:
    virtual ~ServerHandler() = default;
    virtual void on_connection(Connection &) {}
    // Headers are in. With `check_continue`, 'Expect: 100-continue' was not
    // answered: the application decides (Exchange::write_continue()).
    virtual void on_request(Exchange &, bool check_continue) = 0;
    virtual void on_body(Exchange &, const char *data, size_t len) = 0;
    virtual void on_body_end(Exchange &) = 0;
    // The socket took what was queued: the exchange at the head may write again.
    virtual void on_drain(Exchange &) {}
    // The whole response was handed to the socket.
    virtual void on_finish(Exchange &) {}
    // Last callback for an exchange; `aborted`: the connection closed first.
    // The exchange is the application's from now on: it must call release()
    // once (maybe inside this callback); the request head stays readable.
    virtual void on_exchange_closed(Exchange &, bool aborted) = 0;
    // A bad request was answered (400/408/413/414/431) and the connection is closing.
    virtual void on_client_error(Connection &, const ParseError &) {}
    // A TLS handshake failed (garbage, an old protocol, a timeout): the connection closes.
    virtual void on_tls_client_error(Connection &, const Error &) {}
    // With ServerOptions::route: the worker that must answer this request, or -1 for this
    // one. May run user code.
    virtual int route(Exchange &) { return -1; }
    // The connection moves to worker `to` (route() said so): the handler owns `fd` and
    // passes it on with `bytes` (what was read of this request and after it).
    virtual void on_handoff(Connection &, int to, const std::string &bytes, int fd) {
        (void)to;
        (void)bytes;
        ::close(fd);
    }
    // Whether 'upgrade' requests are taken by the application (else they are ordinary requests).
    virtual bool wants_upgrade() { return false; }
    // Whether the application answers 'Expect: 100-continue' itself.
    virtual bool wants_check_continue() { return false; }
    // The connection's stream is the application's now (after 'upgrade'): it
    // must set the stream's handler. `head`: bytes already read past the request.
    virtual void on_upgrade(Exchange &, Stream &stream, const char *head, size_t len) = 0;
    virtual void on_connection_closed(Connection &) {}
    // After close(): the listener is closed and the last connection has ended.
    virtual void on_close(Server &) {}
};

// An exchange's per-request state, reset as a whole when a pooled exchange is reused.
struct ExchangeState {
    Connection *conn_ = nullptr;
    Framing framing_ = Framing::kNone;
    bool body_allowed_ = true;
    bool keep_alive_ = true;
    bool head_sent_ = false;
    bool finished_ = false;
    bool body_complete_ = false;
    bool aborted_ = false;
    bool upgrade_ = false;
    bool in_pipeline_ = true;
    bool need_drain_ = false;
    bool continue_sent_ = false;
    bool detached_ = false;  // closed: only head_ may be used, conn_ may be gone
};

// One request and its response.
class Exchange : private ExchangeState {
public:
    Connection &connection() const { return *conn_; }
    const RequestHead &request() const { return head_; }

    // Sends response bytes. The first call writes the head from `head`
    // (framing decided then: with `last` and no earlier write the body length
    // is known). Returns false when the output is past the high-water mark.
    bool send(const ResponseHead &head, const char *data, size_t len, bool last);
    // The whole response: `head` (its length is `length`), then that much of `file` from
    // `offset`, sent with sendfile(2). Only before anything else was sent. False when the
    // exchange cannot send (closed, or the head went out already).
    bool send_file(const ResponseHead &head, SharedFilePtr file, uint64_t offset, uint64_t length);
    // "HTTP/1.1 100 Continue" for a request that expects it.
    void write_continue();
    // Stop/start delivering the request body (pauses reading the socket).
    void pause_body();
    void resume_body();
    // After on_exchange_closed: frees the exchange (into a small pool: its
    // buffers serve the next request without allocating).
    void release();
    // Frees the pool (at request shutdown, after every exchange was released).
    static void drain_pool();
    bool closed() const { return detached_; }

    void *user = nullptr;  // the application's per-exchange data

private:
    friend class Connection;
    Exchange() = default;
    // A new or pooled exchange for `c`, taking the parsed head; `parsed` gets the
    // pooled exchange's buffers back (their capacity serves the next request).
    static Exchange *make(Connection *c, RequestHead &parsed);

    // Builds the status line and headers into `out` and fixes the framing.
    void write_head(const ResponseHead &head, bool complete, size_t length, std::string &out);
    // With the server's compression on: whether this response is compressed (compressor_ set),
    // and its head as it goes out (Vary, Content-Encoding added, Content-Length dropped) in
    // the connection's scratch. Returns the head to send.
    const ResponseHead &negotiate_compression(const ResponseHead &head, size_t len, bool last,
                                              ResponseHead *scratch);

    RequestHead head_;
    std::string pending_out_;                 // response bytes waiting for earlier responses (pipelining)
    SharedFilePtr pending_file_;              // the file to send after pending_out_
    std::unique_ptr<Compressor> compressor_;  // the body's encoder, when compressed
    uint64_t pending_file_off_ = 0, pending_file_len_ = 0;
};

// One client connection: parses requests, keeps responses in request order,
// enforces the limits and timeouts, and closes when asked or when idle.
class Connection final : public StreamHandler, public ParserListener {
public:
    Connection(Server &server, int fd, const SocketAddress &peer);
    ~Connection() override;

    Stream *stream() const { return stream_; }
    Server &server() const { return server_; }
    bool idle() const { return pipeline_.empty() && !receiving_ && parser_.idle(); }
    // Ends the connection after the responses in flight (server close()).
    void close_when_idle();
    // Sends what is queued, then closes; parses nothing more (a handler failed mid-response).
    void abort_after_flush();
    void *user = nullptr;  // the application's per-connection data

    // StreamHandler
    void on_data(Stream &, const char *data, size_t len) override;
    void on_end(Stream &) override;
    void on_drain(Stream &) override;
    void on_error(Stream &, const Error &error) override;
    void on_close(Stream &, bool had_error) override;

    // ParserListener
    void on_message_begin() override;
    bool on_head(RequestHead &head) override;
    bool on_body(const char *data, size_t len) override;
    bool on_message_complete() override;

private:
    friend class Exchange;
    static constexpr size_t kMaxPipelined = 16;
    enum PauseReason : unsigned { kPauseParser = 1, kPauseUser = 2, kPauseOutput = 4 };

    void feed(const char *data, size_t len);
    void output(Exchange &ex, const iovec *iov, int count);
    void output_file(Exchange &ex, SharedFilePtr file, uint64_t offset, uint64_t length);
    void exchange_finished(Exchange &ex);
    void advance();
    void linger(bool client_closes = false);
    static constexpr uint64_t kLingerMs = 2000;
    // How long an idle keep-alive connection may still bring a request after close().
    static constexpr uint64_t kCloseIdleMs = 500;
    // A body this small is read to its end after an early answer, not lingered over.
    static constexpr size_t kSmallBody = 65536;
    // With nothing in flight: end a closing connection, or start the keep-alive countdown.
    bool maybe_idle();
    void maybe_destroy(Exchange *ex);
    void close_exchange(Exchange *ex, bool aborted);
    void abandon_exchanges();
    void reject(int status, const char *reason, const ParseError &error);
    void upgrade(Exchange &ex, const char *rest, size_t len);
    // Moves the connection to another worker (route()); false when it cannot move now.
    bool hand_off(Exchange &ex, int to);
    // Whether the parser may go on to the next request: fewer than kMaxPipelined in flight,
    // or, for a routed connection, none.
    bool may_parse_next() const;
    void set_paused(unsigned reason, bool on);
    void schedule_resume();
    void arm_timer();
    static void on_timer(Timer &t, void *arg) noexcept;
    static void resume_task(void *arg, bool cancelled) noexcept;

    Server &server_;
    Stream *stream_;
    RequestParser parser_;
    std::deque<Exchange *> pipeline_;     // responses go out in this order
    Exchange *receiving_ = nullptr;       // the exchange whose request body is arriving
    std::string pending_in_;              // bytes read but not parsed while paused
    std::string raw_;                     // routing: the bytes of the message being parsed, from its start
    std::string scratch_;                 // the response head being built
    std::string zbuf_;                    // a compressed body piece
    std::vector<HeaderView> head_views_;  // a compressed response's headers
    std::string vary_;                    // ... and its Vary value
    Timer *timer_ = nullptr;
    uint64_t headers_deadline_ = 0, request_deadline_ = 0, idle_deadline_ = 0;  // µs loop time, 0: none
    uint32_t requests_ = 0;
    unsigned paused_ = 0;
    bool closing_ = false;  // no keep-alive: end after the responses in flight
    bool peer_ended_ = false;
    bool rejected_ = false;
    bool resume_scheduled_ = false;
    bool detached_ = false;  // the stream went to the application (upgrade)
    bool closed_notified_ = false;
    bool lingering_ = false;
    bool linger_when_received_ = false;
    bool handed_off_ = false;
};

class Server final : public ListenerHandler {
public:
    Server(Loop &loop, ServerHandler &handler, ServerOptions options);
    ~Server() override;

    Error listen_tcp(const std::string &host, uint16_t port) {
        return listener_->listen_tcp(host, port, options_.backlog);
    }
    Error listen_unix(const std::string &path) { return listener_->listen_unix(path, options_.backlog); }
    // Stops accepting, closes idle connections, lets the others finish, then on_close.
    void close();
    bool listening() const { return listener_->listening(); }
    bool closing() const { return closing_; }
    const SocketAddress &address() const { return listener_->address(); }
    // Open connections (one closed already but not reported yet does not count).
    size_t connection_count() const;
    void ref() { listener_->ref(); }
    void unref() { listener_->unref(); }

    Loop &loop() const { return loop_; }
    ServerHandler &handler() const { return handler_; }
    const ServerOptions &options() const { return options_; }

    void on_connection(Listener &, int fd, const SocketAddress &peer) override;
    void connection_closed(Connection *c);
    // Forgets a connection whose stream went to the application; deletes it from the loop.
    void connection_detached(Connection *c);
    // A connection another worker moved here (cluster routing): `bytes` were read from it
    // already and are parsed first.
    void adopt(int fd, const SocketAddress &peer, const std::string &bytes);
    const std::string &spec() const { return listener_->spec(); }
    // The TLS context for connections to come (setSecureContext); the open ones keep theirs.
    void set_tls(std::shared_ptr<TlsContext> tls) { options_.tls = std::move(tls); }

private:
    static void close_task(void *arg, bool cancelled) noexcept;

    Loop &loop_;
    ServerHandler &handler_;
    ServerOptions options_;
    Listener *listener_;
    std::unordered_set<Connection *> connections_;
    bool closing_ = false;
    bool close_reported_ = false;
};

}  // namespace edges::http
