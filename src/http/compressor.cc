// SPDX-License-Identifier: MIT
#include "compressor.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>

namespace edges::http {

namespace {

class GzipCompressor final : public Compressor {
public:
    explicit GzipCompressor(int level) {
        // windowBits 15 + 16: a gzip wrapper; memLevel 8 as zlib's default.
        ok_ = deflateInit2(&z_, std::clamp(level, 1, 9), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~GzipCompressor() override {
        if (ok_) deflateEnd(&z_);
    }
    bool write(const char *data, size_t len, bool last, std::string *out) override {
        if (!ok_) return false;
        z_.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z_.avail_in = uInt(len);
        int flush = last ? Z_FINISH : Z_SYNC_FLUSH;
        for (;;) {
            size_t old = out->size();
            size_t room = std::max<size_t>(deflateBound(&z_, uLong(z_.avail_in)), 64);
            out->resize(old + room);
            z_.next_out = reinterpret_cast<Bytef *>(&(*out)[old]);
            z_.avail_out = uInt(room);
            int r = deflate(&z_, flush);
            out->resize(old + room - z_.avail_out);
            if (r == Z_STREAM_ERROR) return false;
            if (last ? r == Z_STREAM_END : (z_.avail_in == 0 && z_.avail_out != 0)) return true;
        }
    }

private:
    z_stream z_{};
    bool ok_ = false;
};

class BrotliCompressor final : public Compressor {
public:
    explicit BrotliCompressor(int level) : s_(BrotliEncoderCreateInstance(nullptr, nullptr, nullptr)) {
        if (s_) BrotliEncoderSetParameter(s_, BROTLI_PARAM_QUALITY, uint32_t(std::clamp(level, 0, 11)));
    }
    ~BrotliCompressor() override {
        if (s_) BrotliEncoderDestroyInstance(s_);
    }
    bool write(const char *data, size_t len, bool last, std::string *out) override {
        if (!s_) return false;
        const uint8_t *in = reinterpret_cast<const uint8_t *>(data);
        size_t avail_in = len;
        BrotliEncoderOperation op = last ? BROTLI_OPERATION_FINISH : BROTLI_OPERATION_FLUSH;
        for (;;) {
            size_t avail_out = 0;
            if (!BrotliEncoderCompressStream(s_, op, &avail_in, &in, &avail_out, nullptr, nullptr))
                return false;
            size_t n = 0;
            const uint8_t *produced = BrotliEncoderTakeOutput(s_, &n);
            if (n) out->append(reinterpret_cast<const char *>(produced), n);
            bool done = last ? BrotliEncoderIsFinished(s_) : avail_in == 0 && !BrotliEncoderHasMoreOutput(s_);
            if (done) return true;
        }
    }

private:
    BrotliEncoderState *s_;
};

}  // namespace

std::unique_ptr<Compressor> Compressor::make(Coding coding, int level) {
    switch (coding) {
        case Coding::kGzip:
            return std::make_unique<GzipCompressor>(level);
        case Coding::kBrotli:
            return std::make_unique<BrotliCompressor>(level);
        case Coding::kIdentity:
            break;
    }
    return nullptr;
}

}  // namespace edges::http
