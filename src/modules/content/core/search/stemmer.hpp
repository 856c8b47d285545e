#pragma once
// Stemming is a port: core's index calls it, the web layer plugs in Snowball Dutch
// (libstemmer), tests may plug in anything. Implementations must be safe to call from several
// threads at once.
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

class Stemmer {
public:
    virtual ~Stemmer() = default;
    // The stem of one folded word ("loopbaangesprekken" -> "loopbaangesprek").
    virtual std::string Stem(std::string_view folded_word) const = 0;
    // Words `folded_word` may be made from, most likely first, tried when the word itself is
    // not in the index: a Dutch diminutive's base ("gesprekje" -> "gesprek", "filmpje" ->
    // "film"). The index keeps the first one it knows.
    virtual std::vector<std::string> BaseForms(std::string_view /*folded_word*/) const {
        return {};
    }
};

// Leaves words as they are (for tests of everything but stemming).
class NoStemmer final : public Stemmer {
public:
    std::string Stem(std::string_view w) const override { return std::string(w); }
};

}  // namespace koers::core
