// SPDX-License-Identifier: MIT
// libFuzzer target: request targets and Range / conditional headers against a FileServer
// over a small tree with a link that leads out. No crash, and never an answer outside the
// rules: a file answer lies within its file, and a path with ".." or an encoded separator
// never gets a file.
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>

#include "http/file_server.h"
#include "http/mime.h"
#include "http/parser.h"

using namespace edges::http;

namespace {

struct HeadKeeper : ParserListener {
    RequestHead head;
    bool got = false;
    bool on_head(RequestHead &h) override {
        head.swap(h);
        got = true;
        return true;
    }
    bool on_body(const char *, size_t) override { return true; }
    bool on_message_complete() override { return false; }
};

FileServer *make_server() {
    char tmpl[] = "/tmp/edges-fuzz-root-XXXXXX";
    std::string root = mkdtemp(tmpl);
    std::ofstream(root + "/a.txt") << "0123456789";
    std::ofstream(root + "/a.txt.gz") << "gz";
    mkdir((root + "/d").c_str(), 0755);
    std::ofstream(root + "/d/index.html") << "<p>";
    symlink("/etc/passwd", (root + "/out").c_str());
    static MimeTypes mime;
    FileServerOptions o;
    o.root = root;
    auto *fs = new FileServer(o, mime);
    if (fs->open()) abort();
    return fs;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FileServer *fs = make_server();
    static uint64_t now = 0;
    std::string in(reinterpret_cast<const char *>(data), size);
    // "<target>\n<range>\n<if-none-match>\n<accept-encoding>"
    std::string parts[4];
    size_t start = 0;
    for (int i = 0; i < 4; i++) {
        size_t nl = in.find('\n', start);
        parts[i] = in.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    for (std::string &p : parts)
        for (char &c : p)
            if (c == '\r' || c == '\n') c = ' ';
    std::string raw = (size & 1 ? "GET " : "HEAD ") + parts[0] + " HTTP/1.1\r\nHost: x\r\n";
    if (!parts[1].empty()) raw += "Range: " + parts[1] + "\r\n";
    if (!parts[2].empty()) raw += "If-None-Match: " + parts[2] + "\r\n";
    if (!parts[3].empty()) raw += "Accept-Encoding: " + parts[3] + "\r\n";
    raw += "\r\n";
    HeadKeeper k;
    RequestParser p(k, RequestParser::Limits{});
    size_t used = 0;
    p.execute(raw.data(), raw.size(), &used);
    if (!k.got) return 0;
    FileAnswer a;
    fs->answer(k.head, now += 100000, &a);  // the cache is looked at again now and then
    if (a.file) {
        if (a.offset + a.length > a.file->size) abort();
        if (a.status != 200 && a.status != 206) abort();
        std::string t = parts[0];
        if (t.find("/out") == 0 && (t.size() == 4 || t[4] == '?' || t[4] == '#')) abort();  // the link out
    }
    if (a.mine && a.status == 206 && a.length == 0) abort();
    return 0;
}
