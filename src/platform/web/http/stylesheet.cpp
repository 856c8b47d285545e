#include "platform/web/http/stylesheet.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace koers::web {
namespace {

constexpr std::string_view kPrefix = "utrecht-";

bool IsNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// The position after the string literal opening at `at` (a quote), or the end.
size_t SkipString(std::string_view s, size_t at) {
    const char quote = s[at];
    for (size_t i = at + 1; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == quote)
            return i + 1;
    }
    return s.size();
}

// `css` without comments; comments naming a licence are added to `notices`, once each.
std::string StripComments(std::string_view css, std::vector<std::string>& notices) {
    std::string out;
    out.reserve(css.size());
    for (size_t i = 0; i < css.size();) {
        if (css[i] == '"' || css[i] == '\'') {
            const size_t end = SkipString(css, i);
            out.append(css.substr(i, end - i));
            i = end;
        } else if (css.compare(i, 2, "/*") == 0) {
            size_t end = css.find("*/", i + 2);
            end = end == std::string_view::npos ? css.size() : end + 2;
            std::string comment(css.substr(i, end - i));
            if (comment.find("@license") != std::string::npos &&
                std::find(notices.begin(), notices.end(), comment) == notices.end())
                notices.push_back(std::move(comment));
            out.push_back(' ');
            i = end;
        } else {
            out.push_back(css[i++]);
        }
    }
    return out;
}

// Whitespace runs outside strings become one space; none at either end.
std::string Squeeze(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '"' || s[i] == '\'') {
            const size_t end = SkipString(s, i);
            out.append(s.substr(i, end - i));
            i = end;
        } else if (IsSpace(s[i])) {
            while (i < s.size() && IsSpace(s[i])) ++i;
            if (!out.empty() && i < s.size()) out.push_back(' ');
        } else {
            out.push_back(s[i++]);
        }
    }
    return out;
}

// The position of the first of `stops` in `s` from `from` on, outside strings and brackets; the
// size of `s` when there is none.
size_t FindTop(std::string_view s, size_t from, std::string_view stops) {
    int depth = 0;
    for (size_t i = from; i < s.size();) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
            i = SkipString(s, i);
            continue;
        }
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        else if (depth == 0 && stops.find(c) != std::string_view::npos)
            return i;
        ++i;
    }
    return s.size();
}

// The pieces of `s` between top-level occurrences of `sep` (outside strings and brackets).
std::vector<std::string_view> SplitTop(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
        const size_t at = FindTop(s, start, std::string_view(&sep, 1));
        parts.push_back(s.substr(start, at - start));
        if (at >= s.size()) return parts;
        start = at + 1;
    }
}

struct Declaration {
    std::string name;   // "color", "--utrecht-button-color"
    std::string value;  // squeezed
    bool Custom() const { return name.starts_with("--"); }
};

// A style rule (selectors and declarations), a block at-rule around rules (@media, @supports,
// @container, @layer, @keyframes) or any other at-rule (kept as written, squeezed).
struct Item {
    enum Kind { kRule, kGroup, kOther } kind = kRule;
    std::string head;  // the selector list or the at-rule's prelude
    std::vector<Declaration> declarations;
    std::vector<Item> items;
    std::string raw;  // kOther: the whole at-rule
};

bool GroupsRules(std::string_view head) {
    for (std::string_view at : {"@media", "@supports", "@container", "@layer", "@keyframes",
                                "@-webkit-keyframes", "@scope", "@starting-style"})
        if (head.starts_with(at)) return true;
    return false;
}

std::vector<Declaration> ParseDeclarations(std::string_view body) {
    std::vector<Declaration> out;
    for (std::string_view part : SplitTop(body, ';')) {
        const size_t colon = part.find(':');
        if (colon == std::string_view::npos) continue;
        Declaration d{Squeeze(part.substr(0, colon)), Squeeze(part.substr(colon + 1))};
        if (!d.name.empty()) out.push_back(std::move(d));
    }
    return out;
}

