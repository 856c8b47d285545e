#include "modules/curriculum/core/assignment.hpp"

#include <array>

#include "modules/curriculum/core/activity.hpp"
#include "platform/core/lob/vocabulary.hpp"

namespace koers::core {
namespace {

std::vector<Option> Sectors() { return {{"vo", "vo"}, {"mbo", "mbo"}, {"hbo", "hbo"}}; }

std::vector<Option> Levels() {
    return {{"vmbo-bb-kb", "vmbo basis en kader"},
            {"vmbo-gl-tl", "vmbo gemengd en theoretisch"},
            {"havo", "havo"},
            {"vwo", "vwo"},
            {"mbo-1-2", "mbo niveau 1 en 2"},
            {"mbo-3-4", "mbo niveau 3 en 4"},
            {"hbo", "hbo"}};
}

std::vector<Option> Settings() {
    return {{"in-de-les", "op school, in de les"},
            {"op-school", "op school, buiten de les"},
            {"buiten-school", "buiten school"}};
}

std::vector<Option> Durations() {
    return {{"kwartier", "een kwartier"},
            {"lesuur", "een lesuur"},
            {"dagdeel", "een dagdeel"},
            {"dag", "een hele dag"},
            {"weken", "een paar weken"}};
}

std::vector<Option> WorkForms() {
    return {{"individueel", "individueel"}, {"tweetallen", "in tweetallen"},
            {"groep", "in groepjes"},       {"klassengesprek", "klassengesprek"},
            {"gastles", "gastles"},         {"bedrijfsbezoek", "bedrijfsbezoek"},
            {"meeloopdag", "meeloopdag"},   {"interview", "interview"},
            {"open-dag", "open dag"},       {"stage", "stage of snuffelstage"}};
}

std::vector<Option> Partners() {
    return {{"geen", "geen: de school doet het zelf"},
            {"bedrijf", "bedrijf of instelling"},
            {"vervolgopleiding", "vervolgopleiding"},
            {"ouders", "ouders en verzorgers"},
            {"alumni", "oud-leerlingen"},
            {"gemeente", "gemeente of regio"}};
}

Form MakeAssignmentForm() {
    return {{
        Required(Line("titel", "Titel")),
        Required(Text("wat", "Wat de leerling doet",
                      "In een paar zinnen, zoals u het de klas "
                      "uitlegt.")),
        Text("waarom", "Waarom", "Wat de leerling ervan leert over zichzelf of over werk."),
        Text("opbrengst", "Wat het oplevert voor het loopbaandossier",
             "Wat de leerling bewaart: een verslag, foto, reflectie of keuze."),
        Text("benodigdheden", "Benodigdheden"),
        Required(Text("stappen", "Stappen", "Eén stap per regel, in de volgorde van uitvoeren.")),
        Text("terugblik", "Terugblik", "De vragen waarmee de leerling terugkijkt."),
        Typed(FieldType::kChoices, "sectoren", "Sector", {}, Sectors()),
        Typed(FieldType::kChoices, "niveaus", "Onderwijstype en niveau", {}, Levels()),
        Typed(FieldType::kChoices, "leerjaren", "Leerjaar", {}, SchoolYearOptions()),
        Typed(FieldType::kChoices, "competenties", "Loopbaancompetenties", {},
              LoopbaanCompetencies()),
        Typed(FieldType::kChoices, "elementen", "Ervaren, reflecteren, kiezen", {},
              LeeromgevingElements()),
        Typed(FieldType::kChoice, "setting", "Waar", {}, Settings()),
        Typed(FieldType::kChoice, "duur", "Duur", {}, Durations()),
        Typed(FieldType::kChoice, "werkvorm", "Werkvorm", {}, WorkForms()),
        Typed(FieldType::kChoice, "partner", "Partner buiten de school", {}, Partners()),
    }};
}

constexpr std::array<Licence, 3> kLicences = {{
    {"cc-by", "CC BY 4.0",
     "Andere scholen mogen de opdracht kopiëren en aanpassen, als ze de maker noemen.",
     "https://creativecommons.org/licenses/by/4.0/deed.nl"},
    {"cc-by-sa", "CC BY-SA 4.0",
     "Andere scholen mogen de opdracht kopiëren en aanpassen, als ze de maker noemen en hun "
     "versie onder dezelfde licentie delen.",
     "https://creativecommons.org/licenses/by-sa/4.0/deed.nl"},
    {"cc-by-nc", "CC BY-NC 4.0",
     "Andere scholen mogen de opdracht kopiëren en aanpassen, als ze de maker noemen en er geen "
     "geld mee verdienen.",
     "https://creativecommons.org/licenses/by-nc/4.0/deed.nl"},
}};

}  // namespace

const Form& AssignmentForm() {
    static const Form kForm = MakeAssignmentForm();
    return kForm;
}

Validation CheckAssignment(const Fields& fields) {
    Validation v = Validate(AssignmentForm(), fields);
    if (FieldOf(fields, "competenties").empty())
        v.Add("competenties", "Kies minstens één loopbaancompetentie.");
    if (FieldOf(fields, "elementen").empty())
        v.Add("elementen", "Kies minstens één van ervaren, reflecteren en kiezen.");
    return v;
}

std::vector<std::string> AssignmentSteps(std::string_view text) {
    std::vector<std::string> steps;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        size_t i = 0;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
        if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')'))
            line.remove_prefix(i + 1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
        if (!line.empty()) steps.emplace_back(line);
        start = end + 1;
    }
    return steps;
}

std::span<const Licence> Licences() { return kLicences; }

const Licence* LicenceOf(std::string_view code) {
    for (const auto& l : kLicences)
        if (l.code == code) return &l;
    return nullptr;
}

bool LicenceAllowed(std::string_view original, std::string_view licence) {
    if (!LicenceOf(licence)) return false;
    if (original == "cc-by-sa" || original == "cc-by-nc") return licence == original;
    return true;
}

}  // namespace koers::core
