// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace edges::http {

// The content codings edges produces.
enum class Coding { kIdentity, kGzip, kBrotli };

// "gzip", "br", or "" for identity.
std::string_view coding_name(Coding c);

// The best coding for a request's Accept-Encoding (RFC 9110 12.5.3): the highest q above 0
// among those allowed here, brotli before gzip on a tie; a coding the client does not name
// is acceptable only through "*". Identity when nothing else is (or the header is absent).
Coding negotiate_coding(std::string_view accept_encoding, bool allow_brotli, bool allow_gzip);

}  // namespace edges::http
