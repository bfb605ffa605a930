// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "error.h"

typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_st SSL;
typedef struct ssl_session_st SSL_SESSION;
typedef struct bio_st BIO;

namespace edges {

class Stream;
class Timer;
class TlsSession;

// node's tls options (tls.createSecureContext and tls.connect), as the core takes them.
struct TlsOptions {
    std::string cert;                 // PEM text or a path (a chain: leaf first)
    std::string key;                  // PEM text or a path
    std::string passphrase;           // for an encrypted key
    std::string ca;                   // PEM text or a path: trust these instead of the system's store
    bool request_cert = false;        // server: ask the client for a certificate
    bool reject_unauthorized = true;  // refuse a peer that does not verify
    std::vector<std::string> alpn;    // protocols, in preference order
    std::string min_version = "TLSv1.2";
    std::string max_version;  // empty: the newest
    std::string ciphers;      // TLS 1.2 cipher list (TLS 1.3 suites stay OpenSSL's)
    uint64_t handshake_timeout_ms = 10000;
};

// An SSL_CTX built from options, shared by the connections that use it (node's
// SecureContext). A server context may carry others chosen by SNI.
class TlsContext {
public:
    // Chooses the context for a server name (SNI) the client sent; null: this one.
    using SniResolver = std::function<std::shared_ptr<TlsContext>(const std::string &servername)>;

    // A context for a server (`server`) or a client; an Error saying which option is wrong.
    static std::shared_ptr<TlsContext> make(const TlsOptions &options, bool server, Error *error);
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    SSL_CTX *ctx() const { return ctx_; }
    bool server() const { return server_; }
    const TlsOptions &options() const { return options_; }
    void set_sni(SniResolver resolver) { sni_ = std::move(resolver); }

    // Client sessions kept for resumption, by "host:port".
    void keep_session(const std::string &key, SSL_SESSION *session);
    SSL_SESSION *session_for(const std::string &key) const;

private:
    friend class TlsSession;
    TlsContext() = default;
    static int on_servername(SSL *ssl, int *alert, void *arg);
    static int on_alpn(SSL *ssl, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                       unsigned int inlen, void *arg);
    static int on_new_session(SSL *ssl, SSL_SESSION *session);

    SSL_CTX *ctx_ = nullptr;
    bool server_ = false;
    TlsOptions options_;
    std::string alpn_wire_;  // the ALPN list in wire format
    SniResolver sni_;
    std::unordered_map<std::string, SSL_SESSION *> sessions_;
};

// TLS on one Stream: OpenSSL reads ciphertext the stream received and writes what it
// produces straight into the stream's own write path (a BIO of edges' own), so a TLS stream
// keeps the optimistic send and the one queue of a plain one.
class TlsSession {
public:
    TlsSession(Stream &stream, std::shared_ptr<TlsContext> ctx, bool server, const std::string &servername,
               const std::string &session_key);
    ~TlsSession();
    TlsSession(const TlsSession &) = delete;
    TlsSession &operator=(const TlsSession &) = delete;

    // Starts the handshake (a client sends its hello at once). False when OpenSSL failed.
    bool start(Error *error);
    bool handshake_done() const { return done_; }

    // Ciphertext from the socket. Calls the stream's handler (on_secure, on_data); returns
    // false when the session failed (*error set) or the peer sent close_notify (*eof set).
    bool feed(const char *data, size_t len, bool *eof, Error *error);
    // Delivers plaintext OpenSSL holds already (after a resume()).
    bool drain(bool *eof, Error *error);
    bool has_buffered() const;

    // Plaintext to send: encrypted at once after the handshake, held until then.
    bool write(const char *data, size_t len, Error *error);
    size_t held() const { return pending_.size(); }
    // Sends close_notify (once).
    void shutdown();

    // Peer facts, valid after the handshake.
    bool authorized() const { return authorized_; }
    const std::string &authorization_error() const { return auth_error_; }
    const std::string &authorization_code() const { return auth_code_; }
    std::string alpn_protocol() const;
    std::string protocol() const;
    std::string cipher() const;
    std::string servername() const;
    bool session_reused() const;
    // The peer's certificate as "field\tvalue" lines (subject, issuer, valid_from, valid_to,
    // fingerprint256, serialNumber, subjectaltname); empty when there is none.
    std::vector<std::pair<std::string, std::string>> peer_certificate() const;
    TlsContext &context() const { return *ctx_; }

    static int bio_write(BIO *b, const char *data, int len);
    static int bio_read(BIO *b, char *out, int len);

private:
    friend class TlsContext;
    bool step(bool *eof, Error *error);
    bool finish_handshake(Error *error);
    static void on_timeout(Timer &t, void *arg) noexcept;

    Stream &stream_;
    std::shared_ptr<TlsContext> ctx_;
    SSL *ssl_ = nullptr;
    bool server_;
    bool done_ = false;
    bool shut_ = false;
    bool authorized_ = false;
    std::string auth_error_, auth_code_;
    std::string session_key_;
    std::string servername_;
    const char *in_ = nullptr;  // ciphertext being fed, not owned
    size_t in_len_ = 0;
    std::string in_buf_;   // ciphertext left over from a feed
    std::string pending_;  // plaintext written before the handshake ended
    Timer *timer_ = nullptr;
};

// A TLS failure as an Error (`tls` set): OpenSSL's reason as the message ("wrong version
// number", "certificate has expired"), node's code name ("ERR_SSL_WRONG_VERSION_NUMBER",
// "CERT_HAS_EXPIRED").
Error tls_error(const std::string &reason, const std::string &code);
// The Error for what OpenSSL's error queue holds (emptying it).
Error tls_error_from_queue(const char *what);

}  // namespace edges
