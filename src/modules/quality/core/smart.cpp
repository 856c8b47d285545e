#include "modules/quality/core/smart.hpp"

#include <cctype>
#include <cmath>
#include <optional>
#include <string_view>

#include "modules/quality/core/cycle.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

struct Measure {
    double value = 0;
    std::string unit;  // what follows or precedes the figure, trimmed: "%", "gesprekken", ""
};

// The first figure in `text` ("78%", "3,6", "ten minste 2 gesprekken") and the words around it.
std::optional<Measure> MeasureOf(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == text.size()) return std::nullopt;
    const size_t begin = i;
    double value = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
        value = value * 10 + (text[i++] - '0');
    if (i + 1 < text.size() && (text[i] == ',' || text[i] == '.') &&
        std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
        double scale = 0.1;
        for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
            value += (text[i] - '0') * scale;
            scale /= 10;
        }
    }
    std::string unit = std::string(text.substr(0, begin)) + std::string(text.substr(i));
    auto blank = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!unit.empty() && blank(unit.back())) unit.pop_back();
    size_t lead = 0;
    while (lead < unit.size() && blank(unit[lead])) ++lead;
    return Measure{value, unit.substr(lead)};
}

bool HasPercent(const std::string& unit) { return unit.find('%') != std::string::npos; }

}  // namespace

std::vector<std::string> SmartProblems(const Fields& fields, int start_year) {
    std::vector<std::string> out;
    const std::string_view indicator = FieldOf(fields, "indicator");
    size_t letters = 0, words = 0;
    bool in_word = false;
    for (char c : indicator) {
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0 ||
                            (static_cast<unsigned char>(c) & 0x80) != 0;
        letters += letter ? 1 : 0;
        if (letter && !in_word) ++words;
        in_word = letter;
    }
    if (!indicator.empty() && (words < 2 || letters < 8))
        out.emplace_back(
            "Beschrijf bij de indicator wat u meet, zodat iedereen hetzelfde telt, "
            "bijvoorbeeld \"percentage leerlingen met drie gesprekken in het dossier\".");

    const std::string_view baseline_text = FieldOf(fields, "nulmeting");
    const std::string_view target_text = FieldOf(fields, "streefwaarde");
    const auto baseline = MeasureOf(baseline_text);
    const auto target = MeasureOf(target_text);
    if (!baseline_text.empty() && !baseline)
        out.emplace_back(
            "Geef de nulmeting als getal, bijvoorbeeld 60% of 3,5, zodat te zien is waar u "
            "begint.");
    if (!target_text.empty() && !target)
        out.emplace_back(
            "Geef de streefwaarde als getal, bijvoorbeeld 75% of 4,0, zodat te meten is of het "
            "doel gehaald is.");
    if (baseline && target) {
        if (HasPercent(baseline->unit) != HasPercent(target->unit))
            out.emplace_back(
                "De nulmeting en de streefwaarde staan niet in dezelfde eenheid (de een in "
                "procenten, de ander niet).");
        else if (std::abs(baseline->value - target->value) < 1e-9)
            out.emplace_back(
                "De streefwaarde is gelijk aan de nulmeting: dan verandert er niets. Wat wilt u "
                "bereiken?");
        const std::string_view direction = FieldOf(fields, "richting");
        if (direction == "hoger" && target->value < baseline->value)
            out.emplace_back(
                "De streefwaarde ligt lager dan de nulmeting, terwijl bij deze indicator hoger "
                "beter is.");
        if (direction == "lager" && target->value > baseline->value)
            out.emplace_back(
                "De streefwaarde ligt hoger dan de nulmeting, terwijl bij deze indicator lager "
                "beter is.");
    }

    const std::string_view deadline = FieldOf(fields, "deadline");
    const std::string first = std::to_string(start_year) + "-08-01";
    const std::string last = std::to_string(start_year + 1) + "-07-31";
    if (deadline.size() == 10 && (deadline < first || deadline > last))
        out.push_back("De deadline, " + FormatIsoDateLong(deadline) + ", valt buiten schooljaar " +
                      SchoolYearLabel(start_year) + ". Kies een datum van " +
                      FormatIsoDateLong(first) + " tot en met " + FormatIsoDateLong(last) + ".");
    return out;
}

}  // namespace koers::core
