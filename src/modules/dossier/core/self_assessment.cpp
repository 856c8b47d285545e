#include "modules/dossier/core/self_assessment.hpp"

#include <array>

#include "modules/dossier/core/entries.hpp"
#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

// What the student says of themselves, per competency (the codes of Competencies()).
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kStatements = {{
    {"kwaliteiten", "Ik weet waar ik goed in ben."},
    {"motieven", "Ik weet wat ik leuk en belangrijk vind."},
    {"werk", "Ik weet welk werk of welke opleiding bij mij past."},
    {"sturing", "Ik weet wat mijn volgende stap is, en hoe ik die zet."},
    {"netwerk", "Ik weet wie mij kan helpen, en ik durf het te vragen."},
}};

const std::vector<Option>& Scale() {
    static const std::vector<Option> kScale = {
        {"1", "Dat vind ik nog lastig"},
        {"2", "Dat lukt soms"},
        {"3", "Dat lukt meestal"},
        {"4", "Daar ben ik goed in"},
    };
    return kScale;
}

}  // namespace

std::span<const Option> SelfScale() { return Scale(); }

Form SelfAssessmentForm() {
    Form form{{Required(Typed(FieldType::kDate, "datum", "Datum"))}};
    for (const auto& [code, statement] : kStatements)
        form.fields.push_back(Required(
            Typed(FieldType::kChoice, std::string(code), std::string(statement), {}, Scale())));
    form.fields.push_back(Text("toelichting", "Wil je er iets over vertellen?",
                               "Bijvoorbeeld wat er veranderd is sinds de vorige keer."));
    return form;
}

std::optional<int> ScoreOf(const Fields& fields, std::string_view competency) {
    const auto n = ParseInt(FieldOf(fields, competency), kSelfScaleMin, kSelfScaleMax);
    if (!n) return std::nullopt;
    return static_cast<int>(*n);
}

}  // namespace koers::core
