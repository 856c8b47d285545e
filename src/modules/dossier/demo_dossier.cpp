#include "modules/dossier/demo_dossier.hpp"

#include <array>
#include <string_view>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "platform/core/account/activation.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::modules {
namespace {

using core::EntryKind;
using core::Fields;

constexpr int64_t kDay = 86400;

struct Sample {
    EntryKind kind;
    std::array<std::pair<std::string_view, std::string_view>, 6> fields;
};

// Entries as students write them; fields left empty are not stored.
const std::array<Sample, 8> kSamples = {{
    {EntryKind::kErvaring,
     {{{"soort", "open-dag"},
       {"titel", "Open dag Horizon mbo, verpleegkunde"},
       {"doel", "Ik wilde weten of zorg echt iets voor mij is."},
       {"resultaat", "Rondleiding gehad en met twee studenten gepraat over hun stage."},
       {"evaluatie", "Leuker dan ik dacht. Het werk is zwaarder dan ik wist."},
       {"competenties", "werk,motieven"}}}},
    {EntryKind::kErvaring,
     {{{"soort", "meeloopdag"},
       {"titel", "Meeloopdag bij een installatiebedrijf"},
       {"plaats", "Amstelveen"},
       {"resultaat", "Een dag met een monteur mee naar klanten. Zelf een kraan vervangen."},
       {"vervolgstap", "Vragen of ik in de zomer mag komen werken."},
       {"competenties", "werk,netwerk"}}}},
    {EntryKind::kErvaring,
     {{{"soort", "beroepsgesprek"},
       {"titel", "Gesprek met mijn tante over haar werk als apotheker"},
       {"doel", "Weten wat je de hele dag doet in een apotheek."},
       {"evaluatie", "Veel scheikunde en veel contact met klanten. Dat laatste trekt mij."},
       {"vervolgstap", "Op de site van de hogeschool kijken naar farmakunde."},
       {"competenties", "werk,netwerk"}}}},
    {EntryKind::kReflectie,
     {{{"competentie", "kwaliteiten"},
       {"titel", "Na het groepsproject bij economie"},
       {"vraag1", "Plannen: ik maakte het schema en iedereen hield zich eraan."},
       {"vraag2", "Mijn docent zegt dat ik goed overzicht houd."},
       {"vraag3", "Beter durven zeggen als iemand zijn deel niet doet."},
       {"", ""}}}},
    {EntryKind::kReflectie,
     {{{"competentie", "motieven"},
       {"titel", "Wat ik belangrijk vind"},
       {"vraag1", "Sporten en kinderen trainen bij de voetbalclub."},
       {"vraag2", "Energie krijg ik van buiten zijn en met mensen werken."},
       {"vraag3", "Iets doen waar mensen echt wat aan hebben."},
       {"", ""}}}},
    {EntryKind::kReflectie,
     {{{"competentie", "sturing"},
       {"titel", "Profielkeuze komt eraan"},
       {"vraag1", "In februari kies ik mijn profiel."},
       {"vraag2", "Twee open lessen gevolgd en met de decaan gepraat."},
       {"vraag3", "Voor de kerst de profielkeuzetest maken."},
       {"", ""}}}},
    {EntryKind::kKeuze,
     {{{"soort", "profiel"},
       {"titel", "Natuur en Gezondheid"},
       {"waarom", "Biologie gaat me goed af en ik wil de zorg in."},
       {"twijfel", "Of scheikunde niet te moeilijk wordt."},
       {"stap", "Bijles vragen als mijn cijfer onder de zes komt."},
       {"competenties", "kwaliteiten,sturing"}}}},
    {EntryKind::kKeuze,
     {{{"soort", "doel"},
       {"titel", "Twee open dagen bezoeken voor de zomer"},
       {"waarom", "Ik weet nog niet welke opleiding en wil vergelijken."},
       {"stap", "Data opzoeken en met mijn ouders afspreken."},
       {"competenties", "sturing,werk"},
       {"", ""}}}},
}};

Fields FieldsOf(const Sample& s) {
    Fields f;
    for (const auto& [name, value] : s.fields)
        if (!name.empty()) f[std::string(name)] = std::string(value);
    return f;
}

constexpr std::array<std::string_view, 24> kFirstNames = {
    "Amira", "Bas",   "Chloë", "Daan", "Elif", "Finn", "Gijs",   "Hanna",
    "Ilias", "Jesse", "Kiki",  "Lars", "Mila", "Noah", "Olivia", "Pim",
    "Quinn", "Roos",  "Sven",  "Tess", "Umut", "Vera", "Wout",   "Yara"};
constexpr std::array<std::string_view, 16> kLastNames = {
    "de Boer", "Yilmaz", "Jansen", "El Amrani", "Visser", "Smit",   "Bakker", "Kramer",
    "de Wit",  "Mulder", "Bos",    "Hoekstra",  "Peters", "Dekker", "Koster", "Vos"};

// Adds `count` generated students to an existing group; `n` numbers the generated students
// across calls (names, local ids, entries). One in eight has no e-mail address, as in a real
// school: they sign in with the name Koers gives and an activation code from their mentor.
void FillGroup(storage::Database& db, int64_t school_id, int64_t group, const DemoGroup& g,
               const std::string& mail_domain, int first_local_id, int max_entries, int64_t now,
               int& n, std::vector<int64_t>& out) {
    storage::StudentRepo students(db);
    storage::UserRepo users(db);
    storage::DossierRepo dossiers(db);
    const std::string brin = storage::OrgRepo(db).School(school_id)->brin;
    for (int i = 0; i < g.students; ++i, ++n) {
        const int local = first_local_id + n;
        const std::string name = std::string(kFirstNames[n % kFirstNames.size()]) + " " +
                                 std::string(kLastNames[(n / 3) % kLastNames.size()]);
        const std::string sign_in = n % 8 == 5
                                        ? *core::StudentSignInName(std::to_string(local), brin)
                                        : "leerling" + std::to_string(local) + "@" + mail_domain;
        const int64_t user = users.Add(sign_in, name, std::nullopt, now);
        users.AddMembership(user, core::Role::kLeerling, school_id, std::nullopt, now);
        const std::string birth = std::to_string(2016 - g.leerjaar) + "-0" +
                                  std::to_string(1 + n % 9) + "-1" + std::to_string(n % 10);
        const int64_t id = students.Enrol({.school_id = school_id,
                                           .user_id = user,
                                           .local_id = std::to_string(local),
                                           .birth_date = birth,
                                           .onderwijstype = g.onderwijstype,
                                           .leerjaar = g.leerjaar,
                                           .group_id = group},
                                          now);
        out.push_back(id);
        const int entries = max_entries == 0 ? 0 : (n * 7) % (max_entries + 1);
        for (int e = 0; e < entries; ++e) {
            const Sample& s = kSamples[(n + e * 3) % kSamples.size()];
            const int64_t at = now - (10 + ((n * 13 + e * 29) % 120)) * kDay;
            dossiers.Add(id, s.kind, FieldsOf(s), {user, name}, at);
        }
    }
}

}  // namespace

