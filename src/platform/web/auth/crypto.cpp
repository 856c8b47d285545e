#include "platform/web/auth/crypto.hpp"

#include <sodium.h>

#include <array>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace koers::web::auth {

void InitCrypto() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium kon niet starten");
}

std::string HashPassword(std::string_view password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("onvoldoende geheugen om een wachtwoord te hashen");
    return out;
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    std::string h(hash);  // must be NUL-terminated
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

const std::string& DummyPasswordHash() {
    static const std::string kHash = HashPassword("koers-dummy-password-for-timing");
    return kHash;
}

std::string HashToken(std::string_view token) {
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.data()),
                       token.size(), nullptr, 0);
    char hex[sizeof out * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return hex;
}

bool SafeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

namespace {

// The kernel's random bytes, fetched 4 KB at a time per thread and each handed out once: a
// getrandom call per token (every page's CSRF mask) was 2-3% of a signed-in page.
class RandomPool {
public:
    void Fill(unsigned char* out, size_t n) {
        if (n > kSize) {
            randombytes_buf(out, n);
            return;
        }
        if (kSize - used_ < n) {
            randombytes_buf(pool_.data(), pool_.size());
            used_ = 0;
        }
        std::memcpy(out, pool_.data() + used_, n);
        sodium_memzero(pool_.data() + used_, n);
        used_ += n;
    }

private:
    static constexpr size_t kSize = 4096;
    std::array<unsigned char, kSize> pool_{};
    size_t used_ = kSize;
};

}  // namespace

std::string PkceChallenge(std::string_view verifier) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(verifier.data()),
                       verifier.size());
    std::string out(
        sodium_base64_ENCODED_LEN(sizeof digest, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), digest, sizeof digest,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

std::string SodiumRandom::Token(size_t bytes) {
    thread_local RandomPool pool;
    std::vector<unsigned char> buf(bytes);
    pool.Fill(buf.data(), buf.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(out.data(), out.size(), buf.data(), buf.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

}  // namespace koers::web::auth
