#include "modules/quality/core/forms.hpp"

#include <algorithm>

#include "modules/quality/core/tasks.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/lob/vocabulary.hpp"

namespace koers::core {
namespace {

std::vector<Option> PolicyLinks() {
    return {{"profielkeuze", "Profiel-, sector- en studiekeuze"},
            {"mentoraat", "Mentoraat en begeleiding"},
            {"stage", "Stage en praktijkleren"},
            {"burgerschap", "Burgerschap"},
            {"ouders", "Ouderbetrokkenheid"},
            {"aansluiting", "Aansluiting en doorstroom"},
            {"passend", "Passend onderwijs en zorg"}};
}

Form Visie() {
    return {{Text("betekenis", "Wat verstaan wij onder LOB?",
                  "Beschrijf in eigen woorden wat loopbaanoriëntatie en -begeleiding op uw "
                  "school inhoudt."),
             Text("ambitie", "Wat willen we bereiken?",
                  "De ambitie: wat kunnen leerlingen of studenten als ze de school verlaten?"),
             Text("waarom", "Waarom vinden we dat belangrijk?",
                  "De reden achter de ambitie: wat ziet u bij uw leerlingen en in de "
                  "regio?"),
             Typed(FieldType::kChoices, "verbindingen", "Verbindingen met ander beleid",
                   "Met welke beleidsterreinen hangt LOB samen?", PolicyLinks()),
             Text("verbindingen_toelichting", "Toelichting op de verbindingen")}};
}

Form Beleid() {
    return {{Text("vorig_jaar", "Bijstellingen uit de evaluatie van vorig schooljaar",
                  "Bij het starten van een nieuw schooljaar overgenomen uit de evaluatie."),
             Line("budget", "Budget", "Bijvoorbeeld: € 25.000 per jaar"),
             Line("fte", "Formatie (fte)", "Bijvoorbeeld: 0,6 fte decanaat"),
             Line("uren", "Uren", "Bijvoorbeeld: 40 uur per mentor per jaar"),
             Text("rollen", "Rollen en taken", "Wie doet wat? De LOB-taken maken dit precies."),
             Text("facilitering", "Facilitering", "Tijd, ruimte, middelen en systemen."),
             Text("professionalisering", "Professionalisering",
                  "Bijvoorbeeld: training loopbaangesprekken voor alle mentoren."),
             Text("tijdpad", "Tijdpad", "Wanneer gebeurt wat dit schooljaar?")}};
}

Form Doel() {
    return {{Required(Line("titel", "Doel", "Kort en concreet: wat wil de school bereiken?")),
             Line("indicator", "Indicator", "Waaraan meet u het?"),
             Line("nulmeting", "Nulmeting", "De waarde bij de start."),
             Line("streefwaarde", "Streefwaarde", "De waarde die u wilt halen."),
             Typed(FieldType::kChoice, "richting", "Wat is beter?",
                   "Zo ziet Koers of de streefwaarde de goede kant op gaat.",
                   {{"hoger", "Een hogere waarde"}, {"lager", "Een lagere waarde"}}),
             Typed(FieldType::kDate, "deadline", "Deadline"),
             Typed(FieldType::kChoices, "themas", "Thema's uit de LOB-scan",
                   "Aan welke thema's van de LOB-scan draagt dit doel bij?"),
             Line("resultaat", "Gemeten resultaat", "In te vullen bij de evaluatie."),
             Typed(FieldType::kChoice, "oordeel", "Oordeel", "In te vullen bij de evaluatie.",
                   {{"behaald", "Behaald"}, {"deels", "Deels behaald"}, {"niet", "Niet behaald"}}),
             Typed(FieldType::kChoice, "vervolg", "Volgend schooljaar",
                   "Bij het starten van een nieuw schooljaar wordt een afgerond doel niet "
                   "overgenomen; het gemeten resultaat wordt de nieuwe nulmeting.",
                   {{"voortzetten", "Voortzetten"}, {"afronden", "Afronden"}})}};
}

Form Werkplan() {
    return {{Text("vorig_jaar", "Bijstellingen uit de evaluatie van vorig schooljaar",
                  "Bij het starten van een nieuw schooljaar overgenomen uit de evaluatie."),
             Text("aanbod", "Aanbod in het kort",
                  "Welke activiteiten en begeleiding biedt het team, in een paar zinnen?"),
             Text("planning", "Planning", "De grote lijnen door het jaar."),
             Text("rolverdeling", "Rolverdeling", "Wie in het team doet wat?")}};
}

Form Activiteit() {
    return {
        {Required(Line("wat", "Activiteit", "Bijvoorbeeld: meeloopdag mbo")),
         Line("doelgroep", "Leerjaar of groep", "Bijvoorbeeld: havo 4"),
         Typed(FieldType::kMonth, "maand", "Wanneer", "De maand waarin het plaatsvindt."),
         Line("wie", "Wie", "Wie voert het uit?"),
         Typed(FieldType::kChoice, "doel", "Doel uit het beleid",
               "Aan welk doel van het LOB-beleid draagt dit bij?"),
         Typed(FieldType::kChoices, "competenties", "Loopbaancompetenties", {},
               LoopbaanCompetencies()),
         Typed(FieldType::kChoice, "status", "Uitvoering", {},
               {{std::string(kGepland), "Gepland"},
                {std::string(kUitgevoerd), "Uitgevoerd"},
                {std::string(kVervallen), "Vervallen"}}),
         Text("toelichting", "Toelichting bij de uitvoering"),
         Typed(
             FieldType::kChoice, "vervolg", "Volgend schooljaar",
             "Een activiteit die stopt wordt bij het nieuwe schooljaar niet overgenomen.",
             {{"voortzetten", "Voortzetten"}, {"aanpassen", "Aanpassen"}, {"stoppen", "Stoppen"}}),
         Line("herkomst", "Herkomst", "Bijvoorbeeld het actiepunt uit de LOB-scan.")}};
}

Form Evaluatie(std::string_view sector, bool team_level) {
    Form f{
        {Text("gebeurd", "Wat is er uitgevoerd?",
              team_level ? "De stand van de activiteiten staat hierboven; licht toe wat "
                           "wel en niet gebeurde."
                         : "Hebben de teams hun werkplannen uitgevoerd binnen visie en beleid?"),
         Text("resultaten", "Resultaten en kwaliteit", "Wat leverde het op, en hoe goed was het?"),
         Typed(FieldType::kChoices, "bronnen", "Gebruikte gegevens", {},
               {{"scan", "Resultaten van de LOB-scan"},
                {"tevredenheid", "Tevredenheid van leerlingen of studenten"},
                {"doorstroom", "Doorstroomcijfers"},
                {"alumni", "Gegevens van oud-leerlingen (alumni)"},
                {"gesprekken", "Gesprekken met team, leerlingen of ouders"}}),
         Text("conclusies", "Conclusies"),
         Text("bijstellingen", "Bijstellingen voor volgend schooljaar",
              "Deze tekst gaat mee naar het nieuwe schooljaar.")}};
    if (!team_level) {
        const std::string body(ParticipationBody(sector));
        f.fields.push_back(
            Typed(FieldType::kDate, "raad_datum", "Datum van de evaluatie met de " + body));
        f.fields.push_back(Text("raad_uitkomst", "Uitkomst van de evaluatie met de " + body));
    }
    return f;
}

Form Leiderschap() {
    return {{Required(Typed(FieldType::kDate, "datum", "Datum van het gesprek")),
             Required(Line("deelnemers", "Deelnemers")),
             Text("initiatief",
                  "Neemt de schoolleiding het initiatief voor LOB, en draagt zij "
                  "het beleid zichtbaar uit?"),
             Text("coordinatie",
                  "Is duidelijk wie LOB coördineert, met welk mandaat en welke "
                  "tijd?"),
             Text("teams", "Doen alle teams mee, en weten zij wat van hen verwacht wordt?"),
             Text("personeel",
                  "Zijn mentoren, docenten en ondersteuners betrokken en "
                  "toegerust?"),
             Text("raad", "Praat de leerlingen- of studentenraad mee over LOB?"),
             Text("afspraken", "Afspraken", "Wat spreekt u af, wie doet het, wanneer?")}};
}

Form Taak() {
    std::vector<Option> categories;
    for (const auto& c : TaskCategories())
        categories.push_back({std::string(c.code), std::string(c.label)});
    Form f{{Required(Typed(FieldType::kChoice, "categorie", "Categorie", {}, categories)),
            Required(Line("taak", "Taak"))}};
    const std::vector<Option> carries = {{std::string(kUitvoerend), "Uitvoerend"},
                                         {std::string(kVerantwoordelijk), "Verantwoordelijk"},
                                         {std::string(kBetrokken), "Betrokken"}};
    for (const auto& a : TaskActors()) {
        f.fields.push_back(
            Typed(FieldType::kChoice, CarryField(a.code), std::string(a.label), {}, carries));
        f.fields.push_back(Line(NoteField(a.code), "Notitie bij " + std::string(a.label)));
    }
    return f;
}

}  // namespace

std::string_view ParticipationBody(std::string_view sector) {
    if (sector == "mbo") return "studentenraad";
    if (sector == "hbo") return "medezeggenschapsraad of opleidingscommissie";
    return "medezeggenschapsraad (MR)";
}

Form FormOf(Kind kind, std::string_view sector, bool team_level) {
    switch (kind) {
        case Kind::kVisie:
            return Visie();
        case Kind::kBeleid:
            return Beleid();
        case Kind::kDoel:
            return Doel();
        case Kind::kWerkplan:
            return Werkplan();
        case Kind::kActiviteit:
            return Activiteit();
        case Kind::kEvaluatie:
            return Evaluatie(sector, team_level);
        case Kind::kLeiderschap:
            return Leiderschap();
        case Kind::kTaak:
            return Taak();
    }
    return Visie();
}

std::vector<std::string> Gaps(Kind kind, const Fields& fields) {
    std::vector<std::string> out;
    auto need = [&](std::string_view name, std::string_view label) {
        if (FieldOf(fields, name).empty()) out.emplace_back(label);
    };
    switch (kind) {
        case Kind::kDoel:
            need("indicator", "indicator");
            need("nulmeting", "nulmeting");
            need("streefwaarde", "streefwaarde");
            need("deadline", "deadline");
            break;
        case Kind::kVisie:
            need("betekenis", "wat LOB is");
            need("ambitie", "ambitie");
            need("waarom", "waarom");
            break;
        case Kind::kEvaluatie:
            need("conclusies", "conclusies");
            break;
        default:
            break;
    }
    return out;
}

bool ChangesAgreement(Kind kind, const Fields* before, const Fields* after) {
    if (kind != Kind::kDoel && kind != Kind::kActiviteit) return false;
    if (!before || !after) return true;
    constexpr std::string_view kOutcomes[] = {"resultaat", "oordeel", "vervolg", "status",
                                              "toelichting"};
    auto agreed = [&](const Fields& f) {
        Fields out = f;
        for (auto name : kOutcomes) out.erase(std::string(name));
        return out;
    };
    return agreed(*before) != agreed(*after);
}

std::vector<std::string> AdoptionBlockers(Kind kind, const Fields& fields, int children) {
    std::vector<std::string> out;
    if (kind == Kind::kVisie) {
        for (const auto& gap : Gaps(kind, fields)) out.push_back("Vul in: " + gap + ".");
    } else if (kind == Kind::kBeleid && children == 0) {
        out.emplace_back("Voeg minstens één doel toe.");
    } else if (kind == Kind::kWerkplan) {
        if (FieldOf(fields, "aanbod").empty())
            out.emplace_back("Beschrijf het aanbod van het team.");
        if (children == 0) out.emplace_back("Voeg minstens één activiteit toe.");
    }
    return out;
}

}  // namespace koers::core
