#include "modules/scan/core/instrument.hpp"

#include <set>
#include <stdexcept>

#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

bool IsCode(std::string_view s) {
    if (s.empty() || s.size() > 40 || s.front() == '-' || s.back() == '-') return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) return false;
    }
    return true;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// "code: rest" -> {code, rest}; nullopt without a colon.
std::optional<std::pair<std::string, std::string>> SplitColon(std::string_view s) {
    const size_t colon = s.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    return std::make_pair(Trim(s.substr(0, colon)), Trim(s.substr(colon + 1)));
}

// "leerlingen" and "studenten" (the same respondents in mbo and hbo), "ouders", "alumni".
std::optional<Audience> AudienceOf(std::string_view word) {
    if (word == "leerlingen" || word == "studenten") return Audience::kLeerlingen;
    if (word == "ouders") return Audience::kOuders;
    if (word == "alumni") return Audience::kAlumni;
    return std::nullopt;
}

class Parser {
public:
    ParsedInstrument Run(std::string_view text) {
        if (text.size() > kMaxInstrumentText) {
            out_.errors.emplace_back("De tekst is te lang (meer dan 200.000 tekens).");
            return std::move(out_);
        }
        if (!IsCleanText(text, true)) {
            out_.errors.emplace_back("De tekst bevat ongeldige tekens.");
            return std::move(out_);
        }
        size_t start = 0;
        while (start <= text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            ++line_;
            Line(text.substr(start, end - start));
            start = end + 1;
        }
        Finish();
        return std::move(out_);
    }

private:
    void Error(const std::string& message) {
        if (out_.errors.size() < 20)
            out_.errors.push_back("Regel " + std::to_string(line_) + ": " + message);
    }

    void Line(std::string_view raw) {
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        const std::string line = Trim(raw);
        if (line.empty()) return;
        const bool indented = raw.front() == ' ' || raw.front() == '\t';
        if (StartsWith(line, "## ")) return ThemeLine(std::string_view(line).substr(3));
        if (StartsWith(line, "# ")) {
            ins_.title = Trim(std::string_view(line).substr(2));
            return;
        }
        if (StartsWith(line, "- ")) return StatementLine(std::string_view(line).substr(2));
        if (indented && StartsWith(line, "uitleg:")) {
            if (ins_.themes.empty() || ins_.themes.back().statements.empty())
                return Error("'uitleg:' hoort onder een stelling.");
            ins_.themes.back().statements.back().help = Trim(std::string_view(line).substr(7));
            return;
        }
        if (ins_.themes.empty()) return HeaderLine(line);
        Theme& theme = ins_.themes.back();
        if (!theme.statements.empty()) return Error("Een stelling begint met '- code: tekst'.");
        if (StartsWith(line, "advies:") || StartsWith(line, "kennisbank:"))
            return ThemeField(theme, line);
        if (StartsWith(line, "voor ")) return OwnWording(theme, line);
        theme.intro += (theme.intro.empty() ? "" : " ") + line;
    }

    // "voor leerlingen: titel | introductie", likewise for studenten and ouders.
    void OwnWording(Theme& theme, const std::string& line) {
        const auto kv = SplitColon(std::string_view(line).substr(5));
        const auto a = kv ? AudienceOf(kv->first) : std::nullopt;
        if (!a || *a == Audience::kStaff)
            return Error(
                "Gebruik 'voor leerlingen:', 'voor studenten:', 'voor ouders:' of 'voor alumni:'.");
        const size_t bar = kv->second.find('|');
        Wording& w = theme.own.at(static_cast<size_t>(*a));
        w.title = Trim(std::string_view(kv->second).substr(0, bar));
        if (bar != std::string::npos) w.intro = Trim(std::string_view(kv->second).substr(bar + 1));
        if (w.title.empty()) Error("'" + line + "' heeft geen titel na de dubbele punt.");
    }

    // "advies: tekst" (one line) or "kennisbank: thema-term, thema-term".
    void ThemeField(Theme& theme, const std::string& line) {
        const auto kv = SplitColon(line);
        if (!kv || kv->second.empty())
            return Error("'" + line + "' heeft geen tekst na de dubbele punt.");
        if (kv->first == "advies") {
            if (!theme.advice.empty())
                return Error("Thema '" + theme.code + "' heeft al een advies.");
            theme.advice = kv->second;
            return;
        }
        std::string_view rest = kv->second;
        while (!rest.empty()) {
            const size_t comma = rest.find(',');
            std::string term = Trim(rest.substr(0, comma));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            if (!IsCode(term))
                return Error("Kennisbankthema '" + term +
                             "' is ongeldig: kleine letters, cijfers en -.");
            theme.reading.push_back(std::move(term));
        }
    }

