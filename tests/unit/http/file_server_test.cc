// SPDX-License-Identifier: MIT
#include "http/file_server.h"

#include <brotli/decode.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <fstream>
#include <string>

#include "http/compressor.h"
#include "http/encoding.h"
#include "http/mime.h"
#include "http/parser.h"

namespace edges::http {
namespace {

// A request head parsed from raw text, kept.
struct HeadKeeper : ParserListener {
    RequestHead head;
    bool on_head(RequestHead &h) override {
        head.swap(h);
        return true;
    }
    bool on_body(const char *, size_t) override { return true; }
    bool on_message_complete() override { return false; }
};

RequestHead parse(const std::string &raw) {
    HeadKeeper k;
    RequestParser p(k, RequestParser::Limits{});
    size_t used = 0;
    p.execute(raw.data(), raw.size(), &used);
    return std::move(k.head);
}

RequestHead get(const std::string &target, const std::string &headers = "") {
    return parse("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n");
}

std::string header(const FileAnswer &a, std::string_view name) {
    for (size_t i = 0; i < a.header_count; i++)
        if (a.headers[i].name == name) return std::string(a.headers[i].value);
    return "-";
}

class Root {
public:
    Root() {
        char tmpl[] = "/tmp/edges-fs-XXXXXX";
        path_ = mkdtemp(tmpl);
        char out[] = "/tmp/edges-out-XXXXXX";
        outside_ = mkdtemp(out);
    }
    ~Root() { std::system(("rm -rf " + path_ + " " + outside_).c_str()); }
    void file(const std::string &rel, const std::string &data) { std::ofstream(path_ + "/" + rel) << data; }
    void dir(const std::string &rel) { mkdir((path_ + "/" + rel).c_str(), 0755); }
    const std::string &path() const { return path_; }
    const std::string &outside() const { return outside_; }

private:
    std::string path_, outside_;
};

TEST(ByteRange, ParsesTheOneRangeForms) {
    ByteRange r = parse_range("bytes=10-19", 100);
    EXPECT_EQ(r.result, ByteRange::Result::kRange);
    EXPECT_EQ(r.first, 10u);
    EXPECT_EQ(r.last, 19u);
    r = parse_range("bytes=90-", 100);
    EXPECT_EQ(r.last, 99u);
    r = parse_range("bytes=-10", 100);
    EXPECT_EQ(r.first, 90u);
    r = parse_range("bytes=-1000", 100);
    EXPECT_EQ(r.first, 0u);
    r = parse_range("bytes=50-5000", 100);
    EXPECT_EQ(r.last, 99u);
    EXPECT_EQ(parse_range("bytes=100-", 100).result, ByteRange::Result::kUnsatisfiable);
    EXPECT_EQ(parse_range("bytes=-0", 100).result, ByteRange::Result::kUnsatisfiable);
    EXPECT_EQ(parse_range("bytes=0-0", 0).result, ByteRange::Result::kUnsatisfiable);
    EXPECT_EQ(parse_range("bytes=5-1", 100).result, ByteRange::Result::kNone);
    EXPECT_EQ(parse_range("bytes=0-1,3-4", 100).result, ByteRange::Result::kNone);
    EXPECT_EQ(parse_range("items=0-1", 100).result, ByteRange::Result::kNone);
    EXPECT_EQ(parse_range("bytes=a-b", 100).result, ByteRange::Result::kNone);
    EXPECT_EQ(parse_range("bytes=99999999999999999999-", 100).result, ByteRange::Result::kNone);
}

TEST(EntityTags, WeakComparisonForIfNoneMatch) {
    EXPECT_TRUE(etag_matches("\"a\"", "\"a\""));
    EXPECT_TRUE(etag_matches("W/\"a\"", "\"a\""));
    EXPECT_TRUE(etag_matches("\"x\", \"a\"", "\"a\""));
    EXPECT_TRUE(etag_matches("*", "\"a\""));
    EXPECT_FALSE(etag_matches("\"b\"", "\"a\""));
    EXPECT_FALSE(etag_matches("", "\"a\""));
}

TEST(HttpDate, RoundTripsAndReadsTheOldForms) {
    EXPECT_EQ(format_http_date(784111777), "Sun, 06 Nov 1994 08:49:37 GMT");
    EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), 784111777);
    EXPECT_EQ(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), 784111777);
    EXPECT_EQ(parse_http_date("Sun Nov  6 08:49:37 1994"), 784111777);
    EXPECT_EQ(parse_http_date("yesterday"), -1);
}

