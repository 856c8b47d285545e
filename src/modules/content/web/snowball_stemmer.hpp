#pragma once
// Snowball Dutch (libstemmer) behind core::Stemmer. One sb_stemmer per thread, because a
// libstemmer stemmer is not thread-safe.
#include "modules/content/core/search/stemmer.hpp"

namespace koers::web {

class SnowballDutch final : public core::Stemmer {
public:
    std::string Stem(std::string_view folded_word) const override;
};

}  // namespace koers::web
