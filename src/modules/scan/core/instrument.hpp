#pragma once
// A LOB-scan instrument: themes of statements that respondents rate on four phases
// (niet gestart, in ontwikkeling, gerealiseerd, geborgd) or "weet ik niet". Instruments are
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

// Stored answer values: 0 is "weet ik niet", 1..4 the phases.
inline constexpr int kDontKnow = 0;
inline constexpr int kPhases = 4;
// Phases 3 and 4 (gerealiseerd, geborgd) count as realised in the theme score.
inline constexpr int kRealisedFrom = 3;
inline constexpr size_t kMaxComment = 2000;

struct Statement {
    std::string code;  // "visie-1": stable across versions, used to compare rounds
    std::string text;
    std::string help;
    bool in_short = false;  // asked in the short version (leerlingen/studenten, ouders)
};

struct Theme {
    std::string code;
    std::string title;
    std::string intro;
    std::string advice;                // what a school can do when the theme lags ("advies:")
    std::vector<std::string> reading;  // the kennisbank's thema terms about it ("kennisbank:")
    std::vector<Statement> statements;
};

struct Phase {
    std::string label;  // "Gerealiseerd"
    std::string help;   // what it means
};

struct Instrument {
    std::string title;
    std::string sector;  // "vo", "mbo", "hbo"
    std::array<Phase, kPhases> phases;
    std::vector<Theme> themes;

    // Statements are numbered 0..StatementCount()-1 in theme order (the "flat index").
    size_t StatementCount() const;
    // The statements one respondent answers: all, or those of the short version.
    size_t StatementsAsked(bool short_version) const;
    // The flat index of a statement code, or nullopt.
    std::optional<size_t> IndexOf(std::string_view code) const;
    const Statement& At(size_t flat_index) const;
    // The theme of a flat index.
    size_t ThemeOf(size_t flat_index) const;
    // The label of a stored answer value ("Weet ik niet" for 0).
    std::string_view AnswerLabel(int value) const;
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