std::vector<int64_t> SeedDossierGroups(storage::Database& db, int64_t school_id,
                                       const std::vector<DemoGroup>& groups,
                                       const std::string& mail_domain, int first_local_id,
                                       int max_entries, int64_t now) {
    storage::StudentRepo students(db);
    std::vector<int64_t> out;
    int n = 0;
    for (const auto& g : groups) {
        const int64_t group = students.AddGroup(school_id, g.name, now);
        for (int64_t mentor : g.mentors) students.AddMentor(group, mentor);
        FillGroup(db, school_id, group, g, mail_domain, first_local_id, max_entries, now, n, out);
    }
    return out;
}

void SeedDemoDossiers(storage::Database& db, int64_t school_id, int64_t now) {
    storage::UserRepo users(db);
    storage::StudentRepo students(db);
    storage::DossierRepo dossiers(db);
    const auto mentor = users.ByEmail("mentor@demo.koers.nl");
    const auto lotte = users.ByEmail("leerling@demo.koers.nl");
    if (!mentor || !lotte) return;
    // The demo leerling first, so her enrolment, her group and her first entry have id 1
    // (Module::walk_ids).
    const DemoGroup h4a{"H4A", "havo", 4, 23, {mentor->id}};
    const int64_t group = students.AddGroup(school_id, h4a.name, now);
    students.AddMentor(group, mentor->id);
    const int64_t own = students.Enrol({.school_id = school_id,
                                        .user_id = lotte->id,
                                        .local_id = "100001",
                                        .birth_date = "2010-03-14",
                                        .onderwijstype = h4a.onderwijstype,
                                        .leerjaar = h4a.leerjaar,
                                        .group_id = group},
                                       now);
    const storage::Author by{lotte->id, lotte->display_name};
    int64_t days_ago = 60;
    for (size_t i : {0U, 3U, 6U, 2U}) {
        dossiers.Add(own, kSamples[i].kind, FieldsOf(kSamples[i]), by, now - days_ago * kDay);
        days_ago -= 12;
    }
    // Her classmates, and two groups the demo mentor does not have (the decaan sees them all).
    int n = 0;
    std::vector<int64_t> ids;
    FillGroup(db, school_id, group, h4a, "demo.koers.nl", 100100, 4, now, n, ids);
    for (const DemoGroup& g :
         {DemoGroup{"H4B", "havo", 4, 22, {}}, DemoGroup{"V3A", "vwo", 3, 24, {}}}) {
        const int64_t other = students.AddGroup(school_id, g.name, now);
        FillGroup(db, school_id, other, g, "demo.koers.nl", 100100, 4, now, n, ids);
    }
    // The demo parent has two children: Lotte (16: only what she shares) and a 13-year-old in
    // V3A (the summary and what the gesprekken agreed).
    if (const auto parent = users.ByEmail("ouder@demo.koers.nl")) {
        students.AddParent(lotte->id, parent->id, now);
        students.AddParent(students.Student(ids.back())->user_id, parent->id, now);
    }
}

}  // namespace koers::modules
