// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "encoding.h"

namespace edges::http {

// A streaming gzip/deflate (zlib) or brotli (libbrotlidec) decoder for a response body the
// client asked to have decoded.
class Decompressor {
public:
    // For a Content-Encoding value ("gzip", "x-gzip", "deflate", "br"); null for others.
    static std::unique_ptr<Decompressor> for_encoding(std::string_view content_encoding);
    virtual ~Decompressor() = default;
    // Appends what `data` decodes to; false (with *error) when the data is not what it claims.
    virtual bool write(const char *data, size_t len, std::string *out, std::string *error) = 0;
    // Whether the stream ended properly (a truncated one did not).
    virtual bool finished() const = 0;
};

}  // namespace edges::http
