// SPDX-License-Identifier: MIT
#include "core/tls.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/loop.h"
#include "core/stream.h"

namespace edges {
namespace {

// A self-signed ECDSA P-256 pair for "localhost" and 127.0.0.1, made once by the openssl command.
struct Pair {
    std::string dir, cert, key;
    Pair() {
        char tmpl[] = "/tmp/edges-tls-XXXXXX";
        dir = mkdtemp(tmpl);
        cert = dir + "/cert.pem";
        key = dir + "/key.pem";
        std::string cmd =
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "
            "/CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout " +
            key + " -out " + cert + " 2>/dev/null";
        EXPECT_EQ(std::system(cmd.c_str()), 0);
    }
    ~Pair() { std::system(("rm -rf " + dir).c_str()); }
};

const Pair &pair() {
    static Pair p;
    return p;
}

struct Side : StreamHandler {
    std::string data;
    int secure = 0, closes = 0, errors = 0;
    Error error;
    std::string reply;  // written back on the first data
    void on_secure(Stream &) override { secure++; }
    void on_data(Stream &s, const char *d, size_t n) override {
        data.append(d, n);
        if (!reply.empty()) {
            s.write(reply.data(), reply.size());
            reply.clear();
            s.end();
        }
    }
    void on_end(Stream &s) override { s.end(); }
    void on_error(Stream &, const Error &e) override {
        errors++;
        error = e;
    }
    void on_close(Stream &, bool) override { closes++; }
};

struct Link {
    Loop loop;
    Side server_side, client_side;
    Stream *server, *client;
    Link() {
        int fds[2];
        EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds), 0);
        server = new Stream(loop, &server_side);
        client = new Stream(loop, &client_side);
        server->adopt(fds[0], SocketAddress());
        client->adopt(fds[1], SocketAddress());
        server->resume();
        client->resume();
    }
    ~Link() {
        server->dispose();
        client->dispose();
    }
};

std::shared_ptr<TlsContext> server_ctx(std::vector<std::string> alpn = {}) {
    TlsOptions o;
    o.cert = pair().cert;
    o.key = pair().key;
    o.alpn = alpn;
    Error e;
    auto c = TlsContext::make(o, true, &e);
    EXPECT_FALSE(e) << e.message;
    return c;
}

std::shared_ptr<TlsContext> client_ctx(bool trust, std::vector<std::string> alpn = {}) {
    TlsOptions o;
    if (trust) o.ca = pair().cert;
    o.alpn = alpn;
    Error e;
    auto c = TlsContext::make(o, false, &e);
    EXPECT_FALSE(e) << e.message;
    return c;
}

TEST(Tls, HandshakeVerifiesAndCarriesDataBothWays) {
    Link l;
    l.server_side.reply = "pong";
    ASSERT_FALSE(l.server->start_tls(server_ctx({"http/1.1"}), true));
    ASSERT_FALSE(
        l.client->start_tls(client_ctx(true, {"h2", "http/1.1"}), false, "localhost", "localhost:443"));
    std::string big(200000, 'x');
    l.client->write("ping", 4);
    l.client->write(big.data(), big.size());  // before the handshake's end: held, then sent
    l.loop.run();
    EXPECT_EQ(l.server_side.secure, 1);
    EXPECT_EQ(l.client_side.secure, 1);
    EXPECT_EQ(l.server_side.data.substr(0, 4), "ping");
    EXPECT_EQ(l.server_side.data.size(), 4 + big.size());
    EXPECT_EQ(l.client_side.data, "pong");
    EXPECT_TRUE(l.client->tls()->authorized());
    EXPECT_EQ(l.client->tls()->alpn_protocol(), "http/1.1");
    EXPECT_EQ(l.client->tls()->protocol(), "TLSv1.3");
    EXPECT_EQ(l.server->tls()->servername(), "localhost");
    auto cert = l.client->tls()->peer_certificate();
    ASSERT_FALSE(cert.empty());
    EXPECT_EQ(cert[0].second, "CN=localhost");
    EXPECT_EQ(l.client_side.errors, 0);
    EXPECT_EQ(l.server_side.errors, 0);
}

