// SPDX-License-Identifier: MIT
#include "tls.h"

#include <arpa/inet.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "loop.h"
#include "stream.h"
#include "timer.h"

namespace edges {

namespace {

// node's codes for the verification results it names.
const char *verify_code(long v) {
    switch (v) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return "CERT_HAS_EXPIRED";
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return "CERT_NOT_YET_VALID";
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
            return "DEPTH_ZERO_SELF_SIGNED_CERT";
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            return "SELF_SIGNED_CERT_IN_CHAIN";
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
            return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            return "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
        case X509_V_ERR_CERT_REVOKED:
            return "CERT_REVOKED";
        case X509_V_ERR_HOSTNAME_MISMATCH:
        case X509_V_ERR_IP_ADDRESS_MISMATCH:
            return "ERR_TLS_CERT_ALTNAME_INVALID";
        case X509_V_ERR_INVALID_PURPOSE:
            return "INVALID_PURPOSE";
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
            return "CERT_SIGNATURE_FAILURE";
        default:
            return "UNABLE_TO_VERIFY_CERTIFICATE";
    }
}

// "wrong version number" -> "ERR_SSL_WRONG_VERSION_NUMBER", as node names them.
std::string code_from_reason(const std::string &reason) {
    std::string code = "ERR_SSL_";
    for (char c : reason) code += std::isalnum((unsigned char)c) ? char(std::toupper((unsigned char)c)) : '_';
    return code;
}

int version_number(const std::string &v) {
    if (v.empty()) return 0;
    if (v == "TLSv1.2") return TLS1_2_VERSION;
    if (v == "TLSv1.3") return TLS1_3_VERSION;
    return -1;
}

bool is_pem(const std::string &s) { return s.find("-----BEGIN") != std::string::npos; }

// A BIO over a PEM text or a file.
BIO *pem_source(const std::string &s) {
    return is_pem(s) ? BIO_new_mem_buf(s.data(), int(s.size())) : BIO_new_file(s.c_str(), "r");
}

int passphrase_cb(char *buf, int size, int, void *userdata) {
    auto *p = static_cast<const std::string *>(userdata);
    if (!p || p->empty()) return 0;
    int n = std::min(size, int(p->size()));
    memcpy(buf, p->data(), size_t(n));
    return n;
}

Error load_certificate(SSL_CTX *ctx, const TlsOptions &o) {
    BIO *in = pem_source(o.cert);
    if (!in) return tls_error("cannot read the certificate: " + o.cert, "ERR_TLS_CERT");
    X509 *leaf = PEM_read_bio_X509_AUX(in, nullptr, nullptr, nullptr);
    if (!leaf || SSL_CTX_use_certificate(ctx, leaf) != 1) {
        if (leaf) X509_free(leaf);
        BIO_free(in);
        return tls_error_from_queue("certificate");
    }
    X509_free(leaf);
    SSL_CTX_clear_chain_certs(ctx);
    while (X509 *extra = PEM_read_bio_X509(in, nullptr, nullptr, nullptr)) {
        if (SSL_CTX_add0_chain_cert(ctx, extra) != 1) {
            X509_free(extra);
            break;
        }
    }
    ERR_clear_error();  // the end of the chain reads as an error
    BIO_free(in);
    BIO *kin = pem_source(o.key);
    if (!kin) return tls_error("cannot read the key: " + o.key, "ERR_TLS_KEY");
    EVP_PKEY *key =
        PEM_read_bio_PrivateKey(kin, nullptr, passphrase_cb, const_cast<std::string *>(&o.passphrase));
    BIO_free(kin);
    if (!key) return tls_error_from_queue("key");
    int ok = SSL_CTX_use_PrivateKey(ctx, key);
    EVP_PKEY_free(key);
    if (ok != 1 || SSL_CTX_check_private_key(ctx) != 1) return tls_error_from_queue("key");
    return Error{};
}

Error load_ca(SSL_CTX *ctx, const std::string &ca) {
    X509_STORE *store = SSL_CTX_get_cert_store(ctx);
    BIO *in = pem_source(ca);
    if (!in) return tls_error("cannot read the CA certificates: " + ca, "ERR_TLS_CA");
    int n = 0;
    while (X509 *c = PEM_read_bio_X509(in, nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store, c);
        X509_free(c);
        n++;
    }
    ERR_clear_error();
    BIO_free(in);
    if (n == 0) return tls_error("no certificate in the CA option", "ERR_TLS_CA");
    return Error{};
}

int accept_any(int, X509_STORE_CTX *) { return 1; }  // verification recorded, not enforced

BIO_METHOD *edges_bio_method() {
    static BIO_METHOD *m = [] {
        BIO_METHOD *b = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "edges stream");
        BIO_meth_set_write(b, TlsSession::bio_write);
        BIO_meth_set_read(b, TlsSession::bio_read);
        BIO_meth_set_ctrl(b,
                          [](BIO *, int cmd, long, void *) -> long { return cmd == BIO_CTRL_FLUSH ? 1 : 0; });
        BIO_meth_set_create(b, [](BIO *bio) {
            BIO_set_init(bio, 1);
            return 1;
        });
        return b;
    }();
    return m;
}

}  // namespace

