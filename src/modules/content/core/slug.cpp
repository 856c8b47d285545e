#include "modules/content/core/slug.hpp"

#include <array>

#include "modules/content/core/search/text.hpp"

namespace koers::core {

std::string Slugify(std::string_view text) {
    std::string out;
    ForEachToken(text, [&](const Token& t) {
        if (out.size() + 1 + t.word.size() > 80) return;
        for (char c : t.word)
            if (static_cast<unsigned char>(c) >= 0x80) return;  // other scripts: left out
        if (!out.empty()) out.push_back('-');
        out += t.word;
    });
    return out;
}

bool IsValidSlug(std::string_view s) {
    if (s.size() < 2 || s.size() > 80 || s.front() == '-' || s.back() == '-') return false;
    char prev = 0;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && prev == '-')) return false;
        prev = c;
    }
    return true;
}

bool IsReservedTopLevel(std::string_view slug) {
    static constexpr std::array<std::string_view, 25> kReserved{"nieuws",
                                                                "kennisbank",
                                                                "praktijkvoorbeelden",
                                                                "vacatures",
                                                                "zoeken",
                                                                "redactie",
                                                                "beheer",
                                                                "inloggen",
                                                                "uitloggen",
                                                                "account",
                                                                "static",
                                                                "scholen",
                                                                "regios",
                                                                "dashboard",
                                                                "healthz",
                                                                "metrics",
                                                                "bijlagen",
                                                                "wachtwoord-vergeten",
                                                                "feed",
                                                                "wachtwoord-instellen",
                                                                "uitnodiging",
                                                                "api",
                                                                "themas",
                                                                "taxonomie",
                                                                "scan"};
    for (auto r : kReserved)
        if (r == slug) return true;
    return false;
}

}  // namespace koers::core