TEST(Coding, NegotiatesWithQValues) {
    EXPECT_EQ(negotiate_coding("gzip", true, true), Coding::kGzip);
    EXPECT_EQ(negotiate_coding("gzip, br", true, true), Coding::kBrotli);
    EXPECT_EQ(negotiate_coding("br;q=0.5, gzip", true, true), Coding::kGzip);
    EXPECT_EQ(negotiate_coding("br;q=0, gzip;q=0", true, true), Coding::kIdentity);
    EXPECT_EQ(negotiate_coding("*", true, true), Coding::kBrotli);
    EXPECT_EQ(negotiate_coding("*;q=0.1, gzip;q=0", true, true), Coding::kBrotli);
    EXPECT_EQ(negotiate_coding("gzip, br", false, true), Coding::kGzip);
    EXPECT_EQ(negotiate_coding("deflate, identity", true, true), Coding::kIdentity);
    EXPECT_EQ(negotiate_coding("gzip;q=abc", true, true), Coding::kIdentity);  // malformed: ignored
    EXPECT_EQ(negotiate_coding("GZIP ; Q=1", true, true), Coding::kGzip);
    EXPECT_EQ(negotiate_coding("", true, true), Coding::kIdentity);
}

TEST(Mime, ReadsTheSystemTable) {
    MimeTypes m;
    m.add("html", "text/html");
    EXPECT_EQ(m.lookup("dir/INDEX.HTML"), "text/html");
    EXPECT_EQ(m.lookup("noext"), "application/octet-stream");
    EXPECT_EQ(m.lookup("trailing."), "application/octet-stream");
    if (MimeTypes::system().size() > 0) {
        EXPECT_EQ(MimeTypes::system().lookup("a.css"), "text/css");
        EXPECT_EQ(MimeTypes::system().lookup("a.png"), "image/png");
    }
    EXPECT_TRUE(is_compressible_type("application/json; charset=utf-8"));
    EXPECT_TRUE(is_compressible_type("image/svg+xml"));
    EXPECT_FALSE(is_compressible_type("image/png"));
    EXPECT_FALSE(is_compressible_type("application/zip"));
}

std::string gunzip(const std::string &in) {
    z_stream z{};
    inflateInit2(&z, 15 + 16);
    std::string out(in.size() * 20 + 1024, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(&out[0]);
    z.avail_out = uInt(out.size());
    inflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - z.avail_out);
    inflateEnd(&z);
    return out;
}

TEST(Compressor, EachWriteIsDecodableAndTheStreamEnds) {
    std::string text;
    for (int i = 0; i < 500; i++) text += "line " + std::to_string(i) + " of some text\n";
    auto gz = Compressor::make(Coding::kGzip, 6);
    std::string out;
    ASSERT_TRUE(gz->write(text.data(), 100, false, &out));
    EXPECT_EQ(gunzip(out), text.substr(0, 100));  // a flush: the first part decodes alone
    ASSERT_TRUE(gz->write(text.data() + 100, text.size() - 100, true, &out));
    EXPECT_EQ(gunzip(out), text);
    EXPECT_LT(out.size(), text.size() / 3);

    auto br = Compressor::make(Coding::kBrotli, 4);
    std::string b;
    ASSERT_TRUE(br->write(text.data(), text.size(), true, &b));
    std::string decoded(text.size() + 16, '\0');
    size_t n = decoded.size();
    ASSERT_EQ(BrotliDecoderDecompress(b.size(), reinterpret_cast<const uint8_t *>(b.data()), &n,
                                      reinterpret_cast<uint8_t *>(&decoded[0])),
              BROTLI_DECODER_RESULT_SUCCESS);
    decoded.resize(n);
    EXPECT_EQ(decoded, text);
    EXPECT_EQ(Compressor::make(Coding::kIdentity, 1), nullptr);
}