class Parser {
public:
    explicit Parser(std::string_view css) : s_(css) {}

    // Items up to the end, or (`nested`) up to and including the '}' closing the enclosing
    // block. A stray '}' at the top is skipped.
    std::vector<Item> Items(bool nested = false) {
        std::vector<Item> items;
        while (true) {
            while (at_ < s_.size() && IsSpace(s_[at_])) ++at_;
            if (at_ >= s_.size()) return items;
            if (s_[at_] == '}') {
                ++at_;
                if (nested) return items;
                continue;
            }
            const size_t start = at_;
            const char stop = ScanTo("{;");
            std::string head = Squeeze(s_.substr(start, at_ - start));
            if (stop != '{') {  // a statement at-rule (@charset, @import) or stray text
                if (at_ < s_.size()) ++at_;
                if (head.starts_with('@') && !head.starts_with("@charset"))
                    items.push_back(Item{Item::kOther, {}, {}, {}, head + ";"});
                continue;
            }
            ++at_;  // '{'
            if (GroupsRules(head)) {
                items.push_back(Item{Item::kGroup, std::move(head), {}, Items(true), {}});
                continue;
            }
            const size_t body_start = at_;
            const bool nested = SkipBlock();
            std::string_view body = s_.substr(body_start, at_ - 1 - body_start);
            if (nested || head.starts_with('@'))
                items.push_back(Item{Item::kOther, {}, {}, {}, head + "{" + Squeeze(body) + "}"});
            else
                items.push_back(
                    Item{Item::kRule, std::move(head), ParseDeclarations(body), {}, {}});
        }
    }

private:
    // Moves to the first of `stops` outside strings and brackets (or the end); returns it.
    char ScanTo(std::string_view stops) {
        at_ = FindTop(s_, at_, stops);
        return at_ < s_.size() ? s_[at_] : '\0';
    }
    // From inside a block to just past its closing '}'; whether it held a nested block.
    bool SkipBlock() {
        bool nested = false;
        int depth = 1;
        while (at_ < s_.size() && depth > 0) {
            const char c = s_[at_];
            if (c == '"' || c == '\'') {
                at_ = SkipString(s_, at_);
                continue;
            }
            if (c == '{')
                ++depth, nested = true;
            else if (c == '}')
                --depth;
            ++at_;
        }
        return nested;
    }

    std::string_view s_;
    size_t at_ = 0;
};

// Whether every `utrecht-` class of `selector` outside parentheses is in `used`.
bool Matches(std::string_view selector, const std::set<std::string, std::less<>>& used) {
    int depth = 0;
    for (size_t i = 0; i < selector.size(); ++i) {
        const char c = selector[i];
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (c == '.' && depth == 0 && selector.substr(i + 1).starts_with(kPrefix)) {
            size_t end = i + 1;
            while (end < selector.size() && IsNameChar(selector[end])) ++end;
            if (!used.contains(selector.substr(i + 1, end - i - 1))) return false;
            i = end - 1;
        }
    }
    return true;
}

// The selectors of `head` that match, joined by commas; empty when none does.
std::string KeptSelectors(std::string_view head, const std::set<std::string, std::less<>>& used) {
    std::string out;
    for (std::string_view selector : SplitTop(head, ',')) {
        std::string s = Squeeze(selector);
        if (s.empty() || !Matches(s, used)) continue;
        if (!out.empty()) out.push_back(',');
        out += s;
    }
    return out;
}

using Names = std::set<std::string, std::less<>>;

// The custom properties `text` reads with var(--name ...).
void VarsIn(std::string_view text, Names& into) {
    for (size_t at = 0; (at = text.find("var(", at)) != std::string_view::npos;) {
        at += 4;
        while (at < text.size() && IsSpace(text[at])) ++at;
        size_t end = at;
        while (end < text.size() && IsNameChar(text[end])) ++end;
        if (text.substr(at).starts_with("--")) into.emplace(text.substr(at, end - at));
    }
}

