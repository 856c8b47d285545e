#pragma once
// Finding typed words in text columns, the same on SQLite and PostgreSQL.
#include <string>
#include <string_view>

namespace koers::storage {

// A LIKE pattern that finds `words` anywhere, its own % _ and ! taken literally (ESCAPE '!'),
// its ASCII letters lower-case to meet LOWER() of the column on both databases. The condition
// is written `LOWER(column) LIKE ? ESCAPE '!'`. Letters beyond ASCII compare as they are:
// SQLite's LOWER leaves them.
inline std::string LikeContaining(std::string_view words) {
    std::string pattern = "%";
    for (char c : words) {
        if (c == '%' || c == '_' || c == '!') pattern += '!';
        pattern += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return pattern + "%";
}

}  // namespace koers::storage