Error tls_error(const std::string &reason, const std::string &code) {
    Error e;
    e.code = EPROTO;
    e.tls = true;
    e.name = code;
    e.message = reason;
    return e;
}

Error tls_error_from_queue(const char *what) {
    unsigned long err = ERR_peek_last_error();
    std::string reason;
    if (err) {
        const char *r = ERR_reason_error_string(err);
        reason = r ? r : "unknown error";
    } else {
        reason = std::string(what) + " failed";
    }
    ERR_clear_error();
    return tls_error(reason, code_from_reason(reason));
}

// ---- TlsContext

std::shared_ptr<TlsContext> TlsContext::make(const TlsOptions &o, bool server, Error *error) {
    std::shared_ptr<TlsContext> c(new TlsContext());
    c->server_ = server;
    c->options_ = o;
    c->ctx_ = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    if (!c->ctx_) {
        *error = tls_error_from_queue("SSL_CTX_new");
        return nullptr;
    }
    SSL_CTX *ctx = c->ctx_;
    SSL_CTX_set_app_data(ctx, c.get());
    int min = version_number(o.min_version), max = version_number(o.max_version);
    if (min <= 0 || max < 0) {
        *error = tls_error(
            "minVersion and maxVersion must be 'TLSv1.2' or 'TLSv1.3' (TLS 1.0 and 1.1 are refused)",
            "ERR_TLS_INVALID_PROTOCOL_VERSION");
        return nullptr;
    }
    SSL_CTX_set_min_proto_version(ctx, min);
    if (max) SSL_CTX_set_max_proto_version(ctx, max);
    // No renegotiation (a denial-of-service lever), no compression (CRIME).
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION |
                                 (server ? SSL_OP_CIPHER_SERVER_PREFERENCE : 0));
    // Idle connections give their buffers back: many thousands of them stay cheap.
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    if (!o.ciphers.empty() && SSL_CTX_set_cipher_list(ctx, o.ciphers.c_str()) != 1) {
        *error = tls_error("no cipher matches '" + o.ciphers + "'", "ERR_TLS_INVALID_CIPHERS");
        ERR_clear_error();
        return nullptr;
    }
    if (!o.cert.empty() || !o.key.empty()) {
        if (o.cert.empty() || o.key.empty()) {
            *error = tls_error("cert and key go together", "ERR_TLS_CERT");
            return nullptr;
        }
        Error e = load_certificate(ctx, o);
        if (e) {
            *error = e;
            return nullptr;
        }
    } else if (server) {
        *error = tls_error("a TLS server needs a cert and a key", "ERR_TLS_CERT");
        return nullptr;
    }
    if (!o.ca.empty()) {
        Error e = load_ca(ctx, o.ca);
        if (e) {
            *error = e;
            return nullptr;
        }
    } else if (!server || o.request_cert) {
        SSL_CTX_set_default_verify_paths(ctx);  // the system's store, /etc/ssl/certs
    }
    if (server) {
        SSL_CTX_set_session_id_context(ctx, reinterpret_cast<const unsigned char *>("edges"), 5);
        if (o.request_cert)
            SSL_CTX_set_verify(
                ctx, SSL_VERIFY_PEER | (o.reject_unauthorized ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0),
                o.reject_unauthorized ? nullptr : accept_any);
        SSL_CTX_set_tlsext_servername_callback(ctx, on_servername);
        if (!o.alpn.empty()) SSL_CTX_set_alpn_select_cb(ctx, on_alpn, c.get());
    } else {
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, o.reject_unauthorized ? nullptr : accept_any);
        SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
        SSL_CTX_sess_set_new_cb(ctx, on_new_session);
    }
    for (const std::string &p : o.alpn) {
        if (p.empty() || p.size() > 255) {
            *error = tls_error("an ALPN protocol name is 1 to 255 bytes", "ERR_TLS_INVALID_ALPN");
            return nullptr;
        }
        c->alpn_wire_ += char(p.size());
        c->alpn_wire_ += p;
    }
    if (!server && !c->alpn_wire_.empty())
        SSL_CTX_set_alpn_protos(ctx, reinterpret_cast<const unsigned char *>(c->alpn_wire_.data()),
                                unsigned(c->alpn_wire_.size()));
    return c;
}

