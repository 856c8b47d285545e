#include "modules/roster/web/staff_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "modules/roster/storage/roster_repo.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::web {
namespace {

using RolesByUser = std::map<int64_t, std::vector<storage::SchoolRole>>;

RolesByUser RolesAt(storage::UserRepo& users, int64_t school_id) {
    RolesByUser out;
    for (auto& r : users.RolesAtSchool(school_id, core::kStaffListRoles))
        out[r.user.id].push_back(std::move(r));
    return out;
}

bool Holds(const std::vector<StaffRoleAt>& roles, const storage::SchoolRole& r) {
    return std::find(roles.begin(), roles.end(), StaffRoleAt{r.role, r.team_id}) != roles.end();
}

bool Holds(const std::vector<storage::SchoolRole>& current, const StaffRoleAt& r) {
    return std::any_of(current.begin(), current.end(), [&](const storage::SchoolRole& c) {
        return c.role == r.role && c.team_id == r.team_id;
    });
}

constexpr core::Role kLeerlingRole[] = {core::Role::kLeerling};

// "Mentor/SLB'er (team Bovenbouw)"
std::string RoleText(core::Role role, const std::optional<int64_t>& team,
                     const std::map<int64_t, std::string>& team_names) {
    std::string out(core::RoleLabel(role));
    if (team)
        if (auto found = team_names.find(*team); found != team_names.end())
            out += " (team " + found->second + ")";
    return out;
}

bool MentorsAfter(const PlannedStaff& p) {
    return std::any_of(p.roles.begin(), p.roles.end(),
                       [](const StaffRoleAt& r) { return r.role == core::Role::kMentor; });
}

// Whether a person on the list stops mentoring the groups their row does not name: always when
// the list has a column of groups (it says who mentors what), and otherwise when they are no
// longer a mentor (unless it is the person applying it, whose roles stay).
bool LeavesOtherGroups(const StaffPlan& plan, const PlannedStaff& p, int64_t actor) {
    const bool is_actor = p.account && p.account->id == actor;
    return plan.has_groups_column || (!MentorsAfter(p) && !is_actor);
}

}  // namespace

std::string StaffPlan::Summary() const {
    return std::to_string(added) + " nieuw, " + std::to_string(changed) + " gewijzigd, " +
           std::to_string(leavers.size()) + " vertrokken, " + std::to_string(same) + " ongewijzigd";
}

StaffPlan StaffService::Plan(int64_t school_id, std::string_view file, int64_t actor) {
    return PlanIn(db_, school_id, file, actor);
}

StaffPlan StaffService::PlanIn(storage::Database& db, int64_t school_id, std::string_view file,
                               int64_t actor) {
    core::StaffFile read = core::ReadStaffList(file);
    StaffPlan plan;
    plan.problems = std::move(read.problems);
    plan.columns = std::move(read.columns);
    plan.has_groups_column = read.has_groups_column;
    if (!plan.problems.empty()) return plan;
    storage::UserRepo users(db);
    std::map<std::string, int64_t> teams;  // by lower-case name
    std::map<int64_t, std::string> team_names;
    for (const auto& t : storage::OrgRepo(db).Teams(school_id)) {
        teams.emplace(core::AsciiLower(t.name), t.id);
        team_names.emplace(t.id, t.name);
    }
    std::map<std::string, storage::GroupRecord> groups;  // by lower-case name
    std::map<int64_t, std::set<int64_t>> mentor_of;      // user -> groups
    for (auto& g : storage::StudentRepo(db).Groups(school_id)) {
        for (int64_t m : g.mentor_ids) mentor_of[m].insert(g.id);
        groups.emplace(core::AsciiLower(g.name), std::move(g));
    }
    const RolesByUser current = RolesAt(users, school_id);
    std::set<int64_t> in_file;
    for (auto& row : read.rows) {
        PlannedStaff p{std::move(row), "gelijk", std::nullopt, {}, {}, {}};
        p.account = users.ByEmail(p.row.email);
        auto error = [&](std::string message) { p.row.errors.push_back(std::move(message)); };
        if (p.account && users.HasRole(p.account->id, kLeerlingRole))
            error("E-mailadres " + p.row.email + " hoort bij een leerling in Koers.");
        std::optional<int64_t> team;
        if (!p.row.team.empty()) {
            if (auto found = teams.find(core::AsciiLower(p.row.team)); found != teams.end())
                team = found->second;
            else
                error("Team “" + p.row.team +
                      "” bestaat niet bij deze school. Maak het team aan op de pagina van de "
                      "school, of laat de kolom leeg.");
        }
        const int64_t id = p.account ? p.account->id : 0;
        static const std::vector<storage::SchoolRole> kNone;
        const auto found = current.find(id);
        const auto& now_roles = found == current.end() ? kNone : found->second;
        for (core::Role role : p.row.roles) {
            // Without a team column the list says nothing about teams: a role someone has
            // keeps its team (a teamleider of one team must not become one of the whole school).
            bool kept = false;
            if (!read.has_team_column)
                for (const auto& r : now_roles)
                    if (r.role == role) {
                        p.roles.push_back({role, r.team_id});
                        kept = true;
                    }
            if (!kept) p.roles.push_back({role, core::RoleMayHaveTeam(role) ? team : std::nullopt});
        }
        for (const auto& name : p.row.groups) {
            if (auto found = groups.find(core::AsciiLower(name)); found != groups.end())
                p.groups.push_back(found->second.id);
            else
                error("Klas “" + name +
                      "” staat niet in Koers. Lees eerst de leerlingenlijst in, of verbeter de "
                      "naam.");
        }
        if (id != 0 && !in_file.insert(id).second)
            error("Deze medewerker staat twee keer in het bestand.");
        if (!p.account) p.changes.emplace_back("account maken en uitnodigen");
        for (const auto& r : p.roles)
            if (!Holds(now_roles, r))
                p.changes.push_back(RoleText(r.role, r.team_id, team_names) + " erbij");
        for (const auto& r : now_roles)
            if (!Holds(p.roles, r))
                p.changes.push_back(
                    RoleText(r.role, r.team_id, team_names) +
                    (id == actor ? " blijft: uw eigen rol neemt de lijst niet af" : " vervalt"));
        const std::set<int64_t>& had = mentor_of[id];
        for (size_t i = 0; i < p.groups.size(); ++i)
            if (!had.count(p.groups[i])) p.changes.push_back("mentor van " + p.row.groups[i]);
        if (LeavesOtherGroups(plan, p, actor))
            for (const auto& [name, g] : groups)
                if (had.count(g.id) &&
                    std::find(p.groups.begin(), p.groups.end(), g.id) == p.groups.end())
                    p.changes.push_back("niet meer mentor van " + g.name);
        if (now_roles.empty())
            p.action = "nieuw";
        else if (!p.changes.empty())
            p.action = "gewijzigd";
        if (!p.row.errors.empty()) ++plan.with_errors;
        plan.added += p.action == "nieuw" ? 1 : 0;
        plan.changed += p.action == "gewijzigd" ? 1 : 0;
        plan.same += p.action == "gelijk" ? 1 : 0;
        plan.rows.push_back(std::move(p));
    }
    for (const auto& [id, roles] : current) {
        if (in_file.count(id)) continue;
        if (id == actor) {
            plan.actor_missing = true;
            continue;
        }
        StaffLeaver leaver{roles.front().user, {}};
        for (const auto& r : roles) leaver.roles.push_back(RoleText(r.role, r.team_id, team_names));
        plan.leavers.push_back(std::move(leaver));
    }
    return plan;
}

