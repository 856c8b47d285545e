#include "modules/roster/web/roster_service.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "modules/roster/storage/roster_repo.hpp"
#include "modules/roster/web/import_links.hpp"
#include "platform/core/account/activation.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/records/fields.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::web {
namespace {

constexpr core::Role kStaffRoles[] = {core::Role::kMentor, core::Role::kDecaan,
                                      core::Role::kTeamleider, core::Role::kDocent,
                                      core::Role::kSchoolleider};
constexpr core::Role kStudentRole[] = {core::Role::kLeerling};

// What differs between the list's row and the student in Koers, as the preview says it.
std::vector<std::string> Differences(const core::RosterRow& row, const storage::StudentRecord& s) {
    std::vector<std::string> out;
    auto diff = [&](std::string_view what, const std::string& before, const std::string& after) {
        if (before != after)
            out.push_back(std::string(what) + " " + (before.empty() ? "(leeg)" : before) + " → " +
                          (after.empty() ? "(leeg)" : after));
    };
    diff("naam", s.name, row.name);
    diff("geboortedatum", s.birth_date, row.birth_date);
    diff("onderwijstype", s.onderwijstype, row.onderwijstype);
    diff("leerjaar", std::to_string(s.leerjaar), std::to_string(row.leerjaar));
    diff("groep", s.group_name, row.group);
    if (s.left_at) out.emplace_back("komt terug op school");
    return out;
}

std::string Before(const storage::StudentRecord& s) {
    core::Fields f = {{"name", s.name},
                      {"birth_date", s.birth_date},
                      {"onderwijstype", s.onderwijstype},
                      {"leerjaar", std::to_string(s.leerjaar)},
                      {"group", s.group_name}};
    if (s.left_at) f["left_at"] = std::to_string(*s.left_at);
    return core::EncodeFields(f);
}

}  // namespace

std::string RosterPlan::Summary() const {
    return std::to_string(added) + " nieuw, " + std::to_string(changed) + " gewijzigd, " +
           std::to_string(leavers.size()) + " vertrokken, " + std::to_string(same) +
           " ongewijzigd" +
           (parent_links == 0 ? std::string()
            : parent_links == 1
                ? std::string(", 1 ouder of verzorger gekoppeld")
                : ", " + std::to_string(parent_links) + " ouders of verzorgers gekoppeld") +
           (parent_unlinks == 0 ? std::string()
            : parent_unlinks == 1
                ? std::string(", 1 ouder of verzorger ontkoppeld")
                : ", " + std::to_string(parent_unlinks) + " ouders of verzorgers ontkoppeld");
}

