// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "../core/error.h"
#include "../core/stream.h"
#include "decompressor.h"
#include "response_parser.h"
#include "url.h"

namespace edges {
class Loop;
class Timer;
class TlsContext;
}  // namespace edges

namespace edges::http {

class ClientRequest;
class ClientConnection;

// node's http.Agent options.
struct AgentOptions {
    bool keep_alive = true;           // keep sockets for later requests to the same host
    size_t max_sockets = 0;           // per host; 0: no limit (node's Infinity)
    size_t max_free_sockets = 256;    // idle sockets kept per host
    uint64_t free_timeout_ms = 4000;  // an idle socket closes after this (below node servers' 5 s keep-alive)
};

// Reuses connections per host (node's Agent): a request takes an idle socket for its host
// when there is one, else opens one (up to max_sockets, then it waits its turn).
class Agent {
public:
    Agent(Loop &loop, AgentOptions options);
    ~Agent();
    Agent(const Agent &) = delete;
    Agent &operator=(const Agent &) = delete;

    // Closes the idle sockets; busy ones close when their request ends.
    void destroy();
    const AgentOptions &options() const { return options_; }
    Loop &loop() const { return loop_; }
    size_t idle_count() const;
    size_t open_count() const;

    // For ClientRequest and ClientConnection.
    void enqueue(ClientRequest *r);
    void dequeue(ClientRequest *r);
    void released(ClientConnection *c, bool reusable);
    void closed(ClientConnection *c);
    // Drops `c` from the books without dispatching anything (request shutdown).
    void forget(ClientConnection *c);

private:
    struct Host {
        std::vector<ClientConnection *> idle;
        size_t open = 0;  // connections, busy or idle
        std::deque<ClientRequest *> waiting;
    };
    void dispatch(const std::string &key);

    Loop &loop_;
    AgentOptions options_;
    std::unordered_map<std::string, Host> hosts_;
    std::unordered_set<ClientConnection *> conns_;
    bool destroyed_ = false;
};

struct ClientOptions {
    std::string method = "GET";
    Url url;
    std::string socket_path;  // a Unix socket instead of the URL's host and port
    std::vector<std::pair<std::string, std::string>> headers;
    uint64_t timeout_ms = 0;          // idle time before on_timeout; 0: none
    std::shared_ptr<TlsContext> tls;  // for https
    std::string servername;           // SNI and the name to verify; the host when empty
    int follow_redirects = 0;         // how many 3xx with Location to follow
    bool decompress = false;          // ask for and decode gzip/deflate/br bodies
};

// What a request tells its owner. After on_close, nothing more; the owner calls release().
class ClientHandler {
public:
    virtual ~ClientHandler() = default;
    virtual void on_response(ClientRequest &, const IncomingResponse &head) = 0;
    virtual void on_data(ClientRequest &, const char *data, size_t len) = 0;
    virtual void on_end(ClientRequest &) = 0;
    // The connection broke after the response began (the body is cut short).
    virtual void on_aborted(ClientRequest &, const Error &) {}
    // The request failed before a response: DNS, connect, TLS, the server closed first.
    virtual void on_error(ClientRequest &, const Error &) = 0;
    virtual void on_drain(ClientRequest &) {}
    // After end(): every byte of the request went to the socket (node's 'finish').
    virtual void on_finish(ClientRequest &) {}
    virtual void on_timeout(ClientRequest &) {}
    virtual void on_close(ClientRequest &) = 0;
};

// One request and its response (node's ClientRequest with its IncomingMessage).
class ClientRequest {
public:
    static constexpr size_t kHighWaterMark = 16384;

    // `agent` null: a connection of its own, closed after the response.
    ClientRequest(Loop &loop, Agent *agent, ClientOptions options, ClientHandler &handler);
    ClientRequest(const ClientRequest &) = delete;
    ClientRequest &operator=(const ClientRequest &) = delete;

    // Sends the head with the first write() or end(): chunked when write() comes first (unless a
    // Content-Length was set), else Content-Length. False past the high-water mark: wait for
    // on_drain.
    bool write(const char *data, size_t len);
    void end(const char *data, size_t len);
    // Closes the connection; on_close follows (from the loop).
    void abort();
    // Pauses reading the response (the socket: the server is pushed back).
    void pause();
    void resume();
    // The owner is done with it (after on_close, or to drop it early: then as abort()).
    void release();

