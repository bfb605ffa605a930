// SPDX-License-Identifier: MIT
#include "server.h"

#include <unistd.h>

#include <algorithm>

#include "../core/loop.h"
#include "../core/timer.h"
#include "../core/text.h"
#include "mime.h"
#include "status.h"

namespace edges::http {

namespace {

uint64_t ms_to_us(uint64_t ms) { return ms * 1000; }

}  // namespace

// ---- Exchange

namespace {
// Released exchanges, reused with their buffers (the request head's string and
// vector keep their capacity). One loop per thread, so per-thread is enough.
thread_local std::vector<Exchange *> exchange_pool;
constexpr size_t kExchangePoolSize = 256;
}  // namespace

Exchange *Exchange::make(Connection *c, RequestHead &parsed) {
    Exchange *ex;
    if (exchange_pool.empty()) {
        ex = new Exchange();
    } else {
        ex = exchange_pool.back();
        exchange_pool.pop_back();
        static_cast<ExchangeState &>(*ex) = ExchangeState();  // the buffers stay
        ex->user = nullptr;
    }
    ex->conn_ = c;
    ex->head_.swap(parsed);
    return ex;
}

void Exchange::drain_pool() {
    for (Exchange *ex : exchange_pool) delete ex;
    std::vector<Exchange *>().swap(exchange_pool);
}

void Exchange::release() {
    pending_file_.reset();
    compressor_.reset();
    if (exchange_pool.size() >= kExchangePoolSize) {
        delete this;
        return;
    }
    std::string().swap(pending_out_);
    exchange_pool.push_back(this);
}

void Exchange::write_head(const ResponseHead &head, bool complete, size_t length, std::string &out) {
    Connection &c = *conn_;
    FramingInput in;
    in.head_request = head_.method == HTTP_HEAD;
    in.http10 = head_.http_major == 1 && head_.http_minor == 0;
    const ServerOptions &opt = c.server_.options();
    in.keep_alive = head_.keep_alive && !c.closing_ && !c.server_.closing() &&
                    !(opt.max_requests_per_socket && c.requests_ >= opt.max_requests_per_socket);
    in.body_complete = complete;
    in.body_length = length;
    in.keep_alive_timeout_s = unsigned(std::max<uint64_t>(1, opt.keep_alive_timeout_ms / 1000));
    FramingOutput f = build_head(out, head, in);
    framing_ = f.framing;
    keep_alive_ = f.keep_alive;
    body_allowed_ = f.body_allowed;
    head_sent_ = true;
}

bool Exchange::send_file(const ResponseHead &head, SharedFilePtr file, uint64_t offset, uint64_t length) {
    if (finished_ || aborted_ || detached_ || head_sent_) return false;
    Connection &c = *conn_;
    std::string &out = c.scratch_;
    out.clear();
    write_head(head, true, size_t(length), out);
    iovec iov{out.data(), out.size()};
    // The head and the file go out together: corked, flush() sends the head with MSG_MORE.
    bool front = c.pipeline_.front() == this;
    if (front) c.stream_->cork();
    c.output(*this, &iov, 1);
    if (body_allowed_ && framing_ == Framing::kLength && length > 0)
        c.output_file(*this, std::move(file), offset, length);
    if (front) c.stream_->uncork();
    finished_ = true;
    c.exchange_finished(*this);
    return true;
}

namespace {

// Whether a media type (parameters ignored) is in a list such as "text/*, application/json".
bool type_listed(std::string_view type, std::string_view list) {
    size_t semi = type.find(';');
    type = trim_ows(type.substr(0, semi));
    for (std::string_view t : split_trimmed(list, ',')) {
        if (t.empty()) continue;
        if (t.size() >= 2 && t.substr(t.size() - 2) == "/*") {
            std::string_view major = t.substr(0, t.size() - 1);  // "text/"
            if (type.size() > major.size() && equals_ci(type.substr(0, major.size()), major)) return true;
        } else if (equals_ci(type, t)) {
            return true;
        }
    }
    return false;
}

}  // namespace

const ResponseHead &Exchange::negotiate_compression(const ResponseHead &head, size_t len, bool last,
                                                    ResponseHead *scratch) {
    const CompressionOptions &opt = conn_->server_.options().compression;
    if (head_.method == HTTP_HEAD || head.status < 200 || head.status == 204 || head.status == 206 ||
        head.status == 304)
        return head;
    std::string_view type, vary;
    int64_t declared = -1;
    for (size_t i = 0; i < head.header_count; i++) {
        const HeaderView &h = head.headers[i];
        if (equals_ci(h.name, "content-encoding")) return head;  // the application encoded it
        if (equals_ci(h.name, "cache-control") && has_token(h.value, "no-transform")) return head;
        if (equals_ci(h.name, "content-type")) type = h.value;
        if (equals_ci(h.name, "vary")) vary = h.value;
        if (equals_ci(h.name, "content-length")) {
            declared = 0;
            for (char ch : trim_ows(h.value))
                declared = ch >= '0' && ch <= '9' ? declared * 10 + (ch - '0') : 0;
        }
    }
    if (type.empty()) return head;
    if (opt.types.empty() ? !is_compressible_type(type) : !type_listed(type, opt.types)) return head;
    int64_t size = last ? int64_t(len) : declared;
    if (size >= 0 && uint64_t(size) < opt.threshold) return head;
    // From here the answer depends on Accept-Encoding: caches must know.
    std::string_view accept;
    Coding coding = head_.find("accept-encoding", &accept)
                        ? negotiate_coding(accept, opt.brotli_level >= 0, opt.gzip_level > 0)
                        : Coding::kIdentity;
    Connection &c = *conn_;
    c.head_views_.clear();
    c.vary_.clear();
    if (vary.empty()) {
        c.vary_ = "Accept-Encoding";
    } else if (trim_ows(vary) == "*" || has_token(vary, "accept-encoding")) {
        c.vary_.assign(vary);
    } else {
        c.vary_.assign(vary);
        c.vary_ += ", Accept-Encoding";
    }
    for (size_t i = 0; i < head.header_count; i++) {
        const HeaderView &h = head.headers[i];
        if (equals_ci(h.name, "vary")) continue;
        if (coding != Coding::kIdentity && equals_ci(h.name, "content-length")) continue;
        c.head_views_.push_back(h);
    }
    c.head_views_.push_back({"Vary", c.vary_});
    if (coding != Coding::kIdentity) {
        c.head_views_.push_back({"Content-Encoding", coding_name(coding)});
        compressor_ = Compressor::make(coding, coding == Coding::kGzip ? opt.gzip_level : opt.brotli_level);
    }
    *scratch = head;
    scratch->headers = c.head_views_.data();
    scratch->header_count = c.head_views_.size();
    return *scratch;
}

bool Exchange::send(const ResponseHead &head, const char *data, size_t len, bool last) {
    if (finished_ || aborted_ || detached_) return false;
    Connection &c = *conn_;
    std::string &out = c.scratch_;
    out.clear();
    if (!head_sent_) {
        ResponseHead adjusted;
        const ResponseHead *h = &head;
        if (c.server_.options().compression.enabled) h = &negotiate_compression(head, len, last, &adjusted);
        if (compressor_) {
            // The body is encoded before the head is written: a whole body gets its real length.
            c.zbuf_.clear();
            if (!compressor_->write(data, len, last, &c.zbuf_)) c.zbuf_.clear();
            data = c.zbuf_.data();
            len = c.zbuf_.size();
        }
        write_head(*h, last, len, out);
    } else if (compressor_ && body_allowed_) {
        c.zbuf_.clear();
        if (!compressor_->write(data, len, last, &c.zbuf_)) c.zbuf_.clear();
        data = c.zbuf_.data();
        len = c.zbuf_.size();
    }
    iovec iov[4];
    int n = 0;
    char chunk_head[24];
    if (!out.empty()) iov[n++] = {out.data(), out.size()};
    if (body_allowed_ && len > 0) {
        if (framing_ == Framing::kChunked) {
            iov[n++] = {chunk_head, format_chunk_header(chunk_head, len)};
            iov[n++] = {const_cast<char *>(data), len};
            iov[n++] = {const_cast<char *>(kChunkTrailer.data()), kChunkTrailer.size()};
        } else {
            iov[n++] = {const_cast<char *>(data), len};
        }
    }
    if (last && body_allowed_ && framing_ == Framing::kChunked) {
        // Room for it: a chunked write uses 3 iovecs after the head, so append to the trailer instead.
        if (n == 4) {
            c.output(*this, iov, n);
            n = 0;
        }
        iov[n++] = {const_cast<char *>(kLastChunk.data()), kLastChunk.size()};
    }
    if (n > 0) c.output(*this, iov, n);
    if (last) {
        finished_ = true;
        c.exchange_finished(*this);
        return true;
    }
    bool ok = c.pipeline_.front() == this ? c.stream_->buffered() < Stream::kDefaultHighWaterMark
                                          : pending_out_.size() < Stream::kDefaultHighWaterMark;
    if (!ok) need_drain_ = true;
    return ok;
}

void Exchange::write_continue() {
    if (continue_sent_ || head_sent_ || aborted_ || detached_ || !head_.expect_continue) return;
    continue_sent_ = true;
    static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
    iovec iov{const_cast<char *>(kContinue.data()), kContinue.size()};
    conn_->output(*this, &iov, 1);
}

void Exchange::pause_body() {
    if (!aborted_ && !detached_) conn_->set_paused(Connection::kPauseUser, true);
}

void Exchange::resume_body() {
    if (!aborted_ && !detached_) conn_->set_paused(Connection::kPauseUser, false);
}

void Connection::close_exchange(Exchange *ex, bool aborted) {
    ex->detached_ = true;
    server_.handler().on_exchange_closed(*ex, aborted);  // ownership passes to the application
}

// ---- Connection

Connection::Connection(Server &server, int fd, const SocketAddress &peer)
    : server_(server),
      stream_(new Stream(server.loop(), this)),
      parser_(*this, RequestParser::Limits{server.options().max_header_size,
                                           std::min<size_t>(8192, server.options().max_header_size),
                                           server.options().max_body_size}) {
    stream_->adopt(fd, peer);
    stream_->set_allow_half_open(true);  // TCP_NODELAY comes from the listening socket
    if (server.options().tls) {
        Error e = stream_->start_tls(server.options().tls, true);
        if (e) stream_->destroy(e);
    }
    timer_ = new Timer(server.loop(), on_timer, this);
    timer_->unref();
    if (server.options().headers_timeout_ms) {
        headers_deadline_ = server.loop().now_us() + ms_to_us(server.options().headers_timeout_ms);
    }
    arm_timer();
}

Connection::~Connection() {
    // Only when the server itself goes (request shutdown): hand back what is open.
    if (!closed_notified_) {
        if (!detached_) stream_->dispose();
        detached_ = true;
        abandon_exchanges();
        server_.handler().on_connection_closed(*this);
    }
    if (timer_) timer_->dispose();
    if (stream_ && (!detached_ || handed_off_)) stream_->dispose();
}

void Connection::abandon_exchanges() {
    std::deque<Exchange *> all;
    all.swap(pipeline_);
    if (receiving_ && std::find(all.begin(), all.end(), receiving_) == all.end()) all.push_back(receiving_);
    receiving_ = nullptr;
    for (Exchange *ex : all) {
        bool aborted = !ex->finished_;
        ex->aborted_ = true;
        ex->in_pipeline_ = false;
        close_exchange(ex, aborted);
    }
}

void Connection::on_data(Stream &s, const char *data, size_t len) {
    s.cork();
    if (paused_ & kPauseParser) {
        pending_in_.append(data, len);  // read before the pause took effect
    } else {
        feed(data, len);
    }
    if (detached_) return;  // the stream belongs to the application now
    s.uncork();
    // A client that sends requests faster than it reads responses gets no more reading.
    if (!s.closed() && s.buffered() >= Stream::kDefaultHighWaterMark) set_paused(kPauseOutput, true);
}

void Connection::feed(const char *data, size_t len) {
    if (rejected_) return;
    if (server_.options().route) {
        // What a move to another worker must take along: this message from its first byte.
        if (parser_.idle()) raw_.clear();
        raw_.append(data, len);
    }
    size_t consumed = 0;
    RequestParser::Result r = parser_.execute(data, len, &consumed);
    switch (r) {
        case RequestParser::Result::kDone:
            return;
        case RequestParser::Result::kPaused:
            pending_in_.assign(data + consumed, len - consumed);
            set_paused(kPauseParser, true);
            // A routed connection pauses after every request: when that one was answered
            // already, the next may be parsed now.
            if (may_parse_next() && !closing_) schedule_resume();
            return;
        case RequestParser::Result::kUpgrade: {
            Exchange *ex = pipeline_.empty() ? nullptr : pipeline_.back();
            if (ex && ex->upgrade_) {
                upgrade(*ex, data + consumed, len - consumed);
                return;
            }
            // Nobody takes upgrades: an ordinary request; go on with what follows as HTTP.
            llhttp_resume_after_upgrade(reinterpret_cast<llhttp_t *>(&parser_));
            feed(data + consumed, len - consumed);
            return;
        }
        case RequestParser::Result::kError:
            if (parser_.error().status == 0) return;  // stopped: the connection is going away
            reject(parser_.error().status, parser_.error().reason.c_str(), parser_.error());
            return;
    }
}

void Connection::on_message_begin() {
    idle_deadline_ = 0;
    uint64_t now = server_.loop().now_us();
    const ServerOptions &opt = server_.options();
    if (opt.headers_timeout_ms && !headers_deadline_)
        headers_deadline_ = now + ms_to_us(opt.headers_timeout_ms);
    if (opt.request_timeout_ms) request_deadline_ = now + ms_to_us(opt.request_timeout_ms);
}

bool Connection::on_head(RequestHead &head) {
    if (stream_->closed()) return false;
    headers_deadline_ = 0;
    Exchange *ex = Exchange::make(this, head);
    requests_++;
    receiving_ = ex;
    pipeline_.push_back(ex);
    ServerHandler &h = server_.handler();
    if (server_.options().route) {
        int to = h.route(*ex);
        if (stream_->closed() || rejected_) return false;
        if (to >= 0 && hand_off(*ex, to)) return false;  // parse no further: the bytes went along
    }
    if (ex->head_.upgrade && h.wants_upgrade()) {
        ex->upgrade_ = true;  // handed over once the parser stops at the end of the head
        return true;
    }
    bool check_continue = ex->head_.expect_continue && h.wants_check_continue();
    if (ex->head_.expect_continue && !check_continue) ex->write_continue();
    h.on_request(*ex, check_continue);
    return !stream_->closed() && !rejected_;
}

bool Connection::on_body(const char *data, size_t len) {
    if (receiving_ && !receiving_->aborted_) server_.handler().on_body(*receiving_, data, len);
    return !stream_->closed() && !rejected_;
}

bool Connection::on_message_complete() {
    request_deadline_ = 0;
    Exchange *ex = receiving_;
    bool upgrade = ex && ex->upgrade_;  // llhttp stops after it by itself: no pause
    if (ex) {
        ex->body_complete_ = true;
        // Still `receiving_` while 'end' runs: a response ended in there must not
        // close the exchange under our feet; it closes just below.
        if (!ex->upgrade_) server_.handler().on_body_end(*ex);
        receiving_ = nullptr;
        maybe_destroy(ex);
        if (linger_when_received_) {
            linger_when_received_ = false;
            linger(true);
        } else {
            maybe_idle();
        }
    }
    // Enough requests in flight, or the connection ends after them: parse no further. A
    // routed connection parses one request at a time: it may have to move before the next.
    return pipeline_.size() >= kMaxPipelined || closing_ || stream_->closed() ||
           (server_.options().route && !upgrade);
}

void Connection::output(Exchange &ex, const iovec *iov, int count) {
    if (detached_ || stream_->closed()) return;
    if (!pipeline_.empty() && pipeline_.front() == &ex) {
        stream_->writev(iov, count);
        return;
    }
    for (int i = 0; i < count; i++)
        ex.pending_out_.append(static_cast<const char *>(iov[i].iov_base), iov[i].iov_len);
}

void Connection::output_file(Exchange &ex, SharedFilePtr file, uint64_t offset, uint64_t length) {
    if (detached_ || stream_->closed()) return;
    if (!pipeline_.empty() && pipeline_.front() == &ex) {
        stream_->send_file(std::move(file), offset, length);
        return;
    }
    ex.pending_file_ = std::move(file);  // after the responses ahead of it (advance())
    ex.pending_file_off_ = offset;
    ex.pending_file_len_ = length;
}

void Connection::exchange_finished(Exchange &ex) {
    if (!pipeline_.empty() && pipeline_.front() == &ex) advance();
}

void Connection::advance() {
    ServerHandler &h = server_.handler();
    while (!pipeline_.empty()) {
        Exchange *front = pipeline_.front();
        if (!front->pending_out_.empty()) {
            stream_->write(front->pending_out_.data(), front->pending_out_.size());
            std::string().swap(front->pending_out_);
        }
        if (front->pending_file_) {
            stream_->send_file(std::move(front->pending_file_), front->pending_file_off_,
                               front->pending_file_len_);
            front->pending_file_.reset();
        }
        if (!front->finished_) break;
        pipeline_.pop_front();
        front->in_pipeline_ = false;
        bool keep_alive = front->keep_alive_;
        // The client asked to close (Connection: close, HTTP/1.0): it sends nothing after.
        bool client_closes = !front->head_.keep_alive;
        h.on_finish(*front);
        maybe_destroy(front);
        if (!keep_alive) {
            // The response said Connection: close; what was pipelined after it is dropped
            // (the exchanges close when the connection does).
            closing_ = true;
            linger(client_closes);
            return;
        }
    }
    if (!maybe_idle() && (paused_ & kPauseParser) && may_parse_next()) schedule_resume();
}

bool Connection::maybe_idle() {
    if (!pipeline_.empty() || receiving_) return false;
    if (closing_ || peer_ended_) {
        linger();
        return true;
    }
    if (server_.options().keep_alive_timeout_ms) {
        idle_deadline_ = server_.loop().now_us() + ms_to_us(server_.options().keep_alive_timeout_ms);
        arm_timer();
    }
    return false;
}

void Connection::maybe_destroy(Exchange *ex) {
    if (ex->in_pipeline_ || ex == receiving_ || !(ex->finished_ || ex->aborted_) || !ex->body_complete_)
        return;
    close_exchange(ex, ex->aborted_ && !ex->finished_);
}

void Connection::set_paused(unsigned reason, bool on) {
    unsigned before = paused_;
    paused_ = on ? (paused_ | reason) : (paused_ & ~reason);
    if (detached_ || stream_->closed()) return;
    if (paused_ && !before) stream_->pause();
    if (!paused_ && before) {
        if (!pending_in_.empty()) {
            schedule_resume();
        } else {
            stream_->resume();
        }
    }
}

void Connection::schedule_resume() {
    if (resume_scheduled_) return;
    resume_scheduled_ = true;
    // Not from inside the call that freed room (a response's end()): parsing the
    // next request there would run its handler re-entrantly.
    stream_->pin();
    server_.loop().next_tick(Task{resume_task, this});
}

void Connection::resume_task(void *arg, bool cancelled) noexcept {
    auto *c = static_cast<Connection *>(arg);
    Stream *s = c->stream_;
    s->unpin();
    if (cancelled || s->disposed() || s->closed() || c->detached_) return;
    c->resume_scheduled_ = false;
    if (c->paused_ & kPauseParser) {
        if (!c->may_parse_next() || c->closing_) return;
        if (c->server_.options().route && s->buffered() > 0) {
            s->notify_drain();  // a move takes the descriptor: only once our output is out
            return;
        }
        c->paused_ &= ~kPauseParser;
        c->parser_.resume();
    }
    if (c->paused_) return;
    std::string pending;
    pending.swap(c->pending_in_);
    if (!pending.empty()) {
        s->cork();
        c->feed(pending.data(), pending.size());
        if (c->detached_) return;
        s->uncork();
    }
    if (!c->paused_ && !s->closed()) s->resume();
}

void Connection::on_drain(Stream &s) {
    if (paused_ & kPauseOutput) set_paused(kPauseOutput, false);
    if ((paused_ & kPauseParser) && server_.options().route && may_parse_next()) schedule_resume();
    if (!pipeline_.empty()) {
        Exchange *front = pipeline_.front();
        if (front->need_drain_ && s.buffered() < Stream::kDefaultHighWaterMark) {
            front->need_drain_ = false;
            server_.handler().on_drain(*front);
        }
    }
}

void Connection::on_end(Stream &s) {
    peer_ended_ = true;
    if (!parser_.idle() && !rejected_) {
        // The client left in the middle of a request: that request is aborted.
        s.destroy();
        return;
    }
    // A half-closed client still gets the responses to what it sent.
    if (idle()) s.end();
}

void Connection::reject(int status, const char *reason, const ParseError &error) {
    closing_ = true;
    std::string msg =
        "HTTP/1.1 " + std::to_string(status) + " " + status_reason(status) + "\r\nConnection: close\r\n";
    msg += "Content-Length: 0\r\nDate: ";
    msg += http_date();
    msg += "\r\n\r\n";
    (void)reason;
    // Responses already started keep their place; the rest of the pipeline is dropped.
    for (Exchange *ex : pipeline_) {
        if (!ex->head_sent_) ex->aborted_ = true;
    }
    if (receiving_ && !receiving_->finished_) receiving_->aborted_ = true;
    stream_->write(msg.data(), msg.size());
    linger();
    server_.handler().on_client_error(*this, error);
}

void Connection::upgrade(Exchange &ex, const char *rest, size_t len) {
    if (pipeline_.size() > 1) {
        ParseError e{400, "Upgrade behind pipelined requests"};
        reject(400, e.reason.c_str(), e);
        return;
    }
    detached_ = true;
    timer_->cancel();
    Stream *s = stream_;
    s->set_allow_half_open(false);
    s->uncork();  // on_data corked it; the application writes straight away
    pipeline_.clear();
    ex.in_pipeline_ = false;
    ex.finished_ = true;
    ex.body_complete_ = true;
    server_.handler().on_upgrade(ex, *s, rest, len);
    close_exchange(&ex, false);
    closed_notified_ = true;
    server_.handler().on_connection_closed(*this);
    server_.connection_detached(this);  // deleted later: on_data/feed are still on the stack  // deletes
                                        // this; the stream lives on with its new handler
}

bool Connection::hand_off(Exchange &ex, int to) {
    // Nothing of this request was answered, nothing waits in our output (see resume_task).
    if (pipeline_.size() != 1 || pipeline_.front() != &ex) return false;
    int fd = stream_->release_fd();
    if (fd < 0) return false;
    std::string bytes;
    bytes.swap(raw_);
    bytes += pending_in_;
    pending_in_.clear();
    handed_off_ = detached_ = true;
    timer_->cancel();
    server_.handler().on_handoff(*this, to, bytes, fd);
    // Nobody saw this request: it closes quietly, and so does the connection here.
    pipeline_.clear();
    receiving_ = nullptr;
    ex.in_pipeline_ = false;
    ex.finished_ = ex.body_complete_ = true;
    close_exchange(&ex, false);
    closed_notified_ = true;
    server_.handler().on_connection_closed(*this);
    server_.connection_detached(this);  // deleted from the loop: the parser is on the stack
    return true;
}

bool Connection::may_parse_next() const {
    return server_.options().route ? pipeline_.empty() : pipeline_.size() < kMaxPipelined;
}

void Connection::abort_after_flush() {
    closing_ = true;
    linger();
}

void Connection::linger(bool client_closes) {
    // Closing at once with unread input would make the kernel send RST, which can
    // destroy the response at the client: send FIN, read and drop until the
    // client closes too, for a bounded time. Only where more input may still come
    // (nginx's lingering_close auto): not after a request read whole, with nothing
    // behind it, from a client that said it closes or has sent its FIN.
    if (lingering_) return;
    if (client_closes && receiving_ && !receiving_->head_.chunked &&
        receiving_->head_.content_length <= int64_t(kSmallBody)) {
        // Answered before the request was read to its end (in its own 'request' event):
        // what is left is small and on its way, so read it, then decide.
        linger_when_received_ = true;
        return;
    }
    bool input_done = !rejected_ && parser_.idle() && pending_in_.empty() && !receiving_;
    if (input_done && (client_closes || peer_ended_)) {
        lingering_ = true;
        rejected_ = true;  // parse nothing more
        stream_->close_after_flush();
        return;
    }
    lingering_ = true;
    rejected_ = true;
    paused_ = 0;
    pending_in_.clear();
    stream_->end();
    if (stream_->closed()) return;
    stream_->resume();
    headers_deadline_ = request_deadline_ = 0;
    idle_deadline_ = server_.loop().now_us() + ms_to_us(kLingerMs);
    arm_timer();
}

void Connection::close_when_idle() {
    closing_ = true;
    if (!idle()) return;  // its response says Connection: close
    // Not at once: a request may be on its way (a keep-alive client sends the next one as
    // soon as it has a response), and closing under it loses it. One that comes within
    // kCloseIdleMs is answered with Connection: close; a connection still idle then closes.
    uint64_t deadline = server_.loop().now_us() + ms_to_us(kCloseIdleMs);
    if (!idle_deadline_ || idle_deadline_ > deadline) idle_deadline_ = deadline;
    arm_timer();
}

void Connection::on_error(Stream &s, const Error &error) {
    if (error.tls && s.tls() && !s.tls()->handshake_done())
        server_.handler().on_tls_client_error(*this, error);
}

void Connection::on_close(Stream &, bool) {
    closed_notified_ = true;
    abandon_exchanges();
    server_.handler().on_connection_closed(*this);
    server_.connection_closed(this);  // deletes this
}

void Connection::arm_timer() {
    uint64_t next = 0;
    for (uint64_t d : {headers_deadline_, request_deadline_, idle_deadline_}) {
        if (d && (!next || d < next)) next = d;
    }
    if (!next) return;
    // Lazily: a timer already due earlier re-checks then.
    if (timer_->active() && timer_->due_us() <= next) return;
    uint64_t now = server_.loop().now_us();
    timer_->start(next > now ? next - now : 0, 0);
}

void Connection::on_timer(Timer &, void *arg) noexcept {
    auto *c = static_cast<Connection *>(arg);
    if (c->detached_ || c->stream_->closed()) return;
    uint64_t now = c->server_.loop().now_us();
    bool headers_late = c->headers_deadline_ && now >= c->headers_deadline_;
    bool request_late = c->request_deadline_ && now >= c->request_deadline_;
    if (headers_late || request_late) {
        // Slow senders (slowloris) get 408 unless a response has already begun.
        bool response_started = !c->pipeline_.empty() && c->pipeline_.front()->head_sent_;
        if (response_started) {
            c->stream_->destroy();
        } else {
            ParseError e{408, headers_late ? "Headers timeout" : "Request timeout"};
            c->reject(408, e.reason.c_str(), e);
        }
        return;
    }
    if (c->idle_deadline_ && now >= c->idle_deadline_ && (c->idle() || c->lingering_)) {
        c->stream_->destroy();  // keepAliveTimeout: idle connections close quietly
        return;
    }
    c->arm_timer();
}

// ---- Server

Server::Server(Loop &loop, ServerHandler &handler, ServerOptions options)
    : loop_(loop), handler_(handler), options_(options), listener_(new Listener(loop, this)) {
    listener_->set_no_delay(options.no_delay);
}

Server::~Server() {
    listener_->dispose();
    // Open connections close with their exchanges handed back (no user code may run here).
    std::unordered_set<Connection *> all;
    all.swap(connections_);
    for (Connection *c : all) delete c;
}

void Server::on_connection(Listener &, int fd, const SocketAddress &peer) {
    if (closing_) {
        ::close(fd);
        return;
    }
    auto *c = new Connection(*this, fd, peer);
    connections_.insert(c);
    handler_.on_connection(*c);
    // The client speaks first, and its request is often in already: read it now. A
    // 'connection' listener may have closed the stream (its close is reported later).
    c->stream()->read_now();
}

void Server::connection_closed(Connection *c) {
    connections_.erase(c);
    delete c;
    if (closing_ && connections_.empty() && !close_reported_) {
        close_reported_ = true;
        loop_.next_tick(Task{close_task, this});
    }
}

size_t Server::connection_count() const {
    size_t n = 0;
    for (Connection *c : connections_) n += !c->stream()->closed();
    return n;
}

void Server::adopt(int fd, const SocketAddress &peer, const std::string &bytes) {
    if (closing_) {
        ::close(fd);
        return;
    }
    auto *c = new Connection(*this, fd, peer);
    connections_.insert(c);
    handler_.on_connection(*c);
    Stream *s = c->stream();
    // What the other worker had read is parsed as if it had just arrived.
    if (!bytes.empty() && !s->closed()) c->on_data(*s, bytes.data(), bytes.size());
    if (connections_.count(c) && !s->closed()) s->read_now();
}

void Server::connection_detached(Connection *c) {
    connections_.erase(c);
    loop_.next_tick(Task{[](void *arg, bool) { delete static_cast<Connection *>(arg); }, c});
    if (closing_ && connections_.empty() && !close_reported_) {
        close_reported_ = true;
        loop_.next_tick(Task{close_task, this});
    }
}

void Server::close() {
    if (closing_) return;
    closing_ = true;
    listener_->close();
    std::vector<Connection *> all(connections_.begin(), connections_.end());
    for (Connection *c : all) c->close_when_idle();
    if (connections_.empty() && !close_reported_) {
        close_reported_ = true;
        loop_.next_tick(Task{close_task, this});
    }
}

void Server::close_task(void *arg, bool cancelled) noexcept {
    if (!cancelled) {
        auto *s = static_cast<Server *>(arg);
        s->handler_.on_close(*s);
    }
}

}  // namespace edges::http
