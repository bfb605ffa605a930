// SPDX-License-Identifier: MIT
#include "client.h"

#include <algorithm>

#include "../core/loop.h"
#include "../core/text.h"
#include "../core/timer.h"
#include "../core/tls.h"
#include "response.h"

namespace edges::http {

namespace {

constexpr size_t kMaxReplay = 65536;  // a request bigger than this is not sent twice

bool idempotent(const std::string &m) {
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS" || m == "TRACE";
}

bool has_header(const std::vector<std::pair<std::string, std::string>> &h, std::string_view name) {
    for (const auto &p : h)
        if (equals_ci(p.first, name)) return true;
    return false;
}

void remove_header(std::vector<std::pair<std::string, std::string>> &h, std::string_view name) {
    h.erase(std::remove_if(h.begin(), h.end(), [&](const auto &p) { return equals_ci(p.first, name); }),
            h.end());
}

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(const std::string &s) {
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += char(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string base64(const std::string &in) {
    static const char *t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
        out += t[v >> 18];
        out += t[(v >> 12) & 63];
        out += t[(v >> 6) & 63];
        out += t[v & 63];
    }
    if (i < in.size()) {
        unsigned v = (unsigned char)in[i] << 16 | (i + 1 < in.size() ? (unsigned char)in[i + 1] << 8 : 0);
        out += t[v >> 18];
        out += t[(v >> 12) & 63];
        out += i + 1 < in.size() ? t[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

}  // namespace

// ---- Agent

Agent::Agent(Loop &loop, AgentOptions options) : loop_(loop), options_(options) {}

// Requests hold their agent in the binding, but at shutdown objects go in any order: what
// is left forgets this agent and closes.
Agent::~Agent() {
    destroy();
    for (auto &h : hosts_) {
        std::deque<ClientRequest *> waiting;
        waiting.swap(h.second.waiting);
        for (ClientRequest *r : waiting) {
            r->orphan();
            r->abort();
        }
    }
    std::vector<ClientConnection *> conns(conns_.begin(), conns_.end());
    conns_.clear();
    for (ClientConnection *c : conns) {
        c->orphan();
        c->destroy();
    }
}

void Agent::destroy() {
    destroyed_ = true;
    for (auto &h : hosts_) {
        std::vector<ClientConnection *> idle;
        idle.swap(h.second.idle);
        for (ClientConnection *c : idle) c->destroy();
    }
}

size_t Agent::idle_count() const {
    size_t n = 0;
    for (const auto &h : hosts_) n += h.second.idle.size();
    return n;
}

size_t Agent::open_count() const {
    size_t n = 0;
    for (const auto &h : hosts_) n += h.second.open;
    return n;
}

void Agent::enqueue(ClientRequest *r) {
    std::string key = r->key();
    hosts_[key].waiting.push_back(r);
    dispatch(key);
}

void Agent::dequeue(ClientRequest *r) {
    auto it = hosts_.find(r->key());
    if (it == hosts_.end()) return;
    auto &w = it->second.waiting;
    w.erase(std::remove(w.begin(), w.end(), r), w.end());
}

void Agent::dispatch(const std::string &key) {
    auto it = hosts_.find(key);
    if (it == hosts_.end()) return;
    Host &h = it->second;
    while (!h.waiting.empty()) {
        ClientRequest *r = h.waiting.front();
        if (!h.idle.empty()) {
            ClientConnection *c = h.idle.back();
            h.idle.pop_back();
            h.waiting.pop_front();
            c->assign(r, true);
            continue;
        }
        if (options_.max_sockets && h.open >= options_.max_sockets) break;
        h.waiting.pop_front();
        h.open++;
        auto *c = new ClientConnection(this, loop_, key, r->options());
        conns_.insert(c);
        c->assign(r, false);
    }
}

void Agent::released(ClientConnection *c, bool reusable) {
    Host &h = hosts_[c->key()];
    if (!reusable || !options_.keep_alive || destroyed_ || c->closed()) {
        c->destroy();
        return;
    }
    if (!h.waiting.empty()) {
        ClientRequest *r = h.waiting.front();
        h.waiting.pop_front();
        c->assign(r, true);
        return;
    }
    if (h.idle.size() >= options_.max_free_sockets) {
        c->destroy();
        return;
    }
    h.idle.push_back(c);
    c->idle();
}

void Agent::forget(ClientConnection *c) {
    conns_.erase(c);
    auto it = hosts_.find(c->key());
    if (it == hosts_.end()) return;
    Host &h = it->second;
    h.idle.erase(std::remove(h.idle.begin(), h.idle.end(), c), h.idle.end());
    if (h.open) h.open--;
}

void Agent::closed(ClientConnection *c) {
    forget(c);
    auto it = hosts_.find(c->key());
    if (it == hosts_.end()) return;
    Host &h = it->second;
    std::string key = c->key();
    if (!h.waiting.empty()) {
        dispatch(key);  // a slot came free
    } else if (h.open == 0) {
        hosts_.erase(it);
    }
}

// ---- ClientRequest

ClientRequest::ClientRequest(Loop &loop, Agent *agent, ClientOptions options, ClientHandler &handler)
    : loop_(loop), agent_(agent), options_(std::move(options)), handler_(handler) {
    queued_ = true;
    if (agent_) {
        agent_->enqueue(this);
    } else {
        auto *c = new ClientConnection(nullptr, loop_, key(), options_);
        c->assign(this, false);
    }
}

ClientRequest::~ClientRequest() = default;

std::string ClientRequest::key() const {
    if (!options_.socket_path.empty()) return "unix:" + options_.socket_path;
    std::string k = options_.url.host + ":" + std::to_string(options_.url.port);
    if (options_.url.secure) {
        // Connections of different TLS settings are not interchangeable.
        char ctx[32];
        snprintf(ctx, sizeof(ctx), "%p", static_cast<void *>(options_.tls.get()));
        k = "tls:" + k + ":" + options_.servername + ":" + ctx;
    }
    return k;
}

Stream *ClientRequest::stream() const { return conn_ ? conn_->stream() : nullptr; }

void ClientRequest::attach(ClientConnection *c, bool reused) {
    conn_ = c;
    reused_ = reused;
    queued_ = false;
    if (!out_.empty()) {
        std::string out;
        out.swap(out_);
        c->write(out.data(), out.size());
    }
    if (ended_ && !finished_) watch_finish();
}

void ClientRequest::watch_finish() {
    if (conn_ && conn_->stream()) conn_->stream()->notify_drain();
}

void ClientRequest::send(const char *data, size_t len) {
    if (replayable_) {
        if (replay_.size() + len > kMaxReplay) {
            replayable_ = false;
            std::string().swap(replay_);
        } else {
            replay_.append(data, len);
        }
    }
    if (conn_) {
        conn_->write(data, len);
    } else {
        out_.append(data, len);
    }
}

void ClientRequest::write_head(bool complete, size_t length) {
    head_sent_ = true;
    std::string head = options_.method + " " + options_.url.path + " HTTP/1.1\r\n";
    auto &h = options_.headers;
    if (!has_header(h, "host")) head += "Host: " + options_.url.authority() + "\r\n";
    if (!options_.url.userinfo.empty() && !has_header(h, "authorization"))
        head += "Authorization: Basic " + base64(percent_decode(options_.url.userinfo)) + "\r\n";
    if (options_.decompress && !has_header(h, "accept-encoding"))
        head += "Accept-Encoding: br, gzip, deflate\r\n";
    for (const auto &p : h) head += p.first + ": " + p.second + "\r\n";
    bool length_set = has_header(h, "content-length");
    bool te_set = has_header(h, "transfer-encoding");
    if (te_set) {
        for (const auto &p : h)
            if (equals_ci(p.first, "transfer-encoding") && has_token(p.second, "chunked")) chunked_ = true;
    } else if (!length_set) {
        if (!complete) {
            head += "Transfer-Encoding: chunked\r\n";
            chunked_ = true;
        } else if (length > 0 || options_.method == "POST" || options_.method == "PUT" ||
                   options_.method == "PATCH") {
            head += "Content-Length: " + std::to_string(length) + "\r\n";
        }
    }
    if (!has_header(h, "connection"))
        head +=
            agent_ && agent_->options().keep_alive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    send(head.data(), head.size());
}

bool ClientRequest::write(const char *data, size_t len) {
    if (ended_ || aborted_ || done_) return false;
    if (!head_sent_) write_head(false, 0);
    if (len > 0) {
        if (chunked_) {
            char buf[24];
            send(buf, format_chunk_header(buf, len));
            send(data, len);
            send(kChunkTrailer.data(), kChunkTrailer.size());
        } else {
            send(data, len);
        }
    }
    size_t pending = out_.size() + (conn_ && conn_->stream() ? conn_->stream()->buffered() : 0);
    if (pending >= kHighWaterMark) {
        need_drain_ = true;
        return false;
    }
    return true;
}

void ClientRequest::end(const char *data, size_t len) {
    if (ended_ || aborted_ || done_) return;
    if (!head_sent_) {
        write_head(true, len);
        if (len > 0) send(data, len);
    } else {
        if (len > 0) write(data, len);
        if (chunked_) send(kLastChunk.data(), kLastChunk.size());
    }
    ended_ = true;
    watch_finish();
}

void ClientRequest::set_timeout(uint64_t ms) {
    options_.timeout_ms = ms;
    if (conn_ && conn_->stream()) conn_->stream()->set_timeout(ms);
}

void ClientRequest::on_drain() {
    if (done_) return;
    if (ended_ && !finished_ && out_.empty() && conn_ && conn_->stream() &&
        conn_->stream()->buffered() == 0) {
        finished_ = true;
        handler_.on_finish(*this);
        if (done_) return;
    }
    if (!need_drain_) return;
    need_drain_ = false;
    handler_.on_drain(*this);
}

void ClientRequest::pause() {
    if (conn_ && conn_->stream()) conn_->stream()->pause();
}

void ClientRequest::resume() {
    if (conn_ && conn_->stream()) conn_->stream()->resume();
}

bool ClientRequest::on_head(IncomingResponse &head) {
    if (head.status >= 100 && head.status < 200) return true;  // informational: the answer follows
    std::string_view location;
    if (redirects_ < options_.follow_redirects && ended_ &&
        (head.status == 301 || head.status == 302 || head.status == 303 || head.status == 307 ||
         head.status == 308) &&
        head.find("location", &location)) {
        // A body can be sent again only when it is not one: 307 and 308 keep the method and
        // the body, so they are followed for requests without one.
        bool to_get =
            head.status == 303 || ((head.status == 301 || head.status == 302) && options_.method == "POST");
        size_t body_start = replay_.find("\r\n\r\n");
        bool bodiless = replayable_ && body_start != std::string::npos && body_start + 4 == replay_.size();
        Url next;
        std::string err;
        // An https target needs a TLS context (the binding gives one whenever redirects are on).
        if ((to_get || bodiless) && resolve_url(options_.url, location, &next, &err) &&
            (!next.secure || options_.tls)) {
            redirecting_ = true;
            bool same_origin = next.host == options_.url.host && next.port == options_.url.port &&
                               next.secure == options_.url.secure;
            options_.url = next;
            if (!same_origin) {
                remove_header(options_.headers, "authorization");
                remove_header(options_.headers, "cookie");
            }
            if (to_get && options_.method != "HEAD") {
                options_.method = "GET";
                remove_header(options_.headers, "content-length");
                remove_header(options_.headers, "transfer-encoding");
                remove_header(options_.headers, "content-type");
            }
            return true;
        }
    }
    std::string_view enc;
    if (options_.decompress && head.find("content-encoding", &enc))
        decoder_ = Decompressor::for_encoding(enc);
    responded_ = true;
    handler_.on_response(*this, head);
    return !done_;
}

void ClientRequest::on_body(const char *data, size_t len) {
    if (redirecting_ || done_) return;
    if (!decoder_) {
        handler_.on_data(*this, data, len);
        return;
    }
    decoded_.clear();
    std::string err;
    if (!decoder_->write(data, len, &decoded_, &err)) {
        decoder_.reset();
        Error e{EPROTO, "the response body does not decode: " + err};
        if (ClientConnection *c = conn_) {
            conn_ = nullptr;
            c->detach(this);
        }
        handler_.on_aborted(*this, e);
        close_later();
        return;
    }
    if (!decoded_.empty()) handler_.on_data(*this, decoded_.data(), decoded_.size());
}

bool ClientRequest::leave_connection(bool reusable) {
    conn_ = nullptr;
    return reusable && ended_;  // the server answered early: what is left of the body is still on its way
}

void ClientRequest::on_complete() {
    if (done_) return;
    if (redirecting_) {
        if (restart_for_redirect()) return;
    }
    if (decoder_ && !decoder_->finished()) {
        handler_.on_aborted(*this, Error{EPROTO, "the compressed response body ended early"});
    } else {
        handler_.on_end(*this);
    }
    close_later();
}

bool ClientRequest::restart_for_redirect() {
    redirecting_ = false;
    redirects_++;
    head_sent_ = chunked_ = ended_ = false;
    responded_ = reused_ = retried_ = false;
    replayable_ = true;
    std::string().swap(replay_);
    out_.clear();
    end(nullptr, 0);  // the same request (method, headers) to the new place
    queued_ = true;
    if (agent_) {
        agent_->enqueue(this);
    } else {
        auto *c = new ClientConnection(nullptr, loop_, key(), options_);
        c->assign(this, false);
    }
    return true;
}

void ClientRequest::on_failed(const Error &error, bool *retried) {
    conn_ = nullptr;
    *retried = false;
    if (done_) return;
    // A kept socket the server had closed meanwhile: the request never reached it. Sent again
    // once, on a new connection, when that is safe.
    if (!responded_ && !redirecting_ && reused_ && !retried_ && agent_ && idempotent(options_.method) &&
        replayable_) {
        retried_ = true;
        out_ = replay_;
        queued_ = true;
        agent_->enqueue(this);
        *retried = true;
        return;
    }
    if (responded_) {
        handler_.on_aborted(*this, error);
    } else {
        handler_.on_error(*this, error);
    }
    close_later();
}

void ClientRequest::on_timeout() {
    if (!done_) handler_.on_timeout(*this);
}

void ClientRequest::abort() {
    if (done_) return;
    aborted_ = true;
    if (queued_ && agent_) agent_->dequeue(this);
    queued_ = false;
    if (ClientConnection *c = conn_) {
        conn_ = nullptr;
        c->detach(this);
    }
    close_later();
}

void ClientRequest::close_later() {
    if (done_) return;
    done_ = true;
    close_scheduled_ = true;
    loop_.next_tick(Task{close_task, this});
}

void ClientRequest::close_task(void *arg, bool cancelled) noexcept {
    auto *self = static_cast<ClientRequest *>(arg);
    self->close_scheduled_ = false;
    if (self->released_) {
        delete self;
        return;
    }
    if (!cancelled) self->handler_.on_close(*self);
}

void ClientRequest::release() {
    released_ = true;
    if (!done_) abort();
    if (!close_scheduled_) delete this;
}

// ---- ClientConnection

namespace {
std::unordered_set<ClientConnection *> &live_connections() {
    static std::unordered_set<ClientConnection *> set;
    return set;
}
}  // namespace

void ClientConnection::close_all() {
    std::vector<ClientConnection *> all(live_connections().begin(), live_connections().end());
    for (ClientConnection *c : all) {
        if (ClientRequest *r = c->request_) r->connection_gone();
        c->request_ = nullptr;
        if (Agent *a = c->agent_) a->forget(c);
        c->agent_ = nullptr;
        c->closed_ = true;
        c->stream_->dispose();
        delete c;
    }
}

ClientConnection::ClientConnection(Agent *agent, Loop &loop, const std::string &key, const ClientOptions &o)
    : agent_(agent), key_(key), stream_(new Stream(loop, this)), parser_(*this) {
    live_connections().insert(this);
    if (o.url.secure && o.tls) {
        std::string name = o.servername.empty() ? o.url.host : o.servername;
        Error e = stream_->start_tls(o.tls, false, name, o.url.host + ":" + std::to_string(o.url.port));
        if (e) {
            stream_->destroy(e);
            return;
        }
    }
    stream_->resume();
    if (!o.socket_path.empty()) {
        stream_->connect(SocketAddress::unix_path(o.socket_path));
    } else {
        stream_->connect(o.url.host, o.url.port);
    }
}

ClientConnection::~ClientConnection() {
    live_connections().erase(this);
    if (idle_timer_) idle_timer_->dispose();
}

void ClientConnection::assign(ClientRequest *r, bool reused) {
    request_ = r;
    got_bytes_ = false;
    complete_ = false;
    if (idle_timer_) idle_timer_->cancel();
    parser_.expect_head_response(r->head_request());
    stream_->set_timeout(r->options().timeout_ms);
    stream_->resume();
    stream_->ref();
    r->attach(this, reused);
}

void ClientConnection::orphan() {
    agent_ = nullptr;
    if (request_) request_->orphan();
}

void ClientConnection::detach(ClientRequest *r) {
    if (request_ == r) request_ = nullptr;
    destroy();  // a request abandoned midway leaves the connection unusable
}

void ClientConnection::idle() {
    request_ = nullptr;
    stream_->set_timeout(0);
    // An idle socket does not keep the loop alive (node's agent sockets are unref'd when free).
    stream_->unref();
    if (!idle_timer_) {
        idle_timer_ = new Timer(stream_->loop(), on_idle_timer, this);
        idle_timer_->unref();
    }
    uint64_t ms = agent_ ? agent_->options().free_timeout_ms : 0;
    if (ms) idle_timer_->start(ms * 1000, 0);
}

void ClientConnection::on_idle_timer(Timer &, void *arg) noexcept {
    static_cast<ClientConnection *>(arg)->destroy();
}

void ClientConnection::destroy() {
    if (closed_) return;
    stream_->destroy();
}

void ClientConnection::write(const char *data, size_t len) {
    if (!closed_) stream_->write(data, len);
}

void ClientConnection::fail(const Error &error) {
    error_ = error;
    stream_->destroy(error);
}

void ClientConnection::on_data(Stream &, const char *data, size_t len) {
    if (!request_) {
        destroy();  // bytes nobody asked for: the connection cannot be trusted again
        return;
    }
    got_bytes_ = true;
    while (len > 0 && !closed_) {
        size_t used = 0;
        ResponseParser::Result r = parser_.execute(data, len, &used);
        if (r == ResponseParser::Result::kError) {
            fail(Error{EPROTO, "Parse Error: " + parser_.error()});
            return;
        }
        if (r == ResponseParser::Result::kOk) return;
        // A response ended (kPaused).
        data += used;
        len -= used;
        parser_.resume();
        ClientRequest *req = request_;
        request_ = nullptr;
        bool reusable = complete_keep_alive_ && len == 0 && !stream_->closed();
        if (req) reusable = req->leave_connection(reusable);
        // The connection goes back to the pool before the request tells its owner, so that a
        // request made in the response's 'end' reuses it. `this` may be gone after this.
        if (len > 0 || !agent_) {
            destroy();  // bytes after the response nobody asked for, or a connection of its own
        } else {
            agent_->released(this, reusable);
        }
        if (req) req->on_complete();
        return;
    }
}

bool ClientConnection::on_head(IncomingResponse &head) {
    if (!request_) return false;
    complete_keep_alive_ = head.keep_alive;
    return request_->on_head(head);
}

bool ClientConnection::on_body(const char *data, size_t len) {
    if (!request_) return false;
    request_->on_body(data, len);
    return request_ != nullptr && !closed_;
}

void ClientConnection::on_message_complete() { complete_ = true; }

void ClientConnection::on_end(Stream &) {
    if (!request_) return;  // idle: the server let it go (the stream closes next)
    if (parser_.in_message() && parser_.finish() == ResponseParser::Result::kOk && complete_) {
        ClientRequest *req = request_;
        request_ = nullptr;
        req->leave_connection(false);
        req->on_complete();  // a body that ended with the connection
        return;
    }
    if (!error_) error_ = Error{ECONNRESET, "socket hang up"};
}

void ClientConnection::on_connect(Stream &s) {
    if (request_ && !s.tls()) request_->on_connected();
}

void ClientConnection::on_secure(Stream &) {
    if (request_) request_->on_connected();
}

void ClientConnection::on_drain(Stream &) {
    if (request_) request_->on_drain();
}

void ClientConnection::on_timeout(Stream &) {
    if (request_) request_->on_timeout();
}

void ClientConnection::on_close(Stream &, bool) {
    closed_ = true;
    if (ClientRequest *req = request_) {
        request_ = nullptr;
        bool retried = false;
        Error e = error_ ? error_ : Error{ECONNRESET, got_bytes_ ? "aborted" : "socket hang up"};
        req->on_failed(e, &retried);
    }
    if (agent_) agent_->closed(this);
    stream_->dispose();
    delete this;
}

}  // namespace edges::http
