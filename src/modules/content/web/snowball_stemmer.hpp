#pragma once
// Snowball Dutch (libstemmer) behind core::Stemmer, with the diminutives Snowball leaves alone
// as base forms. One sb_stemmer per thread, because a libstemmer stemmer is not thread-safe.
#include "modules/content/core/search/stemmer.hpp"

namespace koers::web {

class SnowballDutch final : public core::Stemmer {
public:
    std::string Stem(std::string_view folded_word) const override;
    std::vector<std::string> BaseForms(std::string_view folded_word) const override;
};

}  // namespace koers::web
