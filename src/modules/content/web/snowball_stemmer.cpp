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

}  // namespace koers::web
