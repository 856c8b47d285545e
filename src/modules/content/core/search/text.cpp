#include "modules/content/core/search/text.hpp"

namespace koers::core {

std::vector<Token> Tokenize(std::string_view text) {
    std::vector<Token> out;
    ForEachToken(text, [&](const Token& t) { out.push_back(t); });
    return out;
}

std::string FoldText(std::string_view text) {
    std::string out;
    ForEachToken(text, [&](const Token& t) {
        if (!out.empty()) out.push_back(' ');
        out += t.word;
    });
    return out;
}

}  // namespace koers::core