TlsContext::~TlsContext() {
    for (auto &s : sessions_) SSL_SESSION_free(s.second);
    if (ctx_) SSL_CTX_free(ctx_);
}

void TlsContext::keep_session(const std::string &key, SSL_SESSION *session) {
    auto it = sessions_.find(key);
    if (it != sessions_.end()) {
        SSL_SESSION_free(it->second);
        it->second = session;
        return;
    }
    if (sessions_.size() >= 1024) {  // a bound: an arbitrary one goes
        SSL_SESSION_free(sessions_.begin()->second);
        sessions_.erase(sessions_.begin());
    }
    sessions_.emplace(key, session);
}

SSL_SESSION *TlsContext::session_for(const std::string &key) const {
    auto it = sessions_.find(key);
    return it == sessions_.end() ? nullptr : it->second;
}

int TlsContext::on_servername(SSL *ssl, int *, void *) {
    auto *session = static_cast<TlsSession *>(SSL_get_app_data(ssl));
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    if (!session || !name) return SSL_TLSEXT_ERR_OK;
    session->servername_ = name;
    TlsContext &base = *session->ctx_;
    if (!base.sni_) return SSL_TLSEXT_ERR_OK;
    std::shared_ptr<TlsContext> other = base.sni_(name);
    if (other && other.get() != &base) {
        SSL_set_SSL_CTX(ssl, other->ctx_);
        // The verification settings stay the base context's (SSL_set_SSL_CTX moves the certificate only).
        session->ctx_ = other;
    }
    return SSL_TLSEXT_ERR_OK;
}