    void HeaderLine(const std::string& line) {
        auto kv = SplitColon(line);
        if (!kv) return Error("Verwacht 'sector:', 'fase N:' of een thema ('## code: titel').");
        const auto& [key, value] = *kv;
        if (key == "sector") {
            if (value != "vo" && value != "mbo" && value != "hbo")
                return Error("De sector is vo, mbo of hbo.");
            ins_.sector = value;
            return;
        }
        if (key.size() == 6 && StartsWith(key, "fase ") && key[5] >= '1' && key[5] <= '4')
            return ScalePoint(Audience::kStaff, key[5], value, "Fase " + key.substr(5));
        if (StartsWith(key, "schaal ") && key.size() > 9 && key[key.size() - 2] == ' ') {
            const auto a = AudienceOf(key.substr(7, key.size() - 9));
            const char n = key.back();
            if (a && *a != Audience::kStaff && n >= '1' && n <= '4')
                return ScalePoint(*a, n, value, "Schaal " + key.substr(7));
        }
        Error("Onbekende regel '" + key + ":'.");
    }

    void ScalePoint(Audience a, char n, const std::string& value, const std::string& name) {
        Phase& p = ins_.scales.at(static_cast<size_t>(a)).at(static_cast<size_t>(n - '1'));
        const size_t bar = value.find('|');
        p.label = Trim(std::string_view(value).substr(0, bar));
        if (bar != std::string::npos) p.help = Trim(std::string_view(value).substr(bar + 1));
        if (p.label.empty()) Error(name + " heeft geen naam.");
    }

    void ThemeLine(std::string_view rest) {
        auto kv = SplitColon(rest);
        if (!kv || !IsCode(kv->first) || kv->second.empty())
            return Error("Een thema is '## code: titel' (code in kleine letters, cijfers en -).");
        if (!theme_codes_.insert(kv->first).second)
            return Error("Themacode '" + kv->first + "' komt twee keer voor.");
        Theme t;
        t.code = kv->first;
        t.title = kv->second;
        ins_.themes.push_back(std::move(t));
    }

    void StatementLine(std::string_view rest) {
        if (ins_.themes.empty()) return Error("Een stelling hoort onder een thema.");
        auto kv = SplitColon(rest);
        if (!kv) return Error("Een stelling is '- code: tekst'.");
        std::string code = kv->first;
        Statement s;
        if (const size_t open = code.find('['); open != std::string::npos && code.back() == ']') {
            const std::string mark = code.substr(open + 1, code.size() - open - 2);
            code = Trim(std::string_view(code).substr(0, open));
            if (mark == "kort") {
                s.in_short = true;
            } else if (auto a = AudienceOf(mark); a && *a != Audience::kStaff) {
                s.audience = *a;
            } else {
                return Error(
                    "Onbekende markering '[" + mark +
                    "]': gebruik [kort], [leerlingen], [studenten], [ouders] of [alumni].");
            }
        }
        if (!IsCode(code)) return Error("Stellingcode '" + code + "' is ongeldig.");
        if (kv->second.empty()) return Error("Stelling '" + code + "' heeft geen tekst.");
        if (!statement_codes_.insert(code).second)
            return Error("Stellingcode '" + code + "' komt twee keer voor.");
        s.code = std::move(code);
        s.text = kv->second;
        ins_.themes.back().statements.push_back(std::move(s));
    }

    void Finish() {
        if (ins_.title.empty()) out_.errors.emplace_back("De titel ('# titel') ontbreekt.");
        if (ins_.sector.empty()) out_.errors.emplace_back("De sector ('sector: vo') ontbreekt.");
        for (size_t i = 0; i < kPhases; ++i)
            if (ins_.scales[0].at(i).label.empty())
                out_.errors.push_back("Fase " + std::to_string(i + 1) + " ontbreekt.");
        if (ins_.themes.empty()) out_.errors.emplace_back("Er is geen enkel thema.");
        bool any_short = false;
        for (const auto& t : ins_.themes) {
            if (t.statements.empty())
                out_.errors.push_back("Thema '" + t.code + "' heeft geen stellingen.");
            bool staff = false;
            for (const auto& s : t.statements) {
                any_short = any_short || s.in_short;
                staff = staff || s.audience == Audience::kStaff;
            }
            if (!t.statements.empty() && !staff)
                out_.errors.push_back("Thema '" + t.code +
                                      "' heeft geen stellingen voor medewerkers.");
        }
        for (Audience a : kAllAudiences) {
            if (a == Audience::kStaff) continue;
            const std::string name = a == Audience::kOuders   ? "ouders"
                                     : a == Audience::kAlumni ? "alumni"
                                                              : "leerlingen";
            const auto& scale = ins_.scales.at(static_cast<size_t>(a));
            if (ins_.HasOwnQuestions(a)) {
                for (size_t i = 0; i < kPhases; ++i)
                    if (scale.at(i).label.empty())
                        out_.errors.push_back("'schaal " + name + " " + std::to_string(i + 1) +
                                              ":' ontbreekt.");
            } else if (a != Audience::kAlumni && !ins_.themes.empty() && !any_short) {
                std::string error = "Geef " + name;
                error +=
                    " eigen stellingen ([" + name + "]) of markeer de korte versie met [kort].";
                out_.errors.push_back(std::move(error));
            }
        }
        if (out_.errors.empty()) out_.instrument = std::move(ins_);
    }

