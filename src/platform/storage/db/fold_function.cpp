#include "platform/storage/db/fold_function.hpp"

#include "platform/core/common/fold.hpp"
#include "platform/core/common/utf8.hpp"

namespace koers::storage {

std::string PostgresFoldFunction() {
    std::string from, to, body = "t";
    // The letters folding changes: ASCII capitals, Latin-1 and Latin Extended-A.
    for (long cp = 0x41; cp < 0x180; ++cp) {
        if (cp > 0x5A && cp < 0xC0) continue;
        std::string letter;
        core::AppendUtf8(static_cast<uint32_t>(cp), letter);
        const std::string folded = core::FoldForSearch(letter);
        if (folded == letter) continue;
        if (core::Utf8Length(folded) == 1) {
            from += letter;
            to += folded;
        } else {
            std::string wrapped = "replace(";
            wrapped.append(body).append(", '").append(letter).append("', '");
            wrapped.append(folded).append("')");
            body = std::move(wrapped);
        }
    }
    return "CREATE OR REPLACE FUNCTION koers_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE "
           "STRICT PARALLEL SAFE AS $fold$ SELECT translate(" +
           body + ", '" + from + "', '" + to + "') $fold$";
}

}  // namespace koers::storage