int TlsContext::on_alpn(SSL *, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                        unsigned int inlen, void *arg) {
    auto *c = static_cast<TlsContext *>(arg);
    unsigned char *selected = nullptr;
    int r = SSL_select_next_proto(&selected, outlen,
                                  reinterpret_cast<const unsigned char *>(c->alpn_wire_.data()),
                                  unsigned(c->alpn_wire_.size()), in, inlen);
    if (r != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_ALERT_FATAL;  // no protocol in common: refused, as node
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

int TlsContext::on_new_session(SSL *ssl, SSL_SESSION *session) {
    auto *s = static_cast<TlsSession *>(SSL_get_app_data(ssl));
    if (!s || s->session_key_.empty()) return 0;
    s->ctx_->keep_session(s->session_key_, session);
    return 1;  // the context keeps the reference
}

// ---- TlsSession

TlsSession::TlsSession(Stream &stream, std::shared_ptr<TlsContext> ctx, bool server,
                       const std::string &servername, const std::string &session_key)
    : stream_(stream),
      ctx_(std::move(ctx)),
      server_(server),
      // A session is offered only to the name it was made for: resuming skips the
      // certificate check, so one host's session must never stand for another's.
      session_key_(session_key.empty() ? std::string() : session_key + "/" + servername),
      servername_(servername) {}

TlsSession::~TlsSession() {
    if (timer_) timer_->dispose();
    if (ssl_) SSL_free(ssl_);
}

bool TlsSession::start(Error *error) {
    ssl_ = SSL_new(ctx_->ctx_);
    if (!ssl_) {
        *error = tls_error_from_queue("SSL_new");
        return false;
    }
    BIO *bio = BIO_new(edges_bio_method());
    BIO_set_data(bio, this);
    SSL_set_bio(ssl_, bio, bio);
    SSL_set_app_data(ssl_, this);
    if (server_) {
        SSL_set_accept_state(ssl_);
    } else {
        SSL_set_connect_state(ssl_);
        if (!servername_.empty()) {
            unsigned char ip[16];
            bool is_ip = inet_pton(AF_INET, servername_.c_str(), ip) == 1 ||
                         inet_pton(AF_INET6, servername_.c_str(), ip) == 1;
            if (is_ip) {
                X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl_), servername_.c_str());
            } else {
                SSL_set_tlsext_host_name(ssl_, servername_.c_str());  // SNI
                SSL_set_hostflags(ssl_, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
                SSL_set1_host(ssl_, servername_.c_str());
            }
        }
        if (SSL_SESSION *s = ctx_->session_for(session_key_)) SSL_set_session(ssl_, s);
    }
    uint64_t timeout = ctx_->options_.handshake_timeout_ms;
    if (timeout) {
        timer_ = new Timer(stream_.loop(), on_timeout, this);
        timer_->unref();
        timer_->start(timeout * 1000, 0);
    }
    if (!server_) {
        bool eof = false;
        return step(&eof, error);  // the ClientHello goes out now
    }
    return true;
}

void TlsSession::on_timeout(Timer &, void *arg) noexcept {
    auto *self = static_cast<TlsSession *>(arg);
    if (self->done_) return;
    self->stream_.destroy(tls_error("TLS handshake timed out", "ERR_TLS_HANDSHAKE_TIMEOUT"));
}

int TlsSession::bio_write(BIO *b, const char *data, int len) {
    auto *self = static_cast<TlsSession *>(BIO_get_data(b));
    self->stream_.write_ciphertext(data, size_t(len));
    return len;  // the stream queues what the kernel does not take: a write never blocks
}

int TlsSession::bio_read(BIO *b, char *out, int len) {
    auto *self = static_cast<TlsSession *>(BIO_get_data(b));
    BIO_clear_retry_flags(b);
    size_t want = size_t(len), n = 0;
    if (!self->in_buf_.empty()) {
        n = std::min(want, self->in_buf_.size());
        memcpy(out, self->in_buf_.data(), n);
        self->in_buf_.erase(0, n);
        // An idle connection keeps no copy buffer (a handshake's can be many KB).
        if (self->in_buf_.empty()) std::string().swap(self->in_buf_);
    } else if (self->in_len_ > 0) {
        n = std::min(want, self->in_len_);
        memcpy(out, self->in_, n);
        self->in_ += n;
        self->in_len_ -= n;
    }
    if (n == 0) {
        BIO_set_retry_read(b);
        return -1;
    }
    return int(n);
}

bool TlsSession::has_buffered() const { return ssl_ && (SSL_pending(ssl_) > 0 || !in_buf_.empty()); }

bool TlsSession::feed(const char *data, size_t len, bool *eof, Error *error) {
    in_ = data;
    in_len_ = len;
    bool ok = step(eof, error);
    // What OpenSSL did not take yet lives in the loop's shared buffer: keep a copy.
    if (in_len_ > 0) in_buf_.append(in_, in_len_);
    in_ = nullptr;
    in_len_ = 0;
    return ok;
}

bool TlsSession::drain(bool *eof, Error *error) { return step(eof, error); }

bool TlsSession::step(bool *eof, Error *error) {
    if (!done_) {
        ERR_clear_error();
        int r = SSL_do_handshake(ssl_);
        if (r != 1) {
            int e = SSL_get_error(ssl_, r);
            if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return true;
            long v = SSL_get_verify_result(ssl_);
            if (!server_ && v != X509_V_OK && ctx_->options_.reject_unauthorized) {
                ERR_clear_error();
                std::string why = X509_verify_cert_error_string(v);
                // node says which name: "Hostname/IP does not match certificate's altnames".
                if (v == X509_V_ERR_HOSTNAME_MISMATCH || v == X509_V_ERR_IP_ADDRESS_MISMATCH)
                    why = "the certificate does not name " + servername_ + " (" + why + ")";
                *error = tls_error(why.c_str(), verify_code(v));
            } else {
                *error = tls_error_from_queue("handshake");
            }
            return false;
        }
        if (!finish_handshake(error)) return false;
        if (stream_.closed() || stream_.disposed()) return true;
    }
    char *buf = stream_.loop().plain_buffer();
    while (stream_.wants_read()) {
        ERR_clear_error();
        int n = SSL_read(ssl_, buf, int(Loop::kReadBufferSize));
        if (n > 0) {
            stream_.deliver_plaintext(buf, size_t(n));
            if (stream_.closed() || stream_.disposed()) return true;
            // Nothing left to decrypt: the next SSL_read would only say WANT_READ (one call
            // and an error-queue reset per read saved on the keep-alive path).
            if (in_len_ == 0 && in_buf_.empty() && !SSL_has_pending(ssl_)) return true;
            continue;
        }
        int e = SSL_get_error(ssl_, n);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) return true;
        if (e == SSL_ERROR_ZERO_RETURN) {
            *eof = true;  // close_notify
            return false;
        }
        *error = tls_error_from_queue("read");
        return false;
    }
    return true;
}