TEST(FileServer, AnswersFilesIndexesAndRedirects) {
    Root root;
    root.file("a.txt", "hello");
    root.dir("docs");
    root.file("docs/index.html", "<p>");
    FileServerOptions o;
    o.root = root.path();
    MimeTypes mime;
    mime.add("txt", "text/plain");
    mime.add("html", "text/html");
    FileServer fs(o, mime);
    ASSERT_FALSE(fs.open());

    FileAnswer a;
    fs.answer(get("/a.txt"), 0, &a);
    EXPECT_TRUE(a.mine);
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.length, 5u);
    EXPECT_EQ(header(a, "Content-Type"), "text/plain; charset=utf-8");
    EXPECT_NE(header(a, "ETag"), "-");

    FileAnswer b;
    fs.answer(get("/docs"), 0, &b);
    EXPECT_EQ(b.status, 301);
    EXPECT_EQ(header(b, "Location"), "/docs/");
    FileAnswer c;
    fs.answer(get("/docs/"), 0, &c);
    EXPECT_EQ(c.status, 200);
    EXPECT_EQ(c.length, 3u);
    FileAnswer d;
    fs.answer(get("/nope"), 0, &d);
    EXPECT_FALSE(d.mine);
    FileAnswer e;
    fs.answer(parse("POST /a.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"), 0, &e);
    EXPECT_FALSE(e.mine);
    EXPECT_EQ(fs.cached(), 4u);  // a.txt, docs, docs/index.html, nope
}

TEST(FileServer, RefusesEverythingOutsideTheRoot) {
    Root root;
    root.file("in.txt", "in");
    std::ofstream(root.outside() + "/secret") << "secret";
    symlink((root.outside() + "/secret").c_str(), (root.path() + "/out-link").c_str());
    symlink("in.txt", (root.path() + "/rel-link").c_str());
    symlink((root.path() + "/in.txt").c_str(), (root.path() + "/abs-inside").c_str());
    FileServerOptions o;
    o.root = root.path();
    MimeTypes mime;
    FileServer fs(o, mime);
    ASSERT_FALSE(fs.open());
    std::string out = std::string(strrchr(root.outside().c_str(), '/') + 1);
    for (const std::string &t :
         {"/../" + out + "/secret", "/%2e%2e/" + out + "/secret", "/x/..%2f..%2f" + out,
          std::string("/in.txt%00"), std::string("/a%5cb"), std::string("/a\\b"), std::string("/out-link")}) {
        FileAnswer a;
        fs.answer(get(t), 0, &a);
        EXPECT_TRUE(a.mine) << t;
        EXPECT_EQ(a.status, 403) << t;
        EXPECT_FALSE(a.file) << t;
    }
    FileAnswer bad;
    fs.answer(get("/%g0"), 0, &bad);
    EXPECT_EQ(bad.status, 400);
    FileAnswer ok;
    fs.answer(get("/abs-inside"), 0, &ok);
    EXPECT_EQ(ok.status, 200);  // an absolute link that stays inside is followed
    FileAnswer rel;
    fs.answer(get("/rel-link"), 0, &rel);
    EXPECT_EQ(rel.status, 200);
}

TEST(FileServer, AnswersWithANamedFileInsteadOfTheRequestPath) {
    Root root;
    root.file("report 100%.txt", "0123456789");
    root.dir("docs");
    root.file("docs/index.html", "<p>");
    std::ofstream(root.outside() + "/secret") << "secret";
    FileServerOptions o;
    o.root = root.path();
    MimeTypes mime;
    mime.add("txt", "text/plain");
    FileServer fs(o, mime);
    ASSERT_FALSE(fs.open());

    // Taken as it is ('%' and '?' are part of the name), with or without the leading '/';
    // the request still decides the range.
    FileAnswer a;
    fs.answer(get("/download?id=7", "Range: bytes=2-4\r\n"), 0, &a, "report 100%.txt");
    EXPECT_TRUE(a.mine);
    EXPECT_EQ(a.status, 206);
    EXPECT_EQ(a.offset, 2u);
    EXPECT_EQ(a.length, 3u);
    EXPECT_EQ(header(a, "Content-Type"), "text/plain; charset=utf-8");
    FileAnswer b;
    fs.answer(get("/elsewhere"), 0, &b, "/report 100%.txt");
    EXPECT_EQ(b.status, 200);
    EXPECT_EQ(b.length, 10u);
    // A directory gives its index (no URL to redirect); nothing outside the root.
    FileAnswer c;
    fs.answer(get("/x"), 0, &c, "/docs");
    EXPECT_EQ(c.status, 200);
    EXPECT_EQ(c.length, 3u);
    std::string out = std::string(strrchr(root.outside().c_str(), '/') + 1);
    FileAnswer d;
    fs.answer(get("/x"), 0, &d, "../" + out + "/secret");
    EXPECT_EQ(d.status, 403);
    FileAnswer e;
    fs.answer(get("/x"), 0, &e, "/nope");
    EXPECT_FALSE(e.mine);
}

