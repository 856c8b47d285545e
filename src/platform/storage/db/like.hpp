#pragma once
// Finding typed words in text columns, the same on SQLite and PostgreSQL, in any case and with
// or without accents: `koers_fold(column) LIKE ? ESCAPE '!'` (db/fold_function.hpp) with
// LikeContaining(words) bound.
#include <string>
#include <string_view>

#include "platform/core/common/fold.hpp"

namespace koers::storage {

// A LIKE pattern that finds `words` anywhere in a folded column: the words folded as the column
// is (core::FoldForSearch), their own % _ and ! taken literally (ESCAPE '!').
inline std::string LikeContaining(std::string_view words) {
    std::string pattern = "%";
    for (char c : core::FoldForSearch(words)) {
        if (c == '%' || c == '_' || c == '!') pattern += '!';
        pattern += c;
    }
    return pattern + "%";
}

}  // namespace koers::storage
