#include "modules/dossier/web/todos.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/paths.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::web {

using namespace dossier_paths;

namespace {

// A leerling who asked for a gesprek two weeks ago has waited long enough.
constexpr int64_t kTalkWaits = int64_t{14} * 86400;

// "1 leerling van H4A vraagt" or "3 leerlingen van H4A vragen".
std::string Leerlingen(size_t n, const std::string& group, const char* one, const char* more) {
    return std::to_string(n) + (n == 1 ? " leerling van " : " leerlingen van ") + group + " " +
           (n == 1 ? one : more);
}

// The decaan: requests no mentor hears of (the decanen were mailed instead), per group without a
// mentor, and per student without a group (linked to the dossier, which shows the request).
std::vector<Todo> UnheardRequests(const Ctx& ctx, int64_t school) {
    std::vector<Todo> out;
    const int64_t now = ctx.app.clock.Now();
    const auto requests = DossierOf(ctx).conversation.RequestsWithoutMentor(school);
    std::map<int64_t, std::pair<const storage::RequestWithoutMentor*, size_t>> groups;
    for (const auto& r : requests) {
        if (!r.group_id) {
            out.push_back({"Een leerling zonder groep vraagt om een loopbaangesprek",
                           kDossier.With(school, r.student_id), now - r.asked_at > kTalkWaits});
            continue;
        }
        auto& [oldest, count] = groups[*r.group_id];
        if (!oldest) oldest = &r;  // oldest first
        ++count;
    }
    for (const auto& [group, seen] : groups)
        out.push_back({Leerlingen(seen.second, seen.first->group_name,
                                  "vraagt om een loopbaangesprek; de groep heeft geen mentor",
                                  "vragen om een loopbaangesprek; de groep heeft geen mentor"),
                       kGroup.With(school, group), now - seen.first->asked_at > kTalkWaits});
    return out;
}

}  // namespace

std::vector<Todo> DossierTodos(const Ctx& ctx, const core::Membership& role) {
    std::vector<Todo> out;
    if (!role.school_id || !ctx.user) return out;
    if (role.role == core::Role::kDecaan) return UnheardRequests(ctx, *role.school_id);
    if (role.role != core::Role::kMentor) return out;
    const auto& mine = ctx.user->mentor_groups;
    if (mine.empty()) return out;
    const int64_t school = *role.school_id;
    const int64_t now = ctx.app.clock.Now();
    auto& parts = DossierOf(ctx);
    for (const auto& group : ctx.app.students.Groups(school)) {
        if (std::find(mine.begin(), mine.end(), group.id) == mine.end()) continue;
        const std::string page = kGroup.With(school, group.id);
        const auto asked = parts.conversation.OpenRequests(group.id);
        if (!asked.empty()) {
            int64_t oldest = now;
            for (const auto& [student, at] : asked) oldest = std::min(oldest, at);
            out.push_back({Leerlingen(asked.size(), group.name, "vraagt om een loopbaangesprek",
                                      "vragen om een loopbaangesprek"),
                           page, now - oldest > kTalkWaits});
        }
        const auto summaries = parts.dossiers.Summaries(group.id);
        size_t quiet = 0;
        for (const auto& student : ctx.app.students.InGroup(group.id)) {
            if (!student.activated) continue;  // without an account nobody can write
            const auto summary =
                std::find_if(summaries.begin(), summaries.end(),
                             [&](const auto& s) { return s.student_id == student.id; });
            quiet +=
                core::IsQuiet(summary == summaries.end() ? std::nullopt : summary->last_at, now)
                    ? 1
                    : 0;
        }
        if (quiet > 0)
            out.push_back(
                {Leerlingen(quiet, group.name, "schreef zes weken niets in het loopbaandossier",
                            "schreven zes weken niets in hun loopbaandossier"),
                 page, false});
    }
    return out;
}

}  // namespace koers::web
