#include "platform/core/account/activation.hpp"

#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

// 32 letters and digits that cannot be read as one another: no 0, 1, I or O.
constexpr std::string_view kAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr std::string_view kBase64Url =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

}  // namespace

std::string ActivationCodeFrom(std::string_view random_token) {
    std::string out;
    out.reserve(kActivationCodeLength);
    for (char c : random_token) {
        const size_t at = kBase64Url.find(c);
        if (at == std::string_view::npos) continue;
        out += kAlphabet[at % kAlphabet.size()];  // 64 values onto 32: two each, evenly
        if (out.size() == kActivationCodeLength) break;
    }
    return out;
}

std::string FormatActivationCode(std::string_view code) {
    std::string out;
    for (size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0) out += '-';
        out += code[i];
    }
    return out;
}

std::optional<std::string> ReadActivationCode(std::string_view typed) {
    if (typed.size() > 64) return std::nullopt;
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
        out += c;
    }
    if (out.size() != kActivationCodeLength) return std::nullopt;
    return out;
}

std::optional<std::string> StudentSignInName(std::string_view local_id, std::string_view brin) {
    if (local_id.empty() || brin.empty()) return std::nullopt;
    for (char c : local_id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c == '-' || c == '_'))
            return std::nullopt;
    return AsciiLower(local_id) + "." + AsciiLower(brin);
}

bool IsMailAddress(std::string_view sign_in_name) { return LooksLikeEmail(sign_in_name); }

}  // namespace koers::core