RosterPlan RosterService::Plan(int64_t school_id, std::string_view file,
                               const std::function<void(Progress)>& progress) {
    core::RosterFile read = core::ReadRoster(file, core::YearOf(clock_.Now()));
    RosterPlan plan;
    plan.problems = std::move(read.problems);
    plan.columns = std::move(read.columns);
    plan.has_mentor_column = read.has_mentor_column;
    if (!plan.problems.empty()) return plan;
    storage::StudentRepo students(db_);
    storage::UserRepo users(db_);
    const auto school = storage::OrgRepo(db_).School(school_id);
    if (!school) throw core::NotFound();
    const std::string& brin = school->brin;
    std::map<std::string, storage::StudentRecord, std::less<>> by_local_id;
    for (auto& s : students.OfSchool(school_id)) by_local_id.emplace(s.local_id, std::move(s));
    std::set<std::string, std::less<>> in_file;
    std::map<std::string, bool, std::less<>> staff;          // mentor e-mail -> staff of the school
    std::map<std::string, int, std::less<>> student_emails;  // of the file, with their line
    for (const auto& row : read.rows)
        if (!row.email.empty()) student_emails.emplace(row.email, row.line);
    // A parent's e-mail -> their account (nullopt: none yet), and whether it is a student's.
    std::map<std::string, std::pair<std::optional<storage::UserRecord>, bool>, std::less<>>
        parent_accounts;
    const int rows = static_cast<int>(read.rows.size());
    for (auto& row : read.rows) {
        if (progress && plan.rows.size() % 100 == 99)
            progress({static_cast<int>(plan.rows.size()) + 1, 2 * rows});
        PlannedRow p{std::move(row), "gelijk", std::nullopt, {}, {}};
        in_file.insert(p.row.local_id);
        if (auto found = by_local_id.find(p.row.local_id); found != by_local_id.end())
            p.current = found->second;
        if (!p.current) {
            p.action = "nieuw";
            if (!p.row.email.empty()) {
                p.sign_in = p.row.email;
                if (users.ByEmail(p.sign_in))
                    p.row.errors.push_back("E-mailadres " + p.row.email +
                                           " hoort al bij een ander account in Koers.");
            } else if (auto name = core::StudentSignInName(p.row.local_id, brin); !name) {
                p.row.errors.emplace_back(
                    "Zonder e-mailadres krijgt een leerling een inlognaam uit het "
                    "leerlingnummer, maar dit leerlingnummer heeft tekens die daar niet in "
                    "passen. Vul het e-mailadres van de leerling in.");
            } else {
                p.sign_in = *name;
                if (users.ByEmail(p.sign_in))
                    p.row.errors.push_back("Inlognaam " + p.sign_in +
                                           " hoort al bij een ander account in Koers.");
            }
        } else {
            p.changes = Differences(p.row, *p.current);
            if (!p.changes.empty()) p.action = "gewijzigd";
        }
        const auto linked =
            p.current ? students.ParentIds(p.current->user_id) : std::vector<int64_t>{};
        std::set<int64_t> named;  // the accounts of the row's parents
        for (const auto& parent : p.row.parents) {
            if (auto other = student_emails.find(parent.email); other != student_emails.end()) {
                p.row.errors.push_back("E-mailadres " + parent.email +
                                       " is ook van de leerling op regel " +
                                       std::to_string(other->second) + ".");
                continue;
            }
            auto [it, fresh] = parent_accounts.try_emplace(parent.email);
            if (fresh) {
                it->second.first = users.ByEmail(parent.email);
                it->second.second =
                    it->second.first && users.HasRole(it->second.first->id, kStudentRole);
            }
            const auto& [account, is_student] = it->second;
            if (is_student) {
                p.row.errors.push_back("E-mailadres " + parent.email +
                                       " hoort bij een leerling in Koers, niet bij een ouder.");
                continue;
            }
            if (account) named.insert(account->id);
            if (account && std::find(linked.begin(), linked.end(), account->id) != linked.end())
                continue;
            p.new_links.push_back(parent);
            p.changes.push_back("ouder/verzorger " + parent.email +
                                (account ? " koppelen" : " koppelen (nieuw account)"));
        }
        // A list with parent columns is the truth about them: who it no longer names goes.
        if (read.has_parent_columns)
            for (int64_t id : linked)
                if (!named.count(id))
                    if (auto parent = users.ById(id)) {
                        p.changes.push_back("ouder/verzorger " + parent->email + " ontkoppelen");
                        p.gone_links.push_back(std::move(*parent));
                    }
        if (p.current && p.action == "gelijk" && (!p.new_links.empty() || !p.gone_links.empty()))
            p.action = "gewijzigd";
        plan.parent_links += static_cast<int>(p.new_links.size());
        plan.parent_unlinks += static_cast<int>(p.gone_links.size());
        if (!p.row.mentor_email.empty()) {
            auto [it, fresh] = staff.try_emplace(p.row.mentor_email, false);
            if (fresh) {
                const auto mentor = users.ByEmail(p.row.mentor_email);
                it->second = mentor && users.HasRole(mentor->id, kStaffRoles, school_id);
            }
            if (!it->second)
                p.row.errors.push_back("Mentor " + p.row.mentor_email +
                                       " is geen medewerker van deze school in Koers.");
        }
        if (!p.row.errors.empty()) ++plan.with_errors;
        plan.added += p.action == "nieuw" ? 1 : 0;
        plan.changed += p.action == "gewijzigd" ? 1 : 0;
        plan.same += p.action == "gelijk" ? 1 : 0;
        plan.rows.push_back(std::move(p));
    }
    for (auto& [local_id, s] : by_local_id)
        if (!s.left_at && !in_file.count(local_id)) plan.leavers.push_back(s);
    return plan;
}

