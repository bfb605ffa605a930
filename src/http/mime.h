// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace edges::http {

// File name extensions to media types, read from a mime.types file (Debian's media-types
// package installs /etc/mime.types): "type ext ext ..." per line, '#' comments.
class MimeTypes {
public:
    // /etc/mime.types, read once per process (an empty table when it is missing).
    static const MimeTypes &system();

    MimeTypes() = default;
    // Reads `path`; false when it cannot be read.
    bool load(const std::string &path);
    void add(std::string_view ext, std::string_view type);

    // The type of a file name by its extension (case-insensitive), or
    // "application/octet-stream".
    std::string_view lookup(std::string_view filename) const;
    size_t size() const { return types_.size(); }

private:
    std::unordered_map<std::string, std::string> types_;  // lower-case extension -> type
};

// Whether a type is text a browser reads in a charset (so "; charset=utf-8" is added).
bool is_text_type(std::string_view type);
// Whether compressing a body of this type pays: not images, audio, video, archives or
// fonts that are compressed already (woff2), but text, JSON, XML, JavaScript, SVG, wasm.
bool is_compressible_type(std::string_view type);

}  // namespace edges::http