bool TlsSession::finish_handshake(Error *error) {
    done_ = true;
    if (timer_) timer_->cancel();
    X509 *peer = SSL_get1_peer_certificate(ssl_);
    long v = SSL_get_verify_result(ssl_);
    if (peer && v == X509_V_OK) {
        authorized_ = true;
    } else if (!peer) {
        authorized_ = false;
        auth_error_ = "no peer certificate";
        auth_code_ = "ERR_TLS_NO_PEER_CERTIFICATE";
    } else {
        authorized_ = false;
        auth_error_ = X509_verify_cert_error_string(v);
        auth_code_ = verify_code(v);
    }
    if (peer) X509_free(peer);
    if (!pending_.empty()) {
        std::string out;
        out.swap(pending_);
        if (!write(out.data(), out.size(), error)) return false;
    }
    stream_.tls_secure();
    return true;
}

bool TlsSession::write(const char *data, size_t len, Error *error) {
    if (!done_) {
        pending_.append(data, len);
        return true;
    }
    while (len > 0) {
        int n = int(std::min<size_t>(len, 1 << 30));
        ERR_clear_error();
        int r = SSL_write(ssl_, data, n);
        if (r <= 0) {
            *error = tls_error_from_queue("write");
            return false;
        }
        data += r;
        len -= size_t(r);
    }
    return true;
}