RosterPlan RosterService::Apply(int64_t school_id, int64_t import_id,
                                const std::function<void(Progress)>& progress) {
    const auto stored =
        storage::RosterRepo(db_).Find(school_id, storage::ImportKind::kStudents, import_id);
    if (!stored) throw core::NotFound();
    if (stored->applied_at) throw core::Conflict("Deze import is al verwerkt.");
    RosterPlan plan = Plan(school_id, stored->file, progress);
    if (!plan.ok())
        throw core::Conflict(
            "Deze lijst heeft fouten en is niet verwerkt. Verbeter het bestand en lees het "
            "opnieuw in.");
    const int64_t now = clock_.Now();
    storage::InTransaction(db_, [&](storage::Database& tx) {
        storage::StudentRepo students(tx);
        storage::UserRepo users(tx);
        storage::RosterRepo roster(tx);
        if (!roster.MarkApplied(import_id, plan.Summary(), now))
            throw core::Conflict("Deze import is al verwerkt.");
        std::map<std::string, int64_t> groups;
        std::map<int64_t, std::vector<int64_t>> mentors;
        const int checked = static_cast<int>(plan.rows.size());
        const int total = checked * 2 + static_cast<int>(plan.leavers.size());
        int done = checked;
        auto step = [&] {
            if (progress && ((++done - checked) % 100 == 0 || done == total))
                progress({done, total});
        };
        for (const auto& p : plan.rows) {
            step();
            const auto& r = p.row;
            auto [g, fresh] = groups.try_emplace(r.group, 0);
            if (fresh) g->second = students.GroupNamed(school_id, r.group, now);
            if (!r.mentor_email.empty()) {
                auto& list = mentors[g->second];
                const auto found = users.ByEmail(r.mentor_email);
                if (!found)  // removed between the preview and now
                    throw core::Conflict("Mentor " + r.mentor_email +
                                         " staat niet meer in Koers. Lees het bestand opnieuw in.");
                const int64_t mentor = found->id;
                if (std::find(list.begin(), list.end(), mentor) == list.end())
                    list.push_back(mentor);
            } else {
                mentors.try_emplace(g->second);
            }
            if (p.action == "nieuw") {
                const int64_t user = users.Add(p.sign_in, r.name, std::nullopt, now);
                users.AddMembership(user, core::Role::kLeerling, school_id, std::nullopt, now);
                const int64_t id = students.Enrol({.school_id = school_id,
                                                   .user_id = user,
                                                   .local_id = r.local_id,
                                                   .birth_date = r.birth_date,
                                                   .onderwijstype = r.onderwijstype,
                                                   .leerjaar = r.leerjaar,
                                                   .group_id = g->second},
                                                  now);
                roster.AddChange(import_id, {id, user, "nieuw", true, ""});
                LinkParents(tx, import_id, school_id, user, p.new_links, now);
            } else if (p.action == "gewijzigd") {
                storage::StudentRecord s = *p.current;
                roster.AddChange(import_id, {s.id, s.user_id, "gewijzigd", false, Before(s)});
                if (s.name != r.name) users.SetDisplayName(s.user_id, r.name);
                s.birth_date = r.birth_date;
                s.onderwijstype = r.onderwijstype;
                s.leerjaar = r.leerjaar;
                s.group_id = g->second;
                s.left_at.reset();
                students.Update(s);
                LinkParents(tx, import_id, school_id, s.user_id, p.new_links, now);
                DropParents(tx, import_id, school_id, s.user_id, p.gone_links);
            }
        }
        for (storage::StudentRecord s : plan.leavers) {
            step();
            roster.AddChange(import_id, {s.id, s.user_id, "vertrokken", false, Before(s)});
            s.left_at = now;
            students.Update(s);
        }
        if (plan.has_mentor_column)
            for (const auto& [group, list] : mentors) {
                roster.AddMentorsBefore(import_id, {group, students.MentorIds(group)});
                students.SetMentors(group, list);
            }
    });
    return plan;
}

std::vector<int64_t> RosterService::Undo(int64_t school_id, int64_t import_id) {
    const int64_t now = clock_.Now();
    std::vector<int64_t> touched;
    storage::InTransaction(db_, [&](storage::Database& tx) {
        storage::StudentRepo students(tx);
        storage::UserRepo users(tx);
        storage::RosterRepo roster(tx);
        if (roster.LastApplied(school_id) != import_id || !roster.MarkUndone(import_id, now))
            throw core::Conflict(
                "Alleen de laatste verwerkte import kan worden teruggedraaid, en maar één keer.");
        for (const auto& c : roster.Changes(import_id)) {
            auto s = students.Student(c.student_id);
            if (!s) continue;
            if (c.action == "nieuw") {
                const auto user = users.ById(c.user_id);
                const bool unused =
                    user && !user->password_hash && students.OfUser(c.user_id).size() == 1;
                if (c.new_account && unused) {
                    users.Remove(c.user_id);  // takes the enrolment and membership along
                } else {
                    s->left_at = now;  // signed in meanwhile: their dossier stays theirs
                    students.Update(*s);
                }
                continue;
            }
            const core::Fields before = core::DecodeFields(c.before);
            if (c.action == "gewijzigd") {
                users.SetDisplayName(s->user_id, std::string(core::FieldOf(before, "name")));
                s->birth_date = core::FieldOf(before, "birth_date");
                s->onderwijstype = core::FieldOf(before, "onderwijstype");
                s->leerjaar = static_cast<int>(
                    core::ParseInt(core::FieldOf(before, "leerjaar"), 1, 8).value_or(s->leerjaar));
                const auto group = core::FieldOf(before, "group");
                s->group_id =
                    group.empty()
                        ? std::nullopt
                        : std::optional(students.GroupNamed(school_id, std::string(group), now));
            }
            const auto left = core::FieldOf(before, "left_at");
            s->left_at = left.empty()
                             ? std::nullopt
                             : core::ParseInt(left, 0, std::numeric_limits<int64_t>::max());
            students.Update(*s);
        }
        UnlinkParents(tx, import_id, school_id, now);
        touched = RestoreRoles(tx, import_id, school_id, now);
        for (const auto& m : roster.MentorsBefore(import_id)) {
            std::vector<int64_t> still;  // a mentor whose account was removed since stays gone
            for (const int64_t mentor : m.before)
                if (users.ById(mentor)) still.push_back(mentor);
            students.SetMentors(m.group_id, still);
        }
    });
    return touched;
}

}  // namespace koers::web