    const ClientOptions &options() const { return options_; }
    // The headers to send; changes count until the head goes out (head_sent()).
    std::vector<std::pair<std::string, std::string>> &headers() { return options_.headers; }
    bool head_sent() const { return head_sent_; }
    // Idle time (no bytes either way) before on_timeout; 0 turns it off.
    void set_timeout(uint64_t ms);
    const Url &url() const { return options_.url; }  // the last one, after redirects
    int redirects() const { return redirects_; }
    bool reused_socket() const { return reused_; }
    bool ended() const { return ended_; }
    bool aborted() const { return aborted_; }
    Stream *stream() const;
    std::string key() const;  // the agent's host key
    void *user = nullptr;

    // For the connection that carries it.
    void attach(ClientConnection *c, bool reused);
    bool on_head(IncomingResponse &head);
    void on_body(const char *data, size_t len);
    // The response is complete: first the connection is let go (whether it can carry another
    // request), then on_complete() tells the owner.
    bool leave_connection(bool reusable);
    void on_complete();
    void on_failed(const Error &error, bool *retried);
    void on_timeout();
    void on_drain();
    // The socket connected (and finished its TLS handshake): 'finish' can be watched for now.
    void on_connected() {
        if (ended_ && !finished_) watch_finish();
    }
    bool head_request() const { return options_.method == "HEAD"; }
    void orphan() {  // its agent is going away
        agent_ = nullptr;
        queued_ = false;
    }
    void connection_gone() { conn_ = nullptr; }  // closed at request shutdown

private:
    ~ClientRequest();
    void send(const char *data, size_t len);
    void write_head(bool complete, size_t length);
    void finish(bool error_before_response, const Error &error);
    void close_later();
    void watch_finish();
    static void close_task(void *arg, bool cancelled) noexcept;
    bool restart_for_redirect();

    Loop &loop_;
    Agent *agent_;
    ClientOptions options_;
    ClientHandler &handler_;
    ClientConnection *conn_ = nullptr;
    std::string out_;     // request bytes not handed to a connection yet
    std::string replay_;  // what was sent, for a retry or a redirect (bounded)
    bool replayable_ = true;
    bool head_sent_ = false;
    bool chunked_ = false;
    bool ended_ = false;
    bool aborted_ = false;
    bool queued_ = false;
    bool reused_ = false;
    bool retried_ = false;
    bool responded_ = false;  // a response head was delivered
    bool redirecting_ = false;
    bool done_ = false;  // on_close scheduled or delivered
    bool released_ = false;
    bool close_scheduled_ = false;
    bool need_drain_ = false;
    bool finished_ = false;
    int redirects_ = 0;
    std::unique_ptr<Decompressor> decoder_;
    std::string decoded_;
    Error close_error_;
};

// One client socket: writes a request, parses its response, and goes back to its agent.
class ClientConnection final : public StreamHandler, public ResponseListener {
public:
    ClientConnection(Agent *agent, Loop &loop, const std::string &key, const ClientOptions &options);
    ~ClientConnection() override;

    // Request shutdown: the loop will not run again, so closes that wait for it never
    // finish. Frees every connection now (their streams disposed; requests and agents
    // forget them).
    static void close_all();

    void assign(ClientRequest *r, bool reused);
    void detach(ClientRequest *r);  // the request went away (abort)
    void orphan();                  // its agent is going away
    void idle();                    // back in the agent's pool: a timer closes it
    void destroy();
    Stream *stream() const { return stream_; }
    const std::string &key() const { return key_; }
    bool closed() const { return closed_; }
    void write(const char *data, size_t len);

    // StreamHandler
    void on_connect(Stream &) override;
    void on_secure(Stream &) override;
    void on_data(Stream &, const char *data, size_t len) override;
    void on_end(Stream &) override;
    void on_drain(Stream &) override;
    void on_timeout(Stream &) override;
    void on_error(Stream &, const Error &error) override { error_ = error; }
    void on_close(Stream &, bool had_error) override;
    // ResponseListener
    bool on_head(IncomingResponse &head) override;
    bool on_body(const char *data, size_t len) override;
    void on_message_complete() override;

private:
    void fail(const Error &error);
    static void on_idle_timer(Timer &t, void *arg) noexcept;

    Agent *agent_;
    std::string key_;
    Stream *stream_;
    ResponseParser parser_;
    ClientRequest *request_ = nullptr;
    Timer *idle_timer_ = nullptr;
    Error error_;
    bool got_bytes_ = false;  // of the current response
    bool complete_ = false;
    bool complete_keep_alive_ = false;  // the response allows another request on this connection
    bool closed_ = false;
};

}  // namespace edges::http