TEST(Tls, AnUntrustedCertificateIsRefusedWithTheReason) {
    Link l;
    ASSERT_FALSE(l.server->start_tls(server_ctx(), true));
    ASSERT_FALSE(l.client->start_tls(client_ctx(false), false, "localhost"));
    l.loop.run();
    EXPECT_EQ(l.client_side.errors, 1);
    EXPECT_TRUE(l.client_side.error.tls);
    EXPECT_EQ(l.client_side.error.name, "DEPTH_ZERO_SELF_SIGNED_CERT");
    EXPECT_EQ(l.client_side.error.message, "self-signed certificate");
    EXPECT_EQ(l.server_side.secure, 0);
}

TEST(Tls, AWrongHostNameIsRefused) {
    Link l;
    ASSERT_FALSE(l.server->start_tls(server_ctx(), true));
    ASSERT_FALSE(l.client->start_tls(client_ctx(true), false, "example.com"));
    l.loop.run();
    EXPECT_EQ(l.client_side.error.name, "ERR_TLS_CERT_ALTNAME_INVALID");
    EXPECT_EQ(l.client_side.error.message, "the certificate does not name example.com (hostname mismatch)");
}

TEST(Tls, NotVerifyingIsTheExplicitWayOut) {
    Link l;
    l.server_side.reply = "ok";
    TlsOptions o;
    o.reject_unauthorized = false;
    Error e;
    ASSERT_FALSE(l.server->start_tls(server_ctx(), true));
    ASSERT_FALSE(l.client->start_tls(TlsContext::make(o, false, &e), false, "localhost"));
    l.client->write("hi", 2);
    l.loop.run();
    EXPECT_EQ(l.client_side.data, "ok");
    EXPECT_FALSE(l.client->tls()->authorized());
    EXPECT_EQ(l.client->tls()->authorization_code(), "DEPTH_ZERO_SELF_SIGNED_CERT");
}

TEST(Tls, GarbageInsteadOfAHelloFailsThatConnectionOnly) {
    Link l;
    ASSERT_FALSE(l.server->start_tls(server_ctx(), true));
    l.client->write("GET / HTTP/1.1\r\n\r\n", 18);
    l.loop.run();
    EXPECT_EQ(l.server_side.errors, 1);
    EXPECT_TRUE(l.server_side.error.tls);
    EXPECT_FALSE(l.server_side.error.message.empty());
    EXPECT_EQ(l.server_side.closes, 1);
}

TEST(Tls, OptionsAreChecked) {
    Error e;
    TlsOptions o;
    o.min_version = "TLSv1";
    EXPECT_EQ(TlsContext::make(o, false, &e), nullptr);
    EXPECT_EQ(e.name, "ERR_TLS_INVALID_PROTOCOL_VERSION");
    TlsOptions s;
    EXPECT_EQ(TlsContext::make(s, true, &e), nullptr);  // a server without a certificate
    TlsOptions bad;
    bad.cert = "/nonexistent.pem";
    bad.key = "/nonexistent.pem";
    EXPECT_EQ(TlsContext::make(bad, true, &e), nullptr);
    EXPECT_TRUE(e.tls);
}

TEST(Tls, SendFileGoesThroughTheCipher) {
    Link l;
    ASSERT_FALSE(l.server->start_tls(server_ctx(), true));
    ASSERT_FALSE(l.client->start_tls(client_ctx(true), false, "localhost"));
    char path[] = "/tmp/edges-tls-file-XXXXXX";
    int fd = mkstemp(path);
    unlink(path);
    std::string content(500000, 'q');
    ASSERT_EQ(write(fd, content.data(), content.size()), ssize_t(content.size()));
    l.server->send_file(std::make_shared<SharedFile>(fd), 1000, 300000);
    l.server->end();
    l.loop.run();
    EXPECT_EQ(l.client_side.data.size(), 300000u);
    EXPECT_EQ(l.client_side.errors, 0);
}

}  // namespace
}  // namespace edges
