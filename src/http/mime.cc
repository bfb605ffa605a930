// SPDX-License-Identifier: MIT
#include "mime.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace edges::http {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char &c : out) c = char(std::tolower((unsigned char)c));
    return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const MimeTypes &MimeTypes::system() {
    static const MimeTypes table = [] {
        MimeTypes t;
        t.load("/etc/mime.types");
        return t;
    }();
    return table;
}

bool MimeTypes::load(const std::string &path) {
    std::ifstream in(path);
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
        size_t hash = line.find('#');
        if (hash != std::string::npos) line.resize(hash);
        std::istringstream words(line);
        std::string type, ext;
        if (!(words >> type)) continue;
        while (words >> ext) add(ext, type);
    }
    return true;
}

void MimeTypes::add(std::string_view ext, std::string_view type) {
    // The first type named for an extension wins, as in nginx's and Apache's readers.
    types_.emplace(lower(ext), std::string(type));
}

std::string_view MimeTypes::lookup(std::string_view filename) const {
    static constexpr std::string_view kDefault = "application/octet-stream";
    size_t slash = filename.find_last_of('/');
    if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
    size_t dot = filename.find_last_of('.');
    if (dot == std::string_view::npos || dot + 1 == filename.size()) return kDefault;
    auto it = types_.find(lower(filename.substr(dot + 1)));
    return it == types_.end() ? kDefault : std::string_view(it->second);
}

bool is_text_type(std::string_view type) {
    return starts_with(type, "text/") || type == "application/javascript" || type == "application/json" ||
           type == "application/xml" || type == "image/svg+xml" || ends_with(type, "+json") ||
           ends_with(type, "+xml");
}

bool is_compressible_type(std::string_view type) {
    size_t semi = type.find(';');
    if (semi != std::string_view::npos) type = type.substr(0, semi);
    while (!type.empty() && type.back() == ' ') type.remove_suffix(1);
    if (is_text_type(type)) return true;
    return type == "application/wasm" || type == "application/x-javascript" ||
           type == "application/manifest+json" || type == "application/x-ndjson" || type == "font/ttf" ||
           type == "font/otf" || type == "application/vnd.ms-fontobject" || type == "image/x-icon" ||
           type == "image/bmp";
}

}  // namespace edges::http