void TlsSession::shutdown() {
    if (shut_ || !done_ || !ssl_) return;
    shut_ = true;
    ERR_clear_error();
    SSL_shutdown(ssl_);  // close_notify, into the stream's queue
    ERR_clear_error();
}

std::string TlsSession::alpn_protocol() const {
    const unsigned char *p = nullptr;
    unsigned int n = 0;
    if (ssl_) SSL_get0_alpn_selected(ssl_, &p, &n);
    return p ? std::string(reinterpret_cast<const char *>(p), n) : std::string();
}

std::string TlsSession::protocol() const { return ssl_ && done_ ? SSL_get_version(ssl_) : ""; }

std::string TlsSession::cipher() const {
    const char *c = ssl_ && done_ ? SSL_get_cipher_name(ssl_) : nullptr;
    return c ? c : "";
}

std::string TlsSession::servername() const { return servername_; }

bool TlsSession::session_reused() const { return ssl_ && SSL_session_reused(ssl_); }

std::vector<std::pair<std::string, std::string>> TlsSession::peer_certificate() const {
    std::vector<std::pair<std::string, std::string>> out;
    X509 *c = ssl_ ? SSL_get1_peer_certificate(ssl_) : nullptr;
    if (!c) return out;
    auto bio_string = [](BIO *b) {
        char *p = nullptr;
        long n = BIO_get_mem_data(b, &p);
        std::string s(p, size_t(n));
        BIO_free(b);
        return s;
    };
    auto name = [&](X509_NAME *n) {
        BIO *b = BIO_new(BIO_s_mem());
        X509_NAME_print_ex(b, n, 0, XN_FLAG_RFC2253);
        return bio_string(b);
    };
    auto time = [&](const ASN1_TIME *t) {
        BIO *b = BIO_new(BIO_s_mem());
        ASN1_TIME_print(b, t);
        return bio_string(b);
    };
    out.emplace_back("subject", name(X509_get_subject_name(c)));
    out.emplace_back("issuer", name(X509_get_issuer_name(c)));
    out.emplace_back("valid_from", time(X509_get0_notBefore(c)));
    out.emplace_back("valid_to", time(X509_get0_notAfter(c)));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    X509_digest(c, EVP_sha256(), md, &mdlen);
    std::string fp;
    char hex[4];
    for (unsigned i = 0; i < mdlen; i++) {
        snprintf(hex, sizeof(hex), i ? ":%02X" : "%02X", md[i]);
        fp += hex;
    }
    out.emplace_back("fingerprint256", fp);
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(c), nullptr);
    if (bn) {
        char *h = BN_bn2hex(bn);
        out.emplace_back("serialNumber", h ? h : "");
        OPENSSL_free(h);
        BN_free(bn);
    }
    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(c, NID_subject_alt_name, nullptr, nullptr));
    if (names) {
        std::string san;
        for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
            const GENERAL_NAME *g = sk_GENERAL_NAME_value(names, i);
            std::string item;
            if (g->type == GEN_DNS) {
                item =
                    "DNS:" + std::string(reinterpret_cast<const char *>(ASN1_STRING_get0_data(g->d.dNSName)),
                                         size_t(ASN1_STRING_length(g->d.dNSName)));
            } else if (g->type == GEN_IPADD) {
                char ip[INET6_ADDRSTRLEN] = "";
                int len = ASN1_STRING_length(g->d.iPAddress);
                inet_ntop(len == 16 ? AF_INET6 : AF_INET, ASN1_STRING_get0_data(g->d.iPAddress), ip,
                          sizeof(ip));
                item = std::string("IP Address:") + ip;
            } else {
                continue;
            }
            if (!san.empty()) san += ", ";
            san += item;
        }
        GENERAL_NAMES_free(names);
        out.emplace_back("subjectaltname", san);
    }
    X509_free(c);
    return out;
}

}  // namespace edges
