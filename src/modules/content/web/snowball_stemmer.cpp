#include "modules/content/web/snowball_stemmer.hpp"

#include <libstemmer.h>

#include <memory>

namespace koers::web {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string SnowballDutch::Stem(std::string_view w) const {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
        sb_stemmer_new("dutch", "UTF_8"));
    if (!stemmer || w.empty()) return std::string(w);
    const sb_symbol* out = sb_stemmer_stem(
        stemmer.get(), reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
    if (!out) return std::string(w);
    return std::string(reinterpret_cast<const char*>(out),
                       static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

// Dutch diminutives end in -je, -tje, -pje or -etje (plural -s). Which one a word took is a
// matter of its sound, so every reading is offered and the index keeps one it knows:
// "kaartje" is kaart + je, "stoeltje" stoel + tje, "filmpje" film + pje, "balletje" bal + etje.
std::vector<std::string> SnowballDutch::BaseForms(std::string_view w) const {
    std::vector<std::string> out;
    if (w.ends_with("jes")) w.remove_suffix(1);
    if (!w.ends_with("je")) return out;
    auto add = [&](std::string_view suffix) {
        if (!w.ends_with(suffix) || w.size() < suffix.size() + 3) return;
        std::string base(w.substr(0, w.size() - suffix.size()));
        out.push_back(base);
        // A doubled last letter is single in the base: "balletje" -> "ball" -> "bal",
        // "autootje" -> "autoo" -> "auto".
        if (base.size() > 3 && base[base.size() - 1] == base[base.size() - 2]) {
            base.pop_back();
            out.push_back(std::move(base));
        }
    };
    add("je");
    add("tje");
    add("pje");
    add("etje");
    return out;
}

}  // namespace koers::web
