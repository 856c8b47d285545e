#include "modules/curriculum/core/activity.hpp"

#include <algorithm>

#include "platform/core/lob/vocabulary.hpp"

namespace koers::core {
namespace {

std::vector<Option> Periods() {
    std::vector<Option> out;
    for (int p = 1; p <= kPlannerPeriods; ++p)
        out.push_back({std::to_string(p), "periode " + std::to_string(p)});
    return out;
}

Form MakeActivityForm() {
    return {{
        Required(Line("titel", "Titel")),
        Text("wat", "Wat de leerlingen doen"),
        Required(Typed(FieldType::kChoice, "leerjaar", "Leerjaar", {}, SchoolYearOptions())),
        Required(Typed(FieldType::kChoice, "periode", "Periode", {}, Periods())),
        Line("leerlijn", "Leerlijn",
             "Voor welke opleiding of welk onderwijstype? Laat leeg als het voor de hele school "
             "is. Bijvoorbeeld: vmbo kader, havo, Verzorgende IG."),
        Typed(FieldType::kChoices, "competenties", "Loopbaancompetenties", {},
              LoopbaanCompetencies()),
        Typed(FieldType::kChoices, "elementen", "Ervaren, reflecteren, kiezen", {},
              LeeromgevingElements()),
        Line("groepen", "Voor welke klassen of groepen", "Bijvoorbeeld: alle derde klassen, 3H1."),
        Required(Typed(FieldType::kChoice, "fase", "Doet de school dit al?", {},
                       {{std::string(kExisting), "Ja, dit doen we al"},
                        {std::string(kPlanned), "Nee, dit is nieuw gepland"}})),
        Text("evaluatie", "Evaluatie: wat werkte en wat niet",
             "Vul dit in als de activiteit is uitgevoerd."),
        Typed(FieldType::kChoice, "oordeel", "Hoe verder", {},
              {{"behouden", "Zo houden"}, {"aanpassen", "Aanpassen"}, {"stoppen", "Stoppen"}}),
    }};
}

uint8_t MaskOf(std::string_view value, const std::vector<Option>& options) {
    uint8_t mask = 0;
    for (const auto& code : SplitChoices(value))
        for (size_t i = 0; i < options.size() && i < 8; ++i)
            if (options[i].code == code) mask = static_cast<uint8_t>(mask | (1U << i));
    return mask;
}

std::string CodesOf(uint8_t mask, const std::vector<Option>& options) {
    std::string out;
    for (size_t i = 0; i < options.size() && i < 8; ++i)
        if ((mask >> i) & 1U) {
            if (!out.empty()) out += ',';
            out += options[i].code;
        }
    return out;
}

int Number(std::string_view text, int max) {
    if (text.size() != 1 || text[0] < '1' || text[0] > '0' + max) return 0;
    return text[0] - '0';
}

}  // namespace

std::vector<Option> SchoolYearOptions() {
    std::vector<Option> out;
    for (int y = 1; y <= kPlannerYears; ++y)
        out.push_back({std::to_string(y), "leerjaar " + std::to_string(y)});
    return out;
}

const Form& ActivityForm() {
    static const Form kForm = MakeActivityForm();
    return kForm;
}

bool HasEvaluation(const Fields& fields) {
    return !FieldOf(fields, "evaluatie").empty() || !FieldOf(fields, "oordeel").empty();
}

Validation CheckActivity(const Fields& fields) {
    Validation v = Validate(ActivityForm(), fields);
    if (FieldOf(fields, "competenties").empty())
        v.Add("competenties", "Kies minstens één loopbaancompetentie.");
    if (FieldOf(fields, "elementen").empty())
        v.Add("elementen", "Kies minstens één van ervaren, reflecteren en kiezen.");
    return v;
}

Placement PlacementOf(const Fields& fields) {
    return {Number(FieldOf(fields, "leerjaar"), kPlannerYears),
            Number(FieldOf(fields, "periode"), kPlannerPeriods),
            MaskOf(FieldOf(fields, "competenties"), LoopbaanCompetencies()),
            MaskOf(FieldOf(fields, "elementen"), LeeromgevingElements())};
}

std::string CompetencyCodes(uint8_t mask) { return CodesOf(mask, LoopbaanCompetencies()); }
std::string ElementCodes(uint8_t mask) { return CodesOf(mask, LeeromgevingElements()); }

std::array<std::array<int, kElementCount>, kCompetencyCount> Coverage::Span(int from,
                                                                            int to) const {
    std::array<std::array<int, kElementCount>, kCompetencyCount> out{};
    for (int y = std::max(from, 1); y <= std::min(to, kPlannerYears); ++y)
        for (size_t c = 0; c < kCompetencyCount; ++c)
            for (size_t e = 0; e < kElementCount; ++e) out[c][e] += Count(y, c, e);
    return out;
}

int Coverage::Gaps(int leerjaar) const {
    int gaps = 0;
    for (const auto& row : counts[static_cast<size_t>(leerjaar - 1)])
        gaps += static_cast<int>(std::count(row.begin(), row.end(), 0));
    return gaps;
}

void Coverage::Add(const Placement& place, int times) {
    if (place.leerjaar < 1 || place.leerjaar > kPlannerYears) return;
    auto& year = counts[static_cast<size_t>(place.leerjaar - 1)];
    for (size_t k = 0; k < kCompetencyCount; ++k)
        if ((place.competencies >> k) & 1U)
            for (size_t e = 0; e < kElementCount; ++e)
                if ((place.elements >> e) & 1U) year[k][e] += times;
}

Coverage CoverageOf(std::span<const Placement> activities) {
    Coverage c;
    for (const auto& a : activities) c.Add(a);
    return c;
}

}  // namespace koers::core
