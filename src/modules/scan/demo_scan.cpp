#include "modules/scan/demo_scan.hpp"

#include <algorithm>

#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::modules {
namespace {

using core::Group;

constexpr int64_t kDay = int64_t{24} * 3600;

struct DemoRound {
    std::string_view brin;
    std::string_view title;
    int64_t days_ago;  // when it closed; 0: still running
    double maturity;   // 0..1, the school's overall stage
    int respondents;
    std::string_view team = {};  // a round of one team; empty: the whole school
    int leerlingen = 0;          // who answered their own questions besides the staff mix
    int ouders = 0;
    int alumni = 0;  // former leerlingen, looking back (beside the doorstroomgegevens)
};

// Veldzicht has an earlier round to compare with (both with leerlingen and ouders, the later one
// also with alumni), a running one and two teams' own rounds; the other vo schools give the peer
// means (six schools in the sector, four others in Veldzicht's region: below five).
constexpr DemoRound kRounds[] = {
    {"21VZ", "LOB-scan najaar 2025", 300, 0.35, 14, {}, 18, 4},
    {"21VZ", "LOB-scan voorjaar 2026", 120, 0.55, 16, {}, 24, 6, 9},
    {"22RL", "LOB-scan 2026", 100, 0.6, 12},
    {"23AB", "LOB-scan 2026", 90, 0.45, 10},
    {"24PC", "LOB-scan 2026", 80, 0.4, 9},
    {"25SG", "LOB-scan 2026", 70, 0.7, 8},
    {"14LD", "LOB-scan 2026", 60, 0.5, 11},
    {"16TE", "LOB-scan 2026", 50, 0.3, 9},
    {"21VZ", "LOB-scan najaar 2026", 0, 0.6, 4},
    // Two of Veldzicht's teams held a round of their own, to compare with the whole school.
    {"21VZ", "Teamscan Bovenbouw havo", 100, 0.7, 7, "Bovenbouw havo"},
    {"21VZ", "Teamscan Onderbouw", 95, 0.45, 6, "Onderbouw"},
};

constexpr std::string_view kComments[] = {
    "Bij ons in de bovenbouw gebeurt dit al goed, in de onderbouw nog niet.",
    "Hangt erg af van de mentor.",
    "Staat op papier, maar wordt niet geëvalueerd.",
    "Graag meer tijd hiervoor in het rooster.",
};

// Theme stages differ: visie and begeleiding ahead, kwaliteitszorg and samenwerking behind.
std::vector<double> Maturity(const core::Instrument& ins, double overall) {
    std::vector<double> out;
    for (const auto& t : ins.themes) {
        double shift = 0;
        if (t.code == "visie" || t.code == "begeleiding") shift = 0.15;
        if (t.code == "kwaliteit" || t.code == "samenwerking") shift = -0.15;
        out.push_back(std::clamp(overall + shift, 0.05, 0.95));
    }
    return out;
}

Group GroupFor(int i) {
    static constexpr Group kMix[] = {Group::kDocenten,    Group::kMentoren,      Group::kDocenten,
                                     Group::kMentoren,    Group::kSchoolleiding, Group::kDocenten,
                                     Group::kCoordinator, Group::kLeerlingen};
    return kMix[static_cast<size_t>(i) % std::size(kMix)];
}

}  // namespace

double ScanAnswerGenerator::Uniform() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state_ >> 11) / static_cast<double>(1ULL << 53);
}

core::ScanResponse ScanAnswerGenerator::Next(const core::Instrument& ins, Group group,
                                             const std::vector<double>& maturity) {
    core::ScanResponse r{group, std::vector<int8_t>(ins.StatementCount(), core::kUnanswered)};
    const auto audience = core::AudienceOf(group);
    // Leadership sees things a little rosier than the teams, and leerlingen notice less of it than
    // the staff think: visible differences.
    const double bias = group == Group::kSchoolleiding ? 0.15
                        : group == Group::kLeerlingen  ? -0.15
                                                       : 0.0;
    for (size_t i = 0; i < r.answers.size(); ++i) {
        if (!ins.Asks(audience, ins.At(i))) continue;
        const double u = Uniform();
        if (u < 0.03) continue;  // left open
        if (u < 0.09) {
            r.answers[i] = core::kDontKnow;
            continue;
        }
        const double m = std::clamp(maturity[ins.ThemeOf(i)] + bias, 0.0, 1.0);
        const double x = std::clamp(m + (Uniform() - 0.5) * 0.6, 0.0, 0.999);
        r.answers[i] = static_cast<int8_t>(1 + static_cast<int>(x * core::kPhases));
    }
    return r;
}

