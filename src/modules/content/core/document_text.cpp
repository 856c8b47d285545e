#include "modules/content/core/document_text.hpp"

#include <cstdint>
#include <utility>

#include "platform/core/common/utf8.hpp"

namespace koers::core {
namespace {

// What a tag means for the text around it.
enum class Break { kNone, kSpace, kLine };

Break BreakOf(std::string_view tag) {
    const bool closing = !tag.empty() && tag.front() == '/';
    if (closing) tag.remove_prefix(1);
    size_t end = 0;
    while (end < tag.size() && tag[end] != ' ' && tag[end] != '/' && tag[end] != '\t' &&
           tag[end] != '\n' && tag[end] != '\r')
        ++end;
    std::string_view name = tag.substr(0, end);
    if (const size_t colon = name.find(':'); colon != std::string_view::npos)
        name = name.substr(colon + 1);
    if (closing) {
        if (name == "p" || name == "h" || name == "si" || name == "tr" || name == "table-row")
            return Break::kLine;
        if (name == "tc" || name == "table-cell") return Break::kSpace;
        return Break::kNone;
    }
    if (name == "tab" || name == "s") return Break::kSpace;
    if (name == "br" || name == "line-break" || name == "cr") return Break::kLine;
    return Break::kNone;
}

// Decodes the entity at the start of `s` ("&amp;..."); returns the characters it used, 0 when
// it is not one (the '&' is then kept as it is).
size_t Entity(std::string_view s, std::string& out) {
    static constexpr std::pair<std::string_view, char> kNamed[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    const size_t semi = s.find(';');
    if (semi > 10) return 0;  // also when there is none
    const std::string_view name = s.substr(1, semi - 1);
    for (const auto& [n, c] : kNamed)
        if (name == n) {
            out += c;
            return semi + 1;
        }
    if (name.size() < 2 || name[0] != '#') return 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    uint32_t cp = 0;
    for (char c : name.substr(hex ? 2 : 1)) {
        int digit = -1;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (hex && c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (hex && c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        }
        if (digit < 0 || cp > 0x10FFFF) return 0;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    }
    AppendUtf8(cp, out);
    return semi + 1;
}

void AddBreak(Break b, std::string& out) {
    if (b == Break::kNone || out.empty()) return;
    const char c = b == Break::kLine ? '\n' : ' ';
    if (out.back() == '\n') return;
    if (out.back() == ' ')
        out.back() = c;
    else
        out += c;
}

}  // namespace

void AppendXmlText(std::string_view xml, std::string& out, size_t max_bytes) {
    size_t i = 0;
    while (i < xml.size() && out.size() < max_bytes) {
        const char c = xml[i];
        if (c == '<') {
            const size_t close = xml.find('>', i);
            if (close == std::string_view::npos) break;
            AddBreak(BreakOf(xml.substr(i + 1, close - i - 1)), out);
            i = close + 1;
        } else if (c == '&') {
            const size_t used = Entity(xml.substr(i), out);
            if (used == 0) out += '&';
            i += used == 0 ? 1 : used;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            AddBreak(Break::kSpace, out);
            ++i;
        } else {
            out += c;
            ++i;
        }
    }
    if (out.size() > max_bytes) out.resize(CutUtf8(out, max_bytes).size());
}

}  // namespace koers::core