StaffApplied StaffService::Apply(int64_t school_id, int64_t import_id, int64_t actor) {
    const auto stored =
        storage::RosterRepo(db_).Find(school_id, storage::ImportKind::kStaff, import_id);
    if (!stored) throw core::NotFound();
    if (stored->applied_at) throw core::Conflict("Deze import is al verwerkt.");
    const int64_t now = clock_.Now();
    StaffApplied out;
    storage::InTransaction(db_, [&](storage::Database& tx) {
        out.plan = PlanIn(tx, school_id, stored->file, actor);
        const StaffPlan& plan = out.plan;
        if (!plan.ok())
            throw core::Conflict(
                "Deze lijst heeft fouten en is niet verwerkt. Verbeter het bestand en lees het "
                "opnieuw in.");
        storage::RosterRepo roster(tx);
        storage::UserRepo users(tx);
        storage::StudentRepo students(tx);
        if (!roster.MarkApplied(import_id, plan.Summary(), now))
            throw core::Conflict("Deze import is al verwerkt.");
        const RolesByUser current = RolesAt(users, school_id);
        auto take = [&](int64_t user, const storage::SchoolRole& r) {
            users.RemoveMembership(user, r.membership_id);
            roster.AddRoleChange(import_id, {user, r.role, r.team_id, false, false});
        };
        std::map<int64_t, std::vector<int64_t>> named;  // group -> its mentors by the list
        std::set<int64_t> leave_groups;                 // who stops mentoring unnamed groups
        for (const auto& p : plan.rows) {
            const bool made = !p.account;
            const int64_t user =
                made ? users.Add(p.row.email, p.row.name, std::nullopt, now) : p.account->id;
            if (made) out.new_accounts.push_back(user);
            out.touched.push_back(user);
            const auto found = current.find(user);
            const std::vector<storage::SchoolRole> now_roles =
                found == current.end() ? std::vector<storage::SchoolRole>{} : found->second;
            for (const auto& r : p.roles)
                if (!Holds(now_roles, r)) {
                    users.AddMembership(user, r.role, school_id, std::nullopt, now, r.team_id);
                    roster.AddRoleChange(import_id, {user, r.role, r.team_id, true, made});
                }
            if (user != actor)
                for (const auto& r : now_roles)
                    if (!Holds(p.roles, r)) take(user, r);
            for (int64_t g : p.groups) named[g].push_back(user);
            if (LeavesOtherGroups(plan, p, actor)) leave_groups.insert(user);
        }
        for (const auto& leaver : plan.leavers) {
            out.touched.push_back(leaver.user.id);
            leave_groups.insert(leaver.user.id);
            for (const auto& r : current.at(leaver.user.id)) take(leaver.user.id, r);
        }
        for (const auto& g : students.Groups(school_id)) {
            std::vector<int64_t> mentors;
            if (auto list = named.find(g.id); list != named.end()) {
                mentors = list->second;
            } else {
                for (int64_t m : g.mentor_ids)
                    if (!leave_groups.count(m)) mentors.push_back(m);
            }
            std::vector<int64_t> before = g.mentor_ids;
            std::sort(before.begin(), before.end());
            std::sort(mentors.begin(), mentors.end());
            if (mentors == before) continue;
            roster.AddMentorsBefore(import_id, {g.id, before});
            students.SetMentors(g.id, mentors);
        }
    });
    return out;
}

}  // namespace koers::web
