// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "encoding.h"

namespace edges::http {

// A streaming gzip (zlib) or brotli (libbrotlienc) encoder for a response body: each
// write() gives back what can be decoded of everything written so far (a flush), the last
// one ends the stream.
class Compressor {
public:
    // `level`: zlib's 1-9 for gzip, brotli's quality 0-11 (clamped).
    static std::unique_ptr<Compressor> make(Coding coding, int level);
    virtual ~Compressor() = default;
    // Appends the encoded bytes for `data` to *out; with `last`, the end of the stream too.
    // False when the library failed (out of memory).
    virtual bool write(const char *data, size_t len, bool last, std::string *out) = 0;
};

// The server's compression settings (http.createServer option 'compression').
struct CompressionOptions {
    bool enabled = false;
    int gzip_level = 6;    // zlib's default
    int brotli_level = 4;  // as fast as gzip's 6, and smaller
    size_t threshold = 1024;
    std::string types;  // comma-separated media types ("text/*" allowed); empty: is_compressible_type()
};

}  // namespace edges::http