    ParsedInstrument out_;
    Instrument ins_;
    std::set<std::string> theme_codes_;
    std::set<std::string> statement_codes_;
    int line_ = 0;
};

}  // namespace

std::string AudienceLabel(Audience a, std::string_view sector) {
    switch (a) {
        case Audience::kStaff:
            return "Medewerkers";
        case Audience::kLeerlingen:
            return sector == "vo" ? "Leerlingen" : "Studenten";
        case Audience::kOuders:
            return "Ouders";
        case Audience::kAlumni:
            return sector == "vo" ? "Oud-leerlingen" : "Oud-studenten";
    }
    return "Medewerkers";
}

Wording Theme::For(Audience a) const {
    const Wording& w = own.at(static_cast<size_t>(a));
    if (w.title.empty()) return {title, intro};
    return w;
}

bool Instrument::HasOwnQuestions(Audience a) const {
    if (a == Audience::kStaff) return true;
    for (const auto& t : themes)
        for (const auto& s : t.statements)
            if (s.audience == a) return true;
    return false;
}

bool Instrument::SaysJe(Audience a) const {
    return (a == Audience::kLeerlingen || a == Audience::kAlumni) && HasOwnQuestions(a);
}

bool Instrument::Asks(Audience a, const Statement& s) const {
    if (a == Audience::kStaff || a == Audience::kAlumni || HasOwnQuestions(a))
        return s.audience == a;
    return s.audience == Audience::kStaff && s.in_short;
}

size_t Instrument::StatementsAsked(Audience a) const {
    size_t n = 0;
    for (const auto& t : themes)
        for (const auto& s : t.statements) n += Asks(a, s) ? 1 : 0;
    return n;
}

const Scale& Instrument::ScaleFor(Audience a) const {
    return HasOwnQuestions(a) ? scales.at(static_cast<size_t>(a)) : scales[0];
}

std::string TimeToAnswer(size_t statements) {
    // About twenty seconds a statement (read, choose, now and then a comment) and a minute to
    // start, up to whole five minutes.
    const size_t minutes = (60 + statements * 20 + 299) / 300 * 5;
    switch (minutes) {
        case 5:
            return "ongeveer vijf minuten";
        case 10:
            return "ongeveer tien minuten";
        case 15:
            return "ongeveer een kwartier";
        case 20:
            return "ongeveer twintig minuten";
        case 25:
            return "ongeveer vijfentwintig minuten";
        case 30:
            return "ongeveer een halfuur";
        default:
            return "ongeveer " + std::to_string(minutes) + " minuten";
    }
}

size_t Instrument::StatementCount() const {
    size_t n = 0;
    for (const auto& t : themes) n += t.statements.size();
    return n;
}

std::optional<size_t> Instrument::IndexOf(std::string_view code) const {
    size_t i = 0;
    for (const auto& t : themes)
        for (const auto& s : t.statements) {
            if (s.code == code) return i;
            ++i;
        }
    return std::nullopt;
}

const Statement& Instrument::At(size_t flat_index) const {
    for (const auto& t : themes) {
        if (flat_index < t.statements.size()) return t.statements[flat_index];
        flat_index -= t.statements.size();
    }
    throw std::out_of_range("statement index");
}

size_t Instrument::ThemeOf(size_t flat_index) const {
    for (size_t t = 0; t < themes.size(); ++t) {
        if (flat_index < themes[t].statements.size()) return t;
        flat_index -= themes[t].statements.size();
    }
    return themes.size();
}

std::string_view Instrument::AnswerLabel(int value, Audience a) const {
    if (value >= 1 && value <= kPhases) return ScaleFor(a).at(static_cast<size_t>(value - 1)).label;
    return "Weet ik niet";
}

ParsedInstrument ParseInstrument(std::string_view text) { return Parser().Run(text); }

}  // namespace koers::core
