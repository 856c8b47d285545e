#include "modules/quality/demo_quality.hpp"

#include <array>
#include <string>

#include "modules/quality/core/cycle.hpp"
#include "modules/quality/core/rollover.hpp"
#include "modules/quality/core/tasks.hpp"

namespace koers::modules {
namespace {

const storage::Author kDecaan{std::nullopt, "Dirk Decaan"};
const storage::Author kLeider{std::nullopt, "Saskia de Leeuw"};

struct Activity {
    const char* what;
    const char* group;
    int month_offset;  // months after August
    const char* who;
    const char* competencies;
};

constexpr std::array<Activity, 8> kActivities = {{
    {"Kennismakingsgesprek met elke leerling over interesses", "leerjaar 1", 1, "mentor",
     "kwaliteiten,motieven"},
    {"Beroepenmarkt met ouders en oud-leerlingen", "leerjaar 3", 3, "decaan",
     "werkexploratie,netwerken"},
    {"Meeloopdag in het mbo of hbo", "examenklas", 5, "decaan en mentor", "werkexploratie"},
    {"Reflectiegesprek na de snuffelstage", "leerjaar 2", 6, "mentor",
     "kwaliteiten,loopbaansturing"},
    {"Driehoeksgesprek over de profielkeuze", "leerjaar 3", 7, "mentor", "loopbaansturing"},
    {"Workshop netwerken met LinkedIn", "examenklas", 8, "vakdocent", "netwerken"},
    {"Open dagen bezoeken en verslag in het loopbaandossier", "examenklas", 4, "leerling",
     "werkexploratie,motieven"},
    {"Loopbaangesprek over de vervolgkeuze", "examenklas", 9, "mentor", "loopbaansturing"},
}};

// Title, indicator, nulmeting, streefwaarde, deadline (month-day), result, judgement, next year.
constexpr std::array<std::array<const char*, 8>, 4> kGoals = {{
    {"Alle leerlingen voeren drie loopbaangesprekken per jaar",
     "aandeel leerlingen met drie gesprekken in het dossier", "55%", "90%", "06-30", "78%", "deels",
     "voortzetten"},
    {"Mentoren voelen zich toegerust voor het loopbaangesprek", "score op de teamenquête (1-5)",
     "3,1", "4,0", "05-31", "3,6", "deels", "voortzetten"},
    {"Minder uitval in het eerste jaar van het vervolgonderwijs",
     "uitval na één jaar volgens de doorstroomgegevens", "14%", "10%", "07-15", "12%", "deels",
     "voortzetten"},
    {"Ouders zijn betrokken bij de profielkeuze", "opkomst driehoeksgesprekken leerjaar 3", "48%",
     "75%", "03-31", "81%", "behaald", "afronden"},
}};

// Who carries the starter tasks at the demo school, in their order; two stay uncarried.
constexpr std::array<const char*, 16> kCarriers = {"mentor:U,decaan:V,teamleider:B",
                                                   "mentor:U,vakdocent:B",
                                                   "mentor:U,teamleider:V",
                                                   "mentor:U,teamleider:V,ouders:B",
                                                   "decaan:U,schoolleiding:V,teamleider:B",
                                                   "decaan:U,ondersteuners:B",
                                                   "decaan:U,onderwijs:B,bedrijfsleven:B",
                                                   "",
                                                   "decaan:U,schoolleiding:V",
                                                   "teamleider:U,schoolleiding:V",
                                                   "decaan:U,schoolleiding:V",
                                                   "gemeente:B",
                                                   "schoolleiding:U,bestuur:V",
                                                   "schoolleiding:V,decaan:B",
                                                   "schoolleiding:U",
                                                   "schoolleiding:U,bestuur:B"};

void AssignDemoTasks(storage::QualityRepo& repo, const storage::YearRecord& year, int64_t now) {
    const auto tasks = repo.Records(year.id, core::Kind::kTaak, std::nullopt);
    for (size_t i = 0; i < tasks.size() && i < kCarriers.size(); ++i) {
        core::Record r = tasks[i].record;
        for (const auto& pair : core::SplitChoices(kCarriers[i])) {
            const std::string actor = pair.substr(0, pair.find(':'));
            const char letter = pair.back();
            r.fields[core::CarryField(actor)] =
                std::string(letter == 'U'   ? core::kUitvoerend
                            : letter == 'V' ? core::kVerantwoordelijk
                                            : core::kBetrokken);
        }
        repo.Update(year.id, r, tasks[i].version, kDecaan, now);
    }
}

int64_t Add(storage::QualityRepo& repo, const storage::YearRecord& year, const core::Record& r,
            const storage::Author& by, int64_t now) {
    int64_t id = 0;
    repo.Create(year.id, r, by, now, &id);
    return id;
}

// Vaststellen again once a document's goals or activities are in (each addition made it a
// concept, as it does for a school).
void Readopt(storage::QualityRepo& repo, const storage::YearRecord& year, core::Kind kind,
             std::optional<int64_t> team_id, const std::string& by, int64_t now) {
    auto doc = repo.Single(year.id, kind, team_id);
    if (!doc) return;
    core::Record r = doc->record;
    r.status = std::string(core::kVastgesteld);
    r.status_at = now;
    r.status_by = by;
    repo.Update(year.id, r, doc->version, {std::nullopt, by}, now, "vastgesteld");
}

core::Record Adopted(core::Kind kind, core::Fields fields, int64_t now) {
    return {.kind = kind,
            .status = std::string(core::kVastgesteld),
            .status_at = now,
            .status_by = kLeider.name,
            .fields = std::move(fields)};
}

}  // namespace

void FillQualityYear(storage::QualityRepo& repo, const storage::YearRecord& year,
                     const std::vector<storage::TeamRecord>& teams, int activities, bool evaluated,
                     int64_t now) {
    const std::string y = std::to_string(year.start_year + 1);
    Add(repo, year,
        Adopted(core::Kind::kVisie,
                {{"betekenis",
                  "LOB helpt leerlingen ontdekken wie ze zijn, wat ze willen en "
                  "hoe ze daar komen. Het is geen los vak: het zit in mentoraat, "
                  "vakken en stages."},
                 {"ambitie",
                  "Elke leerling maakt een bewuste, goed onderbouwde keuze voor een "
                  "vervolgopleiding en kan die keuze uitleggen."},
                 {"waarom",
                  "Te veel oud-leerlingen stoppen in het eerste jaar van hun "
                  "vervolgopleiding; zij zeggen dat ze te laat echt nadachten."},
                 {"verbindingen", "profielkeuze,mentoraat,stage,ouders"}},
                now),
        kDecaan, now);
    Add(repo, year,
        Adopted(core::Kind::kBeleid,
                {{"budget", "€ 18.000 per jaar"},
                 {"fte", "0,5 fte decanaat"},
                 {"uren", "20 uur per mentor voor loopbaangesprekken"},
                 {"rollen",
                  "De decaan coördineert, mentoren voeren de gesprekken, "
                  "teamleiders bewaken de werkplannen."},
                 {"facilitering", "Vaste LOB-uren in het rooster; loopbaandossier in Koers."},
                 {"professionalisering", "Training loopbaangesprekken voor nieuwe mentoren."},
                 {"tijdpad", "Werkplannen vóór 1 oktober, evaluatie in juni."}},
                now),
        kDecaan, now);
    std::vector<int64_t> goals;
    for (const auto& g : kGoals) {
        core::Fields f = {{"titel", g[0]},
                          {"indicator", g[1]},
                          {"nulmeting", g[2]},
                          {"streefwaarde", g[3]},
                          {"deadline", y + "-" + g[4]},
                          {"themas", "begeleiding"},
                          // the demo's figures have equal lengths, so text order is number order
                          {"richting", std::string(g[3]) > g[2] ? "hoger" : "lager"}};
        if (evaluated) {
            f["resultaat"] = g[5];
            f["oordeel"] = g[6];
            f["vervolg"] = g[7];
        }
        goals.push_back(
            Add(repo, year, {.kind = core::Kind::kDoel, .fields = std::move(f)}, kDecaan, now));
    }
    Readopt(repo, year, core::Kind::kBeleid, std::nullopt, std::string(kLeider.name), now);
    const std::string current = core::MonthOf(now);
    for (const auto& team : teams) {
        const int64_t plan =
            Add(repo, year,
                {.kind = core::Kind::kWerkplan,
                 .team_id = team.id,
                 .status = std::string(core::kVastgesteld),
                 .status_at = now,
                 .status_by = "Tamara Teamleider",
                 .fields = {{"aanbod",
                             "Per leerjaar een vaste lijn van gesprekken, oriëntatie en "
                             "reflectie, afgestemd met de decaan."},
                            {"planning",
                             "Gesprekken in oktober, februari en juni; oriëntatie in "
                             "het voorjaar."},
                            {"rolverdeling", "Mentoren voeren gesprekken, de teamleider plant."}}},
                kDecaan, now);
        for (int i = 0; i < activities; ++i) {
            const Activity& a = kActivities[static_cast<size_t>(i) % kActivities.size()];
            const std::string month =
                core::ShiftMonth(std::to_string(year.start_year) + "-08", a.month_offset);
            const bool past = month < current;
            const bool done = evaluated || (past && i % 3 != 1);
            core::Record r{.kind = core::Kind::kActiviteit, .team_id = team.id, .parent_id = plan};
            core::ApplyEdit(r, {{"wat", a.what},
                                {"doelgroep", a.group},
                                {"maand", month},
                                {"wie", a.who},
                                {"doel", std::to_string(goals[static_cast<size_t>(i) % 4])},
                                {"competenties", a.competencies},
                                {"status", done ? "uitgevoerd" : "gepland"},
                                {"toelichting", done ? "Gehouden volgens plan." : ""},
                                {"vervolg", i == 5 && evaluated ? "stoppen" : ""}});
            Add(repo, year, r, kDecaan, now);
        }
        Readopt(repo, year, core::Kind::kWerkplan, team.id, "Tamara Teamleider", now);
        if (evaluated) {
            Add(repo, year,
                {.kind = core::Kind::kEvaluatie,
                 .team_id = team.id,
                 .fields = {{"gebeurd", "Alle activiteiten zijn doorgegaan."},
                            {"resultaten", "Leerlingen waarderen de gesprekken met een 7,4."},
                            {"bronnen", "scan,tevredenheid"},
                            {"conclusies",
                             "De gesprekken werken; de workshop netwerken sloeg "
                             "niet aan."},
                            {"bijstellingen",
                             "Workshop netwerken vervangen door een "
                             "alumnimiddag; ouders eerder uitnodigen."}}},
                kDecaan, now);
        }
    }
    if (evaluated) {
        Add(repo, year,
            {.kind = core::Kind::kEvaluatie,
             .fields = {{"gebeurd", "Alle teams voerden hun werkplan uit."},
                        {"resultaten", "Drie van de vier doelen gehaald."},
                        {"bronnen", "scan,tevredenheid,doorstroom"},
                        {"conclusies", "Het aantal gesprekken blijft achter bij de ambitie."},
                        {"bijstellingen",
                         "Gesprekken vastleggen in het loopbaandossier; extra "
                         "uren voor mentoren in de examenklassen."},
                        {"raad_datum", y + "-06-18"},
                        {"raad_uitkomst",
                         "De MR steunt de bijstellingen en vraagt om meer "
                         "aandacht voor ouders."}}},
            kDecaan, now);
    }
}

void SeedDemoQuality(storage::Database& db, int64_t school_id, int64_t now) {
    storage::QualityRepo repo(db);
    storage::OrgRepo orgs(db);
    const auto teams = orgs.Teams(school_id);
    const int current = core::SchoolYearOf(now);
    const auto last = repo.StartFirstYear(school_id, current - 1, kDecaan, now);
    FillQualityYear(repo, last, teams, 6, true, now);
    AssignDemoTasks(repo, last, now);
    const auto next = repo.StartNextYear(last, kDecaan, now);
    if (!next || teams.empty()) return;
    // This year so far: the first teams adopted their werkplan and did what was due; the last
    // team is behind.
    const std::string month = core::MonthOf(now);
    for (const auto& plan : repo.Records(next->id, core::Kind::kWerkplan)) {
        if (plan.record.team_id == teams.back().id) continue;
        core::Record r = plan.record;
        r.status = std::string(core::kVastgesteld);
        r.status_at = now;
        r.status_by = "Tamara Teamleider";
        repo.Update(next->id, r, plan.version, {std::nullopt, r.status_by}, now, "vastgesteld");
    }
    for (const auto& a : repo.Records(next->id, core::Kind::kActiviteit)) {
        if (a.record.team_id == teams.back().id || a.record.due >= month) continue;
        core::Record r = a.record;
        core::Fields f = r.fields;
        f["status"] = std::string(core::kUitgevoerd);
        f["toelichting"] = "Gehouden; goed bezocht.";
        core::ApplyEdit(r, std::move(f));
        repo.Update(next->id, r, a.version, kDecaan, now);
    }
}

}  // namespace koers::modules