TEST(FileServer, ConditionalsAndRanges) {
    Root root;
    root.file("f", "0123456789");
    FileServerOptions o;
    o.root = root.path();
    MimeTypes mime;
    FileServer fs(o, mime);
    ASSERT_FALSE(fs.open());
    FileAnswer a;
    fs.answer(get("/f"), 0, &a);
    std::string etag = header(a, "ETag");
    FileAnswer n;
    fs.answer(get("/f", "If-None-Match: " + etag + "\r\n"), 0, &n);
    EXPECT_EQ(n.status, 304);
    EXPECT_FALSE(n.file);
    FileAnswer r;
    fs.answer(get("/f", "Range: bytes=2-4\r\n"), 0, &r);
    EXPECT_EQ(r.status, 206);
    EXPECT_EQ(r.offset, 2u);
    EXPECT_EQ(r.length, 3u);
    EXPECT_EQ(header(r, "Content-Range"), "bytes 2-4/10");
    FileAnswer u;
    fs.answer(get("/f", "Range: bytes=10-\r\n"), 0, &u);
    EXPECT_EQ(u.status, 416);
    EXPECT_EQ(header(u, "Content-Range"), "bytes */10");
    FileAnswer stale;
    fs.answer(get("/f", "Range: bytes=2-4\r\nIf-Range: \"old\"\r\n"), 0, &stale);
    EXPECT_EQ(stale.status, 200);
}

TEST(FileServer, TheCacheLooksAgainAfterItsValidity) {
    Root root;
    root.file("f", "one");
    FileServerOptions o;
    o.root = root.path();
    o.cache_valid_ms = 1000;
    MimeTypes mime;
    FileServer fs(o, mime);
    ASSERT_FALSE(fs.open());
    FileAnswer a;
    fs.answer(get("/f"), 0, &a);
    EXPECT_EQ(a.length, 3u);
    root.file("f.new", "three");
    rename((root.path() + "/f.new").c_str(), (root.path() + "/f").c_str());
    FileAnswer b;
    fs.answer(get("/f"), 500 * 1000, &b);  // within the validity: the cached descriptor
    EXPECT_EQ(b.length, 3u);
    FileAnswer c;
    fs.answer(get("/f"), 1500 * 1000, &c);  // after it: looked at again
    EXPECT_EQ(c.length, 5u);
}

TEST(FileServer, ChoosesAPrecompressedSibling) {
    Root root;
    root.file("app.js", std::string(1000, 'x'));
    root.file("app.js.gz", "gz");
    FileServerOptions o;
    o.root = root.path();
    MimeTypes mime;
    FileServer fs(o, mime);
    ASSERT_FALSE(fs.open());
    FileAnswer a;
    fs.answer(get("/app.js", "Accept-Encoding: gzip, br\r\n"), 0, &a);
    EXPECT_EQ(header(a, "Content-Encoding"), "gzip");  // no .br there
    EXPECT_EQ(header(a, "Vary"), "Accept-Encoding");
    EXPECT_EQ(a.length, 2u);
    FileAnswer b;
    fs.answer(get("/app.js"), 0, &b);
    EXPECT_EQ(header(b, "Content-Encoding"), "-");
    EXPECT_EQ(header(b, "Vary"), "Accept-Encoding");
    EXPECT_EQ(b.length, 1000u);
}

}  // namespace
}  // namespace edges::http
