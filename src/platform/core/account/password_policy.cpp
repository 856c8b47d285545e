#include "platform/core/account/password_policy.hpp"

#include <array>

#include "platform/core/common/utf8.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

// Passwords of 10+ characters that top the public breach lists, plus Dutch favourites.
constexpr std::array<std::string_view, 40> kCommon = {
    "1234567890",    "12345678910", "0123456789",   "1111111111",    "0000000000",   "1234512345",
    "qwertyuiop",    "asdfghjkl;",  "password12",   "password123",   "password1234", "passw0rd123",
    "wachtwoord",    "wachtwoord1", "wachtwoord12", "wachtwoord123", "welkom1234",   "welkom12345",
    "welkomwelkom",  "iloveyou12",  "abcdefghij",   "abc1234567",    "qwerty1234",   "qwerty12345",
    "1q2w3e4r5t",    "zaq12wsxcd",  "letmein123",   "football12",    "sunshine12",   "princess12",
    "administrator", "admin12345",  "changeme123",  "koers12345",    "koerskoers",   "school1234",
    "school12345",   "loopbaan123", "voetbal123",   "zomer20255"};

bool AllSameChar(std::string_view s) {
    for (char c : s)
        if (c != s.front()) return false;
    return true;
}

}  // namespace

std::optional<std::string> CheckNewPassword(std::string_view password, std::string_view email,
                                            std::string_view name) {
    if (Utf8Length(password) < kMinPasswordLength)
        return "Kies een wachtwoord van minstens 12 tekens.";
    if (password.size() > kMaxPasswordLength)
        return "Kies een wachtwoord van hoogstens 256 tekens.";
    if (!IsCleanText(password, false))
        return "Het wachtwoord bevat tekens die niet zijn toegestaan.";
    std::string lower = AsciiLower(password);
    for (auto common : kCommon)
        if (lower == common)
            return "Dit wachtwoord is te bekend en dus makkelijk te raden. Kies een ander.";
    if (AllSameChar(password))
        return "Een wachtwoord van steeds hetzelfde teken is te makkelijk te raden.";
    if (!email.empty() && lower == AsciiLower(email))
        return "Het e-mailadres is geen goed wachtwoord: kies iets anders.";
    if (!name.empty() && lower == AsciiLower(name))
        return "De naam is geen goed wachtwoord: kies iets anders.";
    return std::nullopt;
}

}  // namespace koers::core
