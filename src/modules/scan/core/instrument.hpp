#pragma once
// A LOB-scan instrument: themes of statements that respondents rate on a four-point scale or
// "weet ik niet". Staff rate the school on four phases (niet gestart, in ontwikkeling,
// gerealiseerd, geborgd); leerlingen/studenten and ouders answer questions of their own, about
// what they experience, on a scale of their own ("klopt niet" .. "klopt helemaal"). Instruments are
// versioned data: a text file per sector in the repo (src/modules/scan/instruments/*.txt), loaded
// into the database, and new versions written by the beheerder in the same format. ParseInstrument
// is the one reader of that format; see src/modules/scan/instruments/README.md for the format.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

// Stored answer values: 0 is "weet ik niet", 1..4 the points of the scale.
inline constexpr int kDontKnow = 0;
inline constexpr int kPhases = 4;
// The upper two points (gerealiseerd and geborgd; klopt grotendeels and klopt helemaal) count as
// realised in the theme score.
inline constexpr int kRealisedFrom = 3;
inline constexpr size_t kMaxComment = 2000;

// Who a statement is written for. Staff (schoolleiding, coördinator, mentoren, docenten) judge
// the school; leerlingen (studenten in mbo and hbo) and ouders say what they experience; alumni
// (former leerlingen) look back on how the school helped them choose, beside the transition
// figures (doorstroomgegevens). Alumni are asked only in a version with questions for them.
enum class Audience { kStaff, kLeerlingen, kOuders, kAlumni };
inline constexpr size_t kAudiences = 4;
// Every audience, staff first: the one list pages and exports go through.
inline constexpr std::array<Audience, kAudiences> kAllAudiences = {
    Audience::kStaff, Audience::kLeerlingen, Audience::kOuders, Audience::kAlumni};
// "Medewerkers", "Leerlingen" (vo) or "Studenten" (mbo, hbo), "Ouders", "Oud-leerlingen" (vo) or
// "Oud-studenten".
std::string AudienceLabel(Audience a, std::string_view sector);

struct Statement {
    std::string code;  // "visie-1": stable across versions, used to compare rounds
    std::string text;
    std::string help;
    Audience audience = Audience::kStaff;
    // A staff statement asked in the short version: what leerlingen and ouders answered in
    // instruments written before they had questions of their own ("[kort]").
    bool in_short = false;
};

// A theme's title and introduction as one audience reads them.
struct Wording {
    std::string title;
    std::string intro;
};

struct Theme {
    std::string code;
    std::string title;
    std::string intro;
    std::string advice;                // what a school can do when the theme lags ("advies:")
    std::vector<std::string> reading;  // the kennisbank's thema terms about it ("kennisbank:")
    std::vector<Statement> statements;
    // Leerlingen' and ouders' own title and introduction ("voor leerlingen: titel | intro"),
    // indexed by Audience; empty: the staff wording.
    std::array<Wording, kAudiences> own;

    Wording For(Audience a) const;
};

struct Phase {
    std::string label;  // "Gerealiseerd"
    std::string help;   // what it means
};

using Scale = std::array<Phase, kPhases>;

struct Instrument {
    std::string title;
    std::string sector;  // "vo", "mbo", "hbo"
    // The answer scale per Audience: [kStaff] the phases ("fase N:"), the others their own
    // ("schaal leerlingen N:"), empty when that audience has no questions of its own.
    std::array<Scale, kAudiences> scales;
    std::vector<Theme> themes;

    // Statements are numbered 0..StatementCount()-1 in theme order (the "flat index").
    size_t StatementCount() const;
    // Whether leerlingen or ouders have questions of their own in this version.
    bool HasOwnQuestions(Audience a) const;
    // Whether `a` is spoken to with "je": leerlingen, studenten and alumni in a questionnaire of
    // their own (the older versions ask leerlingen the staff's statements, which say "u").
    bool SaysJe(Audience a) const;
    // Whether `a` is asked `s`: its own questions, or (in older versions) staff all staff
    // statements and leerlingen and ouders the short version; alumni only their own.
    bool Asks(Audience a, const Statement& s) const;
    // The statements one respondent of `a` answers.
    size_t StatementsAsked(Audience a) const;
    // The scale `a` answers on: its own, or the phases.
    const Scale& ScaleFor(Audience a) const;
    // The flat index of a statement code, or nullopt.
    std::optional<size_t> IndexOf(std::string_view code) const;
    const Statement& At(size_t flat_index) const;
    // The theme of a flat index.
    size_t ThemeOf(size_t flat_index) const;
    // The label of a stored answer value on `a`'s scale ("Weet ik niet" for 0).
    std::string_view AnswerLabel(int value, Audience a = Audience::kStaff) const;
};

// How long answering `statements` takes, said the same way on every page and in every mail:
// "ongeveer een kwartier".
std::string TimeToAnswer(size_t statements);

struct ParsedInstrument {
    std::optional<Instrument> instrument;
    std::vector<std::string> errors;  // Dutch, with line numbers
};

inline constexpr size_t kMaxInstrumentText = 200'000;

// Reads an instrument text; errors name the line ("Regel 12: ...").
ParsedInstrument ParseInstrument(std::string_view text);

}  // namespace koers::core
