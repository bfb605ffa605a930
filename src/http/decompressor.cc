// SPDX-License-Identifier: MIT
#include "decompressor.h"

#include <brotli/decode.h>
#include <zlib.h>

#include "../core/text.h"

namespace edges::http {

namespace {

class ZlibDecompressor final : public Decompressor {
public:
    explicit ZlibDecompressor(int window_bits) { ok_ = inflateInit2(&z_, window_bits) == Z_OK; }
    ~ZlibDecompressor() override {
        if (ok_) inflateEnd(&z_);
    }
    bool write(const char *data, size_t len, std::string *out, std::string *error) override {
        if (!ok_) {
            *error = "zlib could not start";
            return false;
        }
        z_.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z_.avail_in = uInt(len);
        while (z_.avail_in > 0 && !ended_) {
            char buf[65536];
            z_.next_out = reinterpret_cast<Bytef *>(buf);
            z_.avail_out = sizeof(buf);
            int r = inflate(&z_, Z_NO_FLUSH);
            out->append(buf, sizeof(buf) - z_.avail_out);
            if (r == Z_STREAM_END) {
                ended_ = true;
            } else if (r != Z_OK && r != Z_BUF_ERROR) {
                *error = z_.msg ? z_.msg : "invalid compressed data";
                return false;
            } else if (r == Z_BUF_ERROR && z_.avail_out == sizeof(buf)) {
                break;
            }
        }
        return true;
    }
    bool finished() const override { return ended_; }

private:
    z_stream z_{};
    bool ok_ = false;
    bool ended_ = false;
};

class BrotliDecompressor final : public Decompressor {
public:
    BrotliDecompressor() : s_(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr)) {}
    ~BrotliDecompressor() override {
        if (s_) BrotliDecoderDestroyInstance(s_);
    }
    bool write(const char *data, size_t len, std::string *out, std::string *error) override {
        const uint8_t *in = reinterpret_cast<const uint8_t *>(data);
        size_t avail_in = len;
        for (;;) {
            uint8_t buf[65536];
            uint8_t *next_out = buf;
            size_t avail_out = sizeof(buf);
            BrotliDecoderResult r =
                BrotliDecoderDecompressStream(s_, &avail_in, &in, &avail_out, &next_out, nullptr);
            out->append(reinterpret_cast<char *>(buf), sizeof(buf) - avail_out);
            if (r == BROTLI_DECODER_RESULT_ERROR) {
                *error = BrotliDecoderErrorString(BrotliDecoderGetErrorCode(s_));
                return false;
            }
            if (r == BROTLI_DECODER_RESULT_SUCCESS) {
                done_ = true;
                return true;
            }
            if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) return true;
        }
    }
    bool finished() const override { return done_; }

private:
    BrotliDecoderState *s_;
    bool done_ = false;
};

}  // namespace

std::unique_ptr<Decompressor> Decompressor::for_encoding(std::string_view enc) {
    enc = trim_ows(enc);
    if (equals_ci(enc, "gzip") || equals_ci(enc, "x-gzip"))
        return std::make_unique<ZlibDecompressor>(15 + 16);
    if (equals_ci(enc, "deflate")) return std::make_unique<ZlibDecompressor>(15 + 32);  // zlib or raw: auto
    if (equals_ci(enc, "br")) return std::make_unique<BrotliDecompressor>();
    return nullptr;
}

}  // namespace edges::http
