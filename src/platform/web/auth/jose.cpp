#include "platform/web/auth/jose.hpp"

#include <cjose/cjose.h>

#include <array>
#include <boost/json.hpp>
#include <memory>
#include <optional>

namespace koers::web::auth {
namespace {

struct JwsRelease {
    void operator()(cjose_jws_t* j) const { cjose_jws_release(j); }
};
struct JwkRelease {
    void operator()(cjose_jwk_t* k) const { cjose_jwk_release(k); }
};
using JwsPtr = std::unique_ptr<cjose_jws_t, JwsRelease>;
using JwkPtr = std::unique_ptr<cjose_jwk_t, JwkRelease>;

// The key type an allowed algorithm needs; nullopt for an algorithm Koers refuses.
std::optional<cjose_jwk_kty_t> KeyTypeFor(std::string_view alg) {
    static constexpr std::array<std::string_view, 6> kRsa = {"RS256", "RS384", "RS512",
                                                             "PS256", "PS384", "PS512"};
    static constexpr std::array<std::string_view, 3> kEc = {"ES256", "ES384", "ES512"};
    for (auto a : kRsa)
        if (a == alg) return CJOSE_JWK_KTY_RSA;
    for (auto a : kEc)
        if (a == alg) return CJOSE_JWK_KTY_EC;
    return std::nullopt;
}

std::string_view StringOf(const boost::json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string_view(v->get_string()) : std::string_view();
}

}  // namespace

JwsCheck VerifyJws(std::string_view compact, std::string_view jwks) {
    JwsCheck out;
    if (compact.empty() || compact.size() > 16384) return out;
    JwsPtr jws(cjose_jws_import(compact.data(), compact.size(), nullptr));
    if (!jws) return out;
    cjose_header_t* header = cjose_jws_get_protected(jws.get());
    const char* alg_c = header ? cjose_header_get(header, CJOSE_HDR_ALG, nullptr) : nullptr;
    if (!alg_c) return out;
    const std::string alg = alg_c;
    if (const char* kid = cjose_header_get(header, CJOSE_HDR_KID, nullptr)) out.key_id = kid;
    const auto kty = KeyTypeFor(alg);
    if (!kty) {
        out.fault = JwsFault::kAlgorithmNotAllowed;
        return out;
    }
    boost::system::error_code ec;
    const auto doc = boost::json::parse(jwks, ec);
    const auto* keys = !ec && doc.is_object() ? doc.get_object().if_contains("keys") : nullptr;
    out.fault = JwsFault::kUnknownKey;
    if (!keys || !keys->is_array()) return out;
    for (const auto& key : keys->get_array()) {
        if (!key.is_object()) continue;
        const auto& k = key.get_object();
        if (!out.key_id.empty() && StringOf(k, "kid") != out.key_id) continue;
        if (auto use = StringOf(k, "use"); !use.empty() && use != "sig") continue;
        if (auto key_alg = StringOf(k, "alg"); !key_alg.empty() && key_alg != alg) continue;
        const std::string text = boost::json::serialize(k);
        JwkPtr jwk(cjose_jwk_import(text.data(), text.size(), nullptr));
        if (!jwk || cjose_jwk_get_kty(jwk.get(), nullptr) != *kty) continue;
        if (!cjose_jws_verify(jws.get(), jwk.get(), nullptr)) {
            out.fault = JwsFault::kBadSignature;
            continue;  // without a kid, another key of the same type may still fit
        }
        uint8_t* plain = nullptr;
        size_t plain_len = 0;
        if (!cjose_jws_get_plaintext(jws.get(), &plain, &plain_len, nullptr)) {
            out.fault = JwsFault::kMalformed;
            return out;
        }
        out.payload.assign(reinterpret_cast<const char*>(plain), plain_len);
        out.fault = JwsFault::kNone;
        return out;
    }
    return out;
}

std::string_view DescribeFault(JwsFault fault) {
    switch (fault) {
        case JwsFault::kNone:
            return "valid";
        case JwsFault::kMalformed:
            return "not a readable JWS";
        case JwsFault::kAlgorithmNotAllowed:
            return "algorithm not allowed";
        case JwsFault::kUnknownKey:
            return "no key of the JWKS fits";
        case JwsFault::kBadSignature:
            return "signature does not verify";
    }
    return "unknown";
}

}  // namespace koers::web::auth
