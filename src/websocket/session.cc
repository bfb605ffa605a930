// SPDX-License-Identifier: MIT
#include "session.h"

#include <sys/random.h>

#include <cstring>

#include "../core/loop.h"
#include "../core/timer.h"

namespace edges::ws {

Session::Session(Stream *stream, Role role, SessionOptions options, SessionHandler &handler)
    : stream_(stream),
      role_(role),
      options_(options),
      handler_(handler),
      decoder_(*this, role, options.deflate, options.deflate ? 0 : options.max_payload) {
    if (options_.deflate)
        deflater_ = std::make_unique<Deflater>(options_.deflate_params, role == Role::kServer);
    stream_->set_handler(this);
    stream_->set_allow_half_open(false);
}

Session::~Session() {
    if (close_timer_) close_timer_->dispose();
    if (stream_) stream_->dispose();
}

void Session::start(const char *head, size_t len) {
    if (len > 0) {
        std::string copy(head, len);  // the decoder unmasks in place
        on_data(*stream_, copy.data(), copy.size());
    }
    if (state_ != State::kClosed && !stream_->closed()) stream_->resume();
}

void Session::on_data(Stream &, const char *data, size_t len) {
    if (close_received_ || decoder_.failed()) return;  // nothing after a close frame counts
    // The loop's read buffer is ours for this call: unmask in place.
    if (!decoder_.feed(const_cast<char *>(data), len) && decoder_.error_code()) {
        fail(decoder_.error_code(), decoder_.error_reason());
        return;
    }
    // A peer that does not read what we send (echoes of its messages) is not read either
    // until it does: memory stays bounded by the high-water mark.
    if (!reading_held_ && stream_ && !stream_->closed() &&
        stream_->buffered() >= Stream::kDefaultHighWaterMark) {
        reading_held_ = true;
        stream_->pause();
        stream_->notify_drain();
    }
}

void Session::on_drain(Stream &) {
    if (reading_held_) {
        reading_held_ = false;
        if (state_ != State::kClosed && stream_ && !stream_->closed()) stream_->resume();
    }
    unanswered_pings_ = 0;
    if (pong_pending_) {
        pong_pending_ = false;
        if (state_ == State::kOpen) send_frame(kPong, false, pending_pong_.data(), pending_pong_.size());
        std::string().swap(pending_pong_);
    }
    if (owner_wants_drain_ && !output_waiting()) {
        owner_wants_drain_ = false;
        handler_.on_drain();
    }
}

void Session::answer_ping(const char *payload, size_t len) {
    if (state_ != State::kOpen) return;
    if (!output_waiting()) {
        send_frame(kPong, false, payload, len);  // automatic pong
        return;
    }
    if (++unanswered_pings_ > kMaxUnansweredPings) {
        decoder_.abort(kPolicyViolation, "ping flood: too many pings while not reading our output");
        return;
    }
    pong_pending_ = true;
    pending_pong_.assign(payload, len);
    stream_->notify_drain();
}

void Session::on_frame_begin(uint8_t opcode, bool, bool rsv1, uint64_t) {
    if (opcode == kContinuation) return;
    message_binary_ = opcode == kBinary;
    message_compressed_ = rsv1;
    message_.clear();
    utf8_.reset();
}

void Session::on_frame_data(const char *data, size_t len) {
    if (options_.max_payload && message_.size() + len > options_.max_payload && !message_compressed_) {
        decoder_.abort(kMessageTooBig, "message over maxPayload");
        return;
    }
    if (message_compressed_ && options_.max_payload && message_.size() + len > options_.max_payload) {
        decoder_.abort(kMessageTooBig, "compressed message over maxPayload");
        return;
    }
    // Text is checked as it arrives: the first impossible byte ends the connection.
    if (!message_binary_ && !message_compressed_ &&
        !utf8_.feed(reinterpret_cast<const uint8_t *>(data), len)) {
        decoder_.abort(kInvalidPayload, "invalid UTF-8 in a text message");
        return;
    }
    message_.append(data, len);
}

void Session::on_frame_end() {
    if (decoder_.failed() || !decoder_.between_messages()) return;
    const std::string *msg = &message_;
    if (message_compressed_) {
        scratch_.clear();
        bool too_big = false;
        if (!deflater_->decompress(message_.data(), message_.size(), options_.max_payload, &scratch_,
                                   &too_big)) {
            decoder_.abort(too_big ? kMessageTooBig : kInvalidPayload,
                           too_big ? "inflated message over maxPayload" : "invalid compressed data");
            return;
        }
        if (!message_binary_ && !Utf8Validator::valid(scratch_.data(), scratch_.size())) {
            decoder_.abort(kInvalidPayload, "invalid UTF-8 in a text message");
            return;
        }
        msg = &scratch_;
    } else if (!message_binary_ && !utf8_.complete()) {
        decoder_.abort(kInvalidPayload, "text message ends inside a UTF-8 character");
        return;
    }
    if (state_ == State::kOpen) handler_.on_message(msg->data(), msg->size(), message_binary_);
}

void Session::on_control(uint8_t opcode, const char *payload, size_t len) {
    switch (opcode) {
        case kPing:
            answer_ping(payload, len);
            if (!decoder_.failed()) handler_.on_ping(payload, len);
            break;
        case kPong:
            handler_.on_pong(payload, len);
            break;
        case kClose:
            handle_close_frame(payload, len);
            break;
    }
}

void Session::handle_close_frame(const char *payload, size_t len) {
    uint16_t code = kNoStatus;
    std::string reason;
    if (len == 1) return fail(kProtocolError, "close frame with a one-byte payload");
    if (len >= 2) {
        code = uint16_t((uint8_t(payload[0]) << 8) | uint8_t(payload[1]));
        if (!valid_close_code(code))
            return fail(kProtocolError, "invalid close code " + std::to_string(code));
        if (!Utf8Validator::valid(payload + 2, len - 2))
            return fail(kInvalidPayload, "close reason is not UTF-8");
        reason.assign(payload + 2, len - 2);
    }
    close_received_ = true;
    close_code_ = code;
    close_reason_ = reason;
    if (!close_sent_) {
        // Echo the code and reason (RFC 6455 5.5.1; npm ws does the same), then the server closes TCP.
        close_sent_ = true;
        state_ = State::kClosing;
        std::string echo;
        if (code != kNoStatus) {
            echo.push_back(char(code >> 8));
            echo.push_back(char(code & 0xff));
            echo.append(reason);
        }
        send_frame(kClose, false, echo.data(), echo.size());
    }
    // The handshake is done: the server closes TCP at once (RFC 6455 7.1.1), nothing may
    // follow the peer's close frame; a client waits for the server's FIN, but not forever.
    if (role_ == Role::kServer) {
        stream_->close_after_flush();
        return;
    }
    if (!close_timer_) {
        close_timer_ = new Timer(stream_->loop(), on_close_timeout, this);
        close_timer_->unref();
    }
    if (!close_timer_->active()) close_timer_->start(options_.close_timeout_ms * 1000, 0);
}

bool Session::send_frame(uint8_t opcode, bool rsv1, const char *data, size_t len) {
    if (!stream_ || stream_->closed() || stream_->ended()) return false;
    uint8_t head[14];
    if (role_ == Role::kServer) {
        size_t n = encode_header(head, opcode, true, rsv1, len, nullptr);
        iovec iov[2] = {{head, n}, {const_cast<char *>(data), len}};
        return stream_->writev(iov, len ? 2 : 1);
    }
    // A client masks every frame with a fresh key (RFC 6455 5.3).
    uint8_t mask[4];
    if (getrandom(mask, sizeof(mask), 0) != sizeof(mask)) memset(mask, 0x5a, sizeof(mask));
    size_t n = encode_header(head, opcode, true, rsv1, len, mask);
    std::string masked(data, len);
    mask_payload(masked.data(), masked.size(), mask, 0);
    iovec iov[2] = {{head, n}, {masked.data(), masked.size()}};
    return stream_->writev(iov, len ? 2 : 1);
}

bool Session::send(const char *data, size_t len, bool binary) {
    if (state_ != State::kOpen) return false;
    bool ok;
    if (deflater_) {
        std::string compressed;
        if (!deflater_->compress(data, len, &compressed)) return false;
        ok = send_frame(binary ? kBinary : kText, true, compressed.data(), compressed.size());
    } else {
        ok = send_frame(binary ? kBinary : kText, false, data, len);
    }
    if (!ok && stream_ && !stream_->closed()) owner_wants_drain_ = true;
    return ok;
}

void Session::ping(const char *data, size_t len) {
    if (state_ == State::kOpen) send_frame(kPing, false, data, len > 125 ? 125 : len);
}

void Session::pong(const char *data, size_t len) {
    if (state_ == State::kOpen) send_frame(kPong, false, data, len > 125 ? 125 : len);
}

void Session::close(uint16_t code, std::string_view reason) {
    if (state_ != State::kOpen || close_sent_) return;
    close_sent_ = true;
    state_ = State::kClosing;
    std::string payload;
    if (code) {
        payload.push_back(char(code >> 8));
        payload.push_back(char(code & 0xff));
        payload.append(reason.substr(0, 123));
    }
    send_frame(kClose, false, payload.data(), payload.size());
    if (close_received_ && role_ == Role::kServer) {
        stream_->close_after_flush();
        return;
    }
    if (!close_timer_) {
        close_timer_ = new Timer(stream_->loop(), on_close_timeout, this);
        close_timer_->unref();
    }
    close_timer_->start(options_.close_timeout_ms * 1000, 0);
}

void Session::on_close_timeout(Timer &, void *arg) noexcept {
    auto *s = static_cast<Session *>(arg);
    if (s->stream_ && !s->stream_->closed()) s->stream_->destroy();
}

void Session::terminate() {
    if (stream_ && !stream_->closed()) stream_->destroy();
}

void Session::fail(uint16_t code, const std::string &reason) {
    // The peer broke the protocol: say why in a close frame, then drop the connection.
    if (state_ == State::kClosed) return;
    handler_.on_error(code, reason);
    if (output_waiting()) {
        // It does not read what we send, so a close frame would wait behind the rest: cut it off.
        state_ = State::kClosing;
        close_code_ = uint16_t(kAbnormal);
        terminate();
        return;
    }
    if (!close_sent_) {
        close_sent_ = true;
        std::string payload;
        payload.push_back(char(code >> 8));
        payload.push_back(char(code & 0xff));
        payload.append(reason.substr(0, 123));
        send_frame(kClose, false, payload.data(), payload.size());
    }
    state_ = State::kClosing;
    close_code_ = uint16_t(kAbnormal);  // the connection ends without a close handshake
    if (stream_ && !stream_->closed()) stream_->end();
    if (!close_timer_) {
        close_timer_ = new Timer(stream_->loop(), on_close_timeout, this);
        close_timer_->unref();
        close_timer_->start(2000 * 1000, 0);  // FIN sent; a peer that keeps the socket open is cut
    }
}

void Session::on_error(Stream &, const Error &e) {
    if (state_ == State::kOpen) handler_.on_error(kAbnormal, e.message);
}

void Session::on_close(Stream &, bool) {
    state_ = State::kClosed;
    if (close_timer_) close_timer_->cancel();
    uint16_t code = close_received_ ? close_code_ : uint16_t(kAbnormal);
    handler_.on_close(code, close_received_ ? close_reason_ : std::string());
}

}  // namespace edges::ws
