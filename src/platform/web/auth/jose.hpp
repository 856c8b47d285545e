#pragma once
// Verifying a signed JWT (a compact JWS) against a provider's published keys (a JWKS), through
// cjose: Koers writes no JOSE of its own. Only asymmetric signatures are accepted (RS, PS and
// ES with 256, 384 or 512 bits); "none" and HMAC are refused, so a token cannot be signed with
// a public key or not at all. Thread-safe.
#include <string>
#include <string_view>

namespace koers::web::auth {

enum class JwsFault {
    kNone,
    kMalformed,            // not a compact JWS, or its header is unreadable
    kAlgorithmNotAllowed,  // none, HS256 and the like
    kUnknownKey,           // no key of the JWKS fits the header's kid and algorithm
    kBadSignature,
};

struct JwsCheck {
    JwsFault fault = JwsFault::kMalformed;
    std::string payload;  // the signed content, when fault is kNone
    std::string key_id;   // the header's kid, when it has one
};

// Verifies `compact` with the key of `jwks` its header names (kid), or with each key of the
// right type when it names none.
JwsCheck VerifyJws(std::string_view compact, std::string_view jwks);

std::string_view DescribeFault(JwsFault fault);

}  // namespace koers::web::auth
