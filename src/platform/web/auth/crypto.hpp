#pragma once
// Password hashing (Argon2id), random tokens and token hashing, all through libsodium.
// Every function is thread-safe; InitCrypto() must run once before any of them (main does it).
#include <string>
#include <string_view>

#include "platform/core/common/environment.hpp"

namespace koers::web::auth {

void InitCrypto();

// Argon2id hash in libsodium's encoded form (algorithm, parameters and salt included).
std::string HashPassword(std::string_view password);
// Constant-time verification against HashPassword's output; false for a malformed hash.
bool VerifyPassword(std::string_view hash, std::string_view password);
// A hash to compare against when the account does not exist, so that timing does not reveal
// whether an e-mail address is known.
const std::string& DummyPasswordHash();

// Hex of a keyless BLAKE2b-256 hash: how session and one-time tokens are stored.
std::string HashToken(std::string_view token);
// The PKCE code challenge of a verifier (RFC 7636, S256): base64url of its SHA-256, unpadded.
std::string PkceChallenge(std::string_view verifier);
// Constant-time string comparison (CSRF tokens).
bool SafeEquals(std::string_view a, std::string_view b);

class SodiumRandom final : public core::Random {
public:
    std::string Token(size_t bytes) override;
};

}  // namespace koers::web::auth
