#include "modules/content/core/search/query.hpp"

#include "modules/content/core/search/text.hpp"
#include "platform/core/common/utf8.hpp"

namespace koers::core {
namespace {

bool IsQuote(std::string_view s, size_t i, size_t& len) {
    if (s[i] == '"') return len = 1, true;
    // “ ” „ (U+201C, U+201D, U+201E) as typed by word processors and phones.
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(s[i + 2]);
        if (c == 0x9C || c == 0x9D || c == 0x9E) return len = 3, true;
    }
    return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool ParsedQuery::HasPositive() const {
    for (const auto& c : clauses)
        if (!c.negated) return true;
    return false;
}

ParsedQuery ParseQuery(std::string_view raw) {
    ParsedQuery q;
    std::vector<std::string> notices;
    std::string_view text = CutUtf8(raw, kMaxQueryBytes);
    if (text.size() < raw.size())
        notices.emplace_back("Uw zoekvraag was erg lang; Koers zocht met het begin ervan.");

    // Control characters become spaces.
    std::string clean(text);
    for (char& c : clean)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';

    bool unbalanced = false;
    size_t i = 0;
    while (i < clean.size()) {
        if (IsSpace(clean[i])) {
            ++i;
            continue;
        }
        bool negated = false;
        if (clean[i] == '-' && i + 1 < clean.size() && !IsSpace(clean[i + 1])) {
            negated = true;
            ++i;
        }
        size_t qlen = 0;
        if (IsQuote(clean, i, qlen)) {
            size_t start = i + qlen;
            size_t end = start, close_len = 0;
            while (end < clean.size() && !IsQuote(clean, end, close_len)) ++end;
            const bool closed = end < clean.size();
            if (!closed) unbalanced = true;
            QueryClause c;
            for (auto& t : Tokenize(std::string_view(clean).substr(start, end - start)))
                c.words.push_back(std::move(t.word));
            c.negated = negated;
            c.phrase = closed && c.words.size() > 1;
            if (!closed) {
                // Without its closing quote the text is used as loose words.
                for (auto& w : c.words) q.clauses.push_back({{std::move(w)}, negated, false});
            } else if (!c.words.empty()) {
                q.clauses.push_back(std::move(c));
            }
            i = closed ? end + close_len : end;
            continue;
        }
        size_t end = i;
        while (end < clean.size() && !IsSpace(clean[end]) && !IsQuote(clean, end, qlen)) ++end;
        // "LOB-scan" or "auto's": the pieces of one written word are a phrase.
        QueryClause c;
        for (auto& t : Tokenize(std::string_view(clean).substr(i, end - i)))
            c.words.push_back(std::move(t.word));
        c.negated = negated;
        c.phrase = c.words.size() > 1;
        if (!c.words.empty()) q.clauses.push_back(std::move(c));
        i = end;
    }
    if (unbalanced)
        notices.emplace_back(
            "Er ontbrak een afsluitend aanhalingsteken; Koers zocht op de losse woorden.");
    if (q.clauses.size() > kMaxQueryClauses) {
        q.clauses.resize(kMaxQueryClauses);
        notices.emplace_back("Koers gebruikte de eerste " + std::to_string(kMaxQueryClauses) +
                             " zoektermen.");
    }
    if (q.clauses.empty() && !clean.empty() &&
        clean.find_first_not_of(" \t\r\n") != std::string::npos)
        notices.emplace_back("Uw zoekvraag bevat geen woorden om op te zoeken.");
    else if (!q.clauses.empty() && !q.HasPositive())
        notices.emplace_back(
            "Uw zoekvraag sluit alleen woorden uit (met een minteken). Geef ook minstens één "
            "woord op dat u wél zoekt.");
    for (const auto& n : notices) q.notice += (q.notice.empty() ? "" : " ") + n;
    return q;
}

std::string QueryToString(const ParsedQuery& q) {
    std::string out;
    for (const auto& c : q.clauses) {
        if (!out.empty()) out.push_back(' ');
        if (c.negated) out.push_back('-');
        if (c.phrase) out.push_back('"');
        for (size_t i = 0; i < c.words.size(); ++i) out += (i ? " " : "") + c.words[i];
        if (c.phrase) out.push_back('"');
    }
    return out;
}

}  // namespace koers::core
