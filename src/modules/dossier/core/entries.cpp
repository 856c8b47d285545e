#include "modules/dossier/core/entries.hpp"

#include "modules/dossier/core/self_assessment.hpp"
#include "modules/dossier/core/talks.hpp"
#include "platform/core/common/dates.hpp"

#include <array>

namespace koers::core {
namespace {

constexpr std::array<EntryKindInfo, 6> kKinds = {{
    {EntryKind::kErvaring, "ervaring", "Ervaring", "ervaren",
     "Schrijf op wat je hebt gedaan of gezien", true},
    {EntryKind::kReflectie, "reflectie", "Reflectie", "reflecteren",
     "Denk na over wat je kunt en wilt", true},
    {EntryKind::kKeuze, "keuze", "Keuze of doel", "kiezen",
     "Schrijf op wat je kiest of wilt bereiken", true},
    // The dialogue about experiences is reflecting together.
    {EntryKind::kGesprek, "gesprek", "Loopbaangesprek", "reflecteren", "Gesprek vastleggen", false},
    {EntryKind::kZelfbeeld, "zelfbeeld", "Zelfbeeld", "reflecteren", "Kijk hoe je ervoor staat",
     true},
    // What shows what the student did: a certificate, a piece of work, a photo, a link.
    {EntryKind::kBewijs, "bewijs", "Bewijs", "ervaren", "Bewaar een bewijs: een bestand of link",
     true},
}};

constexpr std::array<std::string_view, 3> kElements = {"ervaren", "reflecteren", "kiezen"};

const std::vector<Option>& CompetencyOptions() {
    static const std::vector<Option> kOptions = {
        {"kwaliteiten", "Wat kan ik? (kwaliteiten)"},
        {"motieven", "Wat wil ik? (motieven)"},
        {"werk", "Welk werk past bij mij? (werk verkennen)"},
        {"sturing", "Hoe bereik ik mijn doel? (loopbaan sturen)"},
        {"netwerk", "Wie kan mij helpen? (netwerken)"},
    };
    return kOptions;
}

struct Questions {
    std::string_view competency;
    std::array<std::string_view, 3> asked;
};

// The guided questions of a reflectie, per competency: what a mentor would ask in a
// loopbaangesprek, in the student's own words.
constexpr std::array<Questions, 5> kQuestions = {{
    {"kwaliteiten",
     {"Waar ben je goed in? Geef een voorbeeld van de laatste tijd.",
      "Wat zeggen anderen (vrienden, familie, docenten) dat je goed kunt?",
      "Welke kwaliteit wil je nog beter ontwikkelen, en hoe?"}},
    {"motieven",
     {"Wat vind je echt leuk om te doen, op school of daarbuiten?",
      "Waar krijg je energie van, en waar word je moe van?",
      "Wat vind je belangrijk in je latere werk? Bijvoorbeeld mensen helpen, iets maken, "
      "vrijheid of goed verdienen."}},
    {"werk",
     {"Welk werk of welke opleiding heb je de laatste tijd beter leren kennen?",
      "Wat past daarvan bij jou, en wat juist niet?",
      "Wat wil je er nog meer over weten, en hoe kom je daarachter?"}},
    {"sturing",
     {"Welke keuze komt eraan, en wanneer moet je die maken?",
      "Wat heb je al gedaan om die keuze voor te bereiden?",
      "Wat is je volgende stap, en wanneer zet je die?"}},
    {"netwerk",
     {"Wie ken je die iets weet over werk of opleidingen die jou interesseren?",
      "Wie heb je de laatste tijd iets gevraagd, en wat heb je daarvan geleerd?",
      "Met wie zou je nog willen praten, en hoe kom je met die persoon in contact?"}},
}};

const Questions& QuestionsOf(std::string_view competency) {
    for (const auto& q : kQuestions)
        if (q.competency == competency) return q;
    return kQuestions.front();
}

FieldSpec CompetencyChoices() {
    return Typed(FieldType::kChoices, "competenties", "Waar ging dit over?",
                 "Kies wat past; meer dan één mag.", CompetencyOptions());
}

Form Ervaring() {
    return {{
        Required(Typed(FieldType::kChoice, "soort", "Wat voor ervaring was het?", {},
                       {{"open-dag", "Open dag"},
                        {"meeloopdag", "Meeloopdag of proefstuderen"},
                        {"stage", "Stage of snuffelstage"},
                        {"beroepsgesprek", "Gesprek met iemand over zijn of haar werk"},
                        {"bedrijfsbezoek", "Bedrijfsbezoek of excursie"},
                        {"voorlichting", "Voorlichting of gastles"},
                        {"bijbaan", "Bijbaan of vrijwilligerswerk"},
                        {"anders", "Iets anders"}})),
        Required(Line("titel", "Wat was het?",
                      "Bijvoorbeeld: open dag Horizon mbo, opleiding verpleegkunde.")),
        Typed(FieldType::kDate, "datum", "Wanneer was het?"),
        Line("plaats", "Waar was het? (plaats of bedrijf)"),
        Text("doel", "Wat wilde je te weten komen?"),
        Text("resultaat", "Wat heb je gedaan en gezien?"),
        Text("evaluatie", "Hoe vond je het? Wat weet je nu dat je eerst niet wist?"),
        Text("vervolgstap", "Wat ga je nu doen?", "Je volgende stap, hoe klein ook."),
        CompetencyChoices(),
    }};
}

Form Reflectie(std::string_view competency) {
    const Questions& q = QuestionsOf(competency);
    Form form{{
        Required(Typed(FieldType::kChoice, "competentie", "Waar denk je over na?", {},
                       CompetencyOptions())),
        Required(Line("titel", "Geef je reflectie een titel",
                      "Bijvoorbeeld: na mijn stage bij de kinderopvang.")),
    }};
    const std::array<std::string_view, 3> names = {"vraag1", "vraag2", "vraag3"};
    for (size_t i = 0; i < names.size(); ++i)
        form.fields.push_back(Text(std::string(names[i]), std::string(q.asked[i])));
    return form;
}

Form Keuze() {
    return {{
        Required(Typed(FieldType::kChoice, "soort", "Wat voor keuze is het?", {},
                       {{"profiel", "Profiel, sector of richting"},
                        {"opleiding", "Vervolgopleiding"},
                        {"stap", "Een volgende stap"},
                        {"doel", "Een doel dat ik wil bereiken"}})),
        Required(Line("titel", "Wat kies je of wat wil je bereiken?")),
        Text("waarom", "Waarom kies je dit? Wat heeft je daarbij geholpen?"),
        Text("twijfel", "Waar twijfel je nog over?"),
        Text("stap", "Wat is je volgende stap?"),
        Typed(FieldType::kDate, "wanneer", "Wanneer wil je die stap gezet hebben?"),
        CompetencyChoices(),
    }};
}

Form Bewijs() {
    return {{
        Required(Line("titel", "Wat is het?",
                      "Bijvoorbeeld: certificaat EHBO, of een foto van je werkstuk bij techniek.")),
        Typed(FieldType::kChoice, "soort", "Wat voor bewijs is het?", {},
              {{"certificaat", "Certificaat of diploma"},
               {"werkstuk", "Werkstuk of iets wat je hebt gemaakt"},
               {"beoordeling", "Beoordeling, bijvoorbeeld van je stagebedrijf"},
               {"foto", "Foto"},
               {"anders", "Iets anders"}}),
        Text("omschrijving", "Wat laat dit zien over jou?"),
        Line("link", "Link (als het online staat)", "Een webadres dat begint met https://"),
        CompetencyChoices(),
    }};
}

bool IsWebAddress(std::string_view s) {
    const bool scheme = s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
    return scheme && s.size() > 10 && s.find_first_of(" <>\"'") == std::string_view::npos;
}

}  // namespace

std::span<const EntryKindInfo> EntryKinds() { return kKinds; }

const EntryKindInfo& InfoOf(EntryKind kind) { return kKinds[static_cast<size_t>(kind)]; }

std::optional<EntryKind> EntryKindFromCode(std::string_view code) {
    for (const auto& k : kKinds)
        if (k.code == code) return k.kind;
    return std::nullopt;
}

std::span<const Option> Competencies() { return CompetencyOptions(); }
std::span<const std::string_view> Elements() { return kElements; }

std::string CompetencyShortName(std::string_view code) {
    for (const auto& c : CompetencyOptions()) {
        if (c.code != code) continue;
        const size_t open = c.label.rfind('(');
        if (open == std::string::npos || c.label.back() != ')') return c.label;
        return c.label.substr(open + 1, c.label.size() - open - 2);
    }
    return std::string(code);
}

Form EntryForm(EntryKind kind, std::string_view competency) {
    switch (kind) {
        case EntryKind::kErvaring:
            return Ervaring();
        case EntryKind::kReflectie:
            return Reflectie(competency);
        case EntryKind::kKeuze:
            return Keuze();
        case EntryKind::kGesprek:
            return TalkForm();
        case EntryKind::kZelfbeeld:
            return SelfAssessmentForm();
        case EntryKind::kBewijs:
            return Bewijs();
    }
    return Ervaring();
}

Validation CheckEntry(EntryKind kind, const Form& form, const Fields& fields) {
    Validation v = Validate(form, fields);
    if (kind == EntryKind::kBewijs) {
        const auto link = FieldOf(fields, "link");
        if (!link.empty() && !IsWebAddress(link))
            v.Add("link",
                  "“Link” is geen webadres. Het begint met https:// en heeft geen spaties.");
    }
    return v;
}

std::vector<std::string> CompetenciesOf(EntryKind kind, const Fields& fields) {
    if (kind == EntryKind::kZelfbeeld) return {};
    if (kind == EntryKind::kReflectie) {
        const auto one = FieldOf(fields, "competentie");
        if (one.empty()) return {};
        return {std::string(one)};
    }
    return SplitChoices(FieldOf(fields, "competenties"));
}

std::string EntryTitle(EntryKind kind, const Fields& fields) {
    if (kind == EntryKind::kGesprek || kind == EntryKind::kZelfbeeld) {
        const auto date = FieldOf(fields, "datum");
        return std::string(InfoOf(kind).label) +
               (date.empty() ? std::string() : " van " + FormatIsoDateLong(date));
    }
    const auto title = FieldOf(fields, "titel");
    if (!title.empty()) return std::string(title);
    return std::string(InfoOf(kind).label);
}

}  // namespace koers::core
