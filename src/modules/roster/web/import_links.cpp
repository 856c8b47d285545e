#include "modules/roster/web/import_links.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "modules/roster/storage/roster_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::web {
namespace {

constexpr core::Role kParentRole[] = {core::Role::kOuder};

}  // namespace

void LinkParents(storage::Database& tx, int64_t import_id, int64_t school_id, int64_t student_user,
                 const std::vector<core::RosterParent>& parents, int64_t now) {
    storage::UserRepo users(tx);
    storage::StudentRepo students(tx);
    storage::RosterRepo roster(tx);
    for (const auto& parent : parents) {
        const auto existing = users.ByEmail(parent.email);
        const int64_t id =
            existing ? existing->id : users.Add(parent.email, parent.name, std::nullopt, now);
        const bool new_membership = !users.HasRole(id, kParentRole, school_id);
        if (new_membership)
            users.AddMembership(id, core::Role::kOuder, school_id, std::nullopt, now);
        if (students.AddParent(student_user, id, now) || new_membership)
            roster.AddParentLink(import_id,
                                 {student_user, id, !existing.has_value(), new_membership});
    }
}

void DropParents(storage::Database& tx, int64_t import_id, int64_t school_id, int64_t student_user,
                 const std::vector<storage::UserRecord>& parents) {
    storage::UserRepo users(tx);
    storage::StudentRepo students(tx);
    storage::RosterRepo roster(tx);
    for (const auto& parent : parents) {
        students.RemoveParent(student_user, parent.id);
        bool took_membership = false;
        if (students.ChildrenAt(parent.id, school_id).empty())
            for (const auto& m : users.Memberships(parent.id))
                if (m.membership.role == core::Role::kOuder && m.membership.school_id == school_id)
                    took_membership = users.RemoveMembership(parent.id, m.id) || took_membership;
        roster.AddParentLink(import_id, {student_user, parent.id, false, took_membership, true});
    }
}

void UnlinkParents(storage::Database& tx, int64_t import_id, int64_t school_id, int64_t now) {
    storage::UserRepo users(tx);
    storage::StudentRepo students(tx);
    std::map<int64_t, std::pair<bool, bool>> made;  // parent -> made the account, the membership
    for (const auto& link : storage::RosterRepo(tx).ParentLinks(import_id)) {
        if (link.removed) {
            // Either account removed since (decisions 0049, 0050): no link to bring back.
            if (!users.ById(link.parent_user_id) || !users.ById(link.student_user_id)) continue;
            students.AddParent(link.student_user_id, link.parent_user_id, now);
            if (link.new_membership && !users.HasRole(link.parent_user_id, kParentRole, school_id))
                users.AddMembership(link.parent_user_id, core::Role::kOuder, school_id,
                                    std::nullopt, now);
            continue;
        }
        students.RemoveParent(link.student_user_id, link.parent_user_id);
        auto& [account, membership] = made[link.parent_user_id];
        account = account || link.new_account;
        membership = membership || link.new_membership;
    }
    for (const auto& [id, what] : made) {
        const auto parent = users.ById(id);
        if (!parent || !students.ChildrenAt(id, school_id).empty()) continue;
        const auto principal = users.LoadPrincipal(id);
        const bool other_children = principal && !principal->children.empty();
        if (what.first && !parent->password_hash && !other_children) {
            users.Remove(id);
            continue;
        }
        if (!what.second) continue;
        for (const auto& m : users.Memberships(id))
            if (m.membership.role == core::Role::kOuder && m.membership.school_id == school_id)
                users.RemoveMembership(id, m.id);
    }
}

std::vector<int64_t> RestoreRoles(storage::Database& tx, int64_t import_id, int64_t school_id,
                                  int64_t now) {
    storage::UserRepo users(tx);
    std::vector<int64_t> touched;
    std::set<int64_t> made;
    for (const auto& c : storage::RosterRepo(tx).RoleChanges(import_id)) {
        if (!users.ById(c.user_id)) continue;  // removed since (decision 0050): nothing to restore
        touched.push_back(c.user_id);
        if (c.new_account) made.insert(c.user_id);
        const auto memberships = users.Memberships(c.user_id);
        const auto held = std::find_if(memberships.begin(), memberships.end(), [&](const auto& m) {
            return m.membership.role == c.role && m.membership.school_id == school_id &&
                   m.membership.team_id == c.team_id;
        });
        if (c.added && held != memberships.end())
            users.RemoveMembership(c.user_id, held->id);
        else if (!c.added && held == memberships.end())
            users.AddMembership(c.user_id, c.role, school_id, std::nullopt, now, c.team_id);
    }
    for (int64_t id : made) {
        const auto user = users.ById(id);
        if (user && !user->password_hash && users.Memberships(id).empty()) users.Remove(id);
    }
    return touched;
}

}  // namespace koers::web
