#include "modules/dossier/core/talks.hpp"

#include <array>

#include "modules/dossier/core/entries.hpp"

namespace koers::core {
namespace {

constexpr std::array<TalkPart, 4> kParts = {{
    {"terugblik", "Terugblik", "Wat heeft de leerling gedaan of meegemaakt?"},
    {"reflectie", "Reflectie", "Welke kwaliteiten en motieven worden daarin zichtbaar?"},
    {"vooruitblik", "Vooruitblik", "Wat wil de leerling hierna verkennen of uitproberen?"},
    {"actie", "Actie", "Welke concrete stappen zet de leerling, en wanneer?"},
}};

// Two questions (at least) for every part and competency: 4 x 5 x 2 = 40, in words a student of
// 13 and of 20 both understand.
constexpr std::array<TalkQuestion, 44> kTalkQuestions = {{
    {"terugblik", "kwaliteiten", "Wat is je de laatste tijd goed gelukt?"},
    {"terugblik", "kwaliteiten", "Bij welke opdracht voelde je je echt op je plek?"},
    {"terugblik", "motieven", "Wat vond je de afgelopen weken het leukst om te doen?"},
    {"terugblik", "motieven", "Waar keek je naar uit, en waar zag je tegenop?"},
    {"terugblik", "werk", "Welk werk of welke opleiding heb je onlangs van dichtbij gezien?"},
    {"terugblik", "werk", "Wat is je bijgebleven van de open dag, stage of het bezoek?"},
    {"terugblik", "sturing", "Welke keuze heb je onlangs gemaakt, groot of klein?"},
    {"terugblik", "sturing", "Wat had je je voorgenomen, en hoe is dat gegaan?"},
    {"terugblik", "netwerk", "Met wie heb je gepraat over later?"},
    {"terugblik", "netwerk", "Wie heeft je de laatste tijd op een idee gebracht?"},
    {"reflectie", "kwaliteiten", "Wat zegt dit over waar je goed in bent?"},
    {"reflectie", "kwaliteiten", "Wat zouden anderen zeggen dat je daar goed deed?"},
    {"reflectie", "motieven", "Waarom vond je dit leuk, of juist niet?"},
    {"reflectie", "motieven", "Wat vind je belangrijk als je terugdenkt aan die dag?"},
    {"reflectie", "werk", "Wat past bij jou aan dat werk, en wat helemaal niet?"},
    {"reflectie", "werk", "Kun je je voorstellen dat je dit later elke dag doet?"},
    {"reflectie", "sturing", "Wat heeft je geholpen om die keuze te maken?"},
    {"reflectie", "sturing", "Wat zou je de volgende keer anders aanpakken?"},
    {"reflectie", "netwerk", "Wat heb je geleerd van het gesprek met die persoon?"},
    {"reflectie", "netwerk", "Wie weet nog meer over wat jou bezighoudt?"},
    {"vooruitblik", "kwaliteiten", "Welke kwaliteit wil je vaker laten zien?"},
    {"vooruitblik", "kwaliteiten", "Waar wil je nog beter in worden, en waarom?"},
    {"vooruitblik", "motieven", "Wat zou je graag eens willen uitproberen?"},
    {"vooruitblik", "motieven", "Waar wil je over vijf jaar je dagen mee vullen?"},
    {"vooruitblik", "werk", "Welk beroep of welke opleiding wil je nog beter leren kennen?"},
    {"vooruitblik", "werk", "Wat zou je willen zien of vragen op een volgende open dag?"},
    {"vooruitblik", "sturing", "Welke keuze komt eraan, en wat heb je nodig om die te maken?"},
    {"vooruitblik", "sturing", "Wat is je plan B als je eerste keuze niet lukt?"},
    {"vooruitblik", "netwerk", "Met wie zou je willen praten over je plannen?"},
    {"vooruitblik", "netwerk", "Wie kan je helpen een stage of meeloopdag te vinden?"},
    {"actie", "kwaliteiten", "Hoe ga je die kwaliteit de komende weken oefenen?"},
    {"actie", "kwaliteiten", "Aan wie vraag je hoe jij overkomt?"},
    {"actie", "motieven", "Wat ga je doen om te ontdekken of je dit echt leuk vindt?"},
    {"actie", "motieven", "Welke activiteit zoek je op, en wanneer?"},
    {"actie", "werk", "Welke open dag, meeloopdag of stage regel je, en voor wanneer?"},
    {"actie", "werk", "Wat zoek je voor het volgende gesprek op over dit beroep?"},
    {"actie", "sturing", "Wat is je eerstvolgende stap, en wanneer is die klaar?"},
    {"actie", "sturing", "Hoe weet je of die stap gelukt is?"},
    {"actie", "netwerk", "Wie ga je benaderen, en hoe (mail, bellen, langsgaan)?"},
    {"actie", "netwerk", "Wat vraag je aan die persoon?"},
    {"actie", "sturing", "Wat schrijf je in je dossier, en wanneer?"},
    {"reflectie", "motieven", "Waar kreeg je energie van, en waar werd je moe van?"},
    {"terugblik", "werk", "Wat heb je gezien dat je niet had verwacht?"},
    {"vooruitblik", "netwerk", "Wie in je familie of buurt kan je iets over zijn werk vertellen?"},
}};

}  // namespace

std::span<const TalkPart> TalkParts() { return kParts; }
std::span<const TalkQuestion> TalkQuestions() { return kTalkQuestions; }

Form SchoolQuestionForm() {
    std::vector<Option> parts;
    parts.reserve(kParts.size());
    for (const auto& p : kParts) parts.push_back({std::string(p.code), std::string(p.label)});
    return {{
        Required(Typed(FieldType::kChoice, "deel", "Bij welk deel van het gesprek?", {}, parts)),
        Required(Typed(FieldType::kChoice, "competentie", "Over welke loopbaancompetentie?", {},
                       {Competencies().begin(), Competencies().end()})),
        Required(Line("vraag", "De vraag", "Gericht aan de leerling, met je of jij.")),
    }};
}

Form TalkForm() {
    Form form{{
        Required(Typed(FieldType::kDate, "datum", "Datum van het gesprek")),
    }};
    for (const auto& p : kParts) {
        if (p.code == "actie") continue;
        form.fields.push_back(
            Text(std::string(p.code), std::string(p.label), std::string(p.about)));
    }
    form.fields.push_back(Text("actie", "Afgesproken acties",
                               "Eén actie per regel. Ze komen op de takenlijst van de leerling."));
    form.fields.push_back(Typed(FieldType::kChoices, "competenties", "Waar ging het gesprek over?",
                                {}, {Competencies().begin(), Competencies().end()}));
    return form;
}

std::vector<std::string> TalkActions(const Fields& fields) {
    std::vector<std::string> out;
    const auto text = FieldOf(fields, "actie");
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line(text.substr(start, end - start));
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
        size_t first = line.find_first_not_of(" -*•\t");
        if (first != std::string::npos) out.push_back(line.substr(first));
        start = end + 1;
    }
    return out;
}

}  // namespace koers::core