void SeedDemoScan(storage::Database& db, const std::map<std::string, int64_t, std::less<>>& schools,
                  int64_t now) {
    storage::ScanRepo repo(db);
    storage::OrgRepo orgs(db);
    const core::ManualClock clock(now);
    web::ScanService service(repo, orgs, clock);
    ScanAnswerGenerator gen(2026);
    // The alumni's own, so that the other rounds' answers stay as they were.
    ScanAnswerGenerator alumni_gen(2027);
    uint64_t token = 0;
    uint64_t alumni_token = 0;
    for (const auto& d : kRounds) {
        auto it = schools.find(d.brin);
        if (it == schools.end()) continue;
        auto school = orgs.School(it->second);
        auto instrument = repo.LatestInstrument(school->sector);
        if (!instrument) continue;
        const auto ins = service.InstrumentOf(instrument->id);
        storage::RoundRecord r;
        r.school_id = school->id;
        r.instrument_id = instrument->id;
        r.title = std::string(d.title);
        for (const auto& t : orgs.Teams(school->id))
            if (!d.team.empty() && t.name == d.team) r.team_id = t.id;
        r.groups = {Group::kSchoolleiding, Group::kCoordinator, Group::kMentoren, Group::kDocenten,
                    Group::kLeerlingen};
        if (d.ouders > 0) r.groups.push_back(Group::kOuders);
        if (d.alumni > 0 && ins->HasOwnQuestions(core::Audience::kAlumni))
            r.groups.push_back(Group::kAlumni);
        r.created_at = now - (d.days_ago + 21) * kDay;
        r.deadline = now + 21 * kDay;
        std::vector<storage::OpenLink> links;
        for (Group g : r.groups)
            links.push_back({g, "demo" + std::string(d.brin) + std::to_string(r.created_at) +
                                    std::string(core::GroupCode(g))});
        r.id = repo.CreateRound(r, links);
        const auto maturity = Maturity(*ins, d.maturity);
        const int alumni = r.groups.back() == Group::kAlumni ? d.alumni : 0;
        for (int i = 0; i < d.respondents + d.leerlingen + d.ouders + alumni; ++i) {
            const Group group = i < d.respondents                             ? GroupFor(i)
                                : i < d.respondents + d.leerlingen            ? Group::kLeerlingen
                                : i < d.respondents + d.leerlingen + d.ouders ? Group::kOuders
                                                                              : Group::kAlumni;
            const bool alum = group == Group::kAlumni;
            auto& g = alum ? alumni_gen : gen;
            const auto response = g.Next(*ins, group, maturity);
            const std::string key = alum ? "demo-alumni-" + std::to_string(++alumni_token)
                                         : "demo-" + std::to_string(++token);
            const int64_t id =
                repo.StartResponse(r.id, response.group, web::auth::HashToken(key), now);
            std::vector<storage::AnswerRecord> answers;
            for (size_t s = 0; s < response.answers.size(); ++s) {
                if (response.answers[s] == core::kUnanswered) continue;
                std::string comment;
                if (g.Uniform() < 0.01 && !alum) comment = kComments[token % std::size(kComments)];
                answers.push_back({ins->At(s).code, response.answers[s], comment});
            }
            repo.SaveAnswers(id, answers, now);
            repo.Submit(id, now);
        }
        if (d.days_ago == 0) continue;  // the running round
        repo.SetDeadline(r.id, now - d.days_ago * kDay);
        service.Close(*repo.Round(r.id), now - d.days_ago * kDay);
        if (d.brin == "21VZ" && d.days_ago == 120) {
            repo.AddAction(
                {0, r.id, "kwaliteit", "Jaarlijkse evaluatie van LOB met de MR inplannen",
                 "Dirk Decaan", "2026-12-15", now},
                std::nullopt);
            repo.AddAction(
                {0, r.id, "begeleiding", "Gespreksleidraad loopbaangesprek voor alle mentoren",
                 "Tamara Teamleider", "2027-02-01", now},
                std::nullopt);
        }
    }
}

}  // namespace koers::modules