// Writes the kept part of `items`; a custom property is written only when `needed` holds it
// (all are when `needed` is null). Empty rules and groups are left out.
void Emit(const std::vector<Item>& items, const Names& used, const Names* needed,
          std::string& out) {
    for (const Item& item : items) {
        if (item.kind == Item::kOther) {
            out += item.raw;
        } else if (item.kind == Item::kGroup) {
            std::string inner;
            Emit(item.items, used, needed, inner);
            if (!inner.empty()) out.append(item.head).append("{").append(inner).append("}");
        } else {
            const std::string selectors = KeptSelectors(item.head, used);
            if (selectors.empty()) continue;
            std::string body;
            for (const Declaration& d : item.declarations) {
                if (needed != nullptr && d.Custom() && !needed->contains(d.name)) continue;
                if (!body.empty()) body.push_back(';');
                body.append(d.name).append(":").append(d.value);
            }
            if (!body.empty()) out.append(selectors).append("{").append(body).append("}");
        }
    }
}

// Every value given to each custom property in `items`, whatever the selector.
void TokenValues(const std::vector<Item>& items, std::multimap<std::string, std::string>& into) {
    for (const Item& item : items) {
        TokenValues(item.items, into);
        for (const Declaration& d : item.declarations)
            if (d.Custom()) into.emplace(d.name, d.value);
    }
}

// Values of the non-custom declarations in `items` (they stay, so what they read is needed).
void PlainValues(const std::vector<Item>& items, std::string& into) {
    for (const Item& item : items) {
        PlainValues(item.items, into);
        for (const Declaration& d : item.declarations)
            if (!d.Custom()) into.append(d.value).append(";");
    }
}

}  // namespace

std::set<std::string, std::less<>> ClassesIn(std::string_view markup, std::string_view prefix) {
    std::set<std::string, std::less<>> out;
    for (size_t at = 0; (at = markup.find(prefix, at)) != std::string_view::npos;) {
        const bool starts = at == 0 || !IsNameChar(markup[at - 1]);
        size_t end = at + prefix.size();
        while (end < markup.size() && IsNameChar(markup[end])) ++end;
        if (starts) out.emplace(markup.substr(at, end - at));
        at = end;
    }
    return out;
}

std::string AssembleStylesheet(const StylesheetSources& sources) {
    const Names used = ClassesIn(sources.markup, kPrefix);
    std::vector<std::string> notices;
    const std::vector<Item> tokens = Parser(StripComments(sources.tokens, notices)).Items();
    const std::vector<Item> components = Parser(StripComments(sources.components, notices)).Items();

    const std::vector<Item> own = Parser(StripComments(sources.own, notices)).Items();
    std::string kept_components, kept_own;
    Emit(components, used, nullptr, kept_components);
    Emit(own, used, nullptr, kept_own);

    // The tokens something reads, and the tokens those read in turn.
    std::multimap<std::string, std::string> values;
    TokenValues(tokens, values);
    std::string readers = kept_components + kept_own;
    PlainValues(tokens, readers);
    Names needed;
    VarsIn(readers, needed);
    std::vector<std::string> pending(needed.begin(), needed.end());
    while (!pending.empty()) {
        const std::string name = std::move(pending.back());
        pending.pop_back();
        auto [from, to] = values.equal_range(name);
        for (auto it = from; it != to; ++it) {
            Names read;
            VarsIn(it->second, read);
            for (const std::string& r : read)
                if (needed.insert(r).second) pending.push_back(r);
        }
    }

    std::string out;
    for (const std::string& notice : notices) out.append(notice).append("\n");
    Emit(tokens, used, &needed, out);
    out.append(kept_components).append(kept_own);
    return out;
}

}  // namespace koers::web
