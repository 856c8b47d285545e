#include "platform/storage/user_repo.hpp"

#include "platform/storage/db/like.hpp"
#include "platform/storage/student_repo.hpp"

#include <algorithm>

namespace koers::storage {
namespace {

constexpr const char* kUserSelect =
    "SELECT id, email, display_name, password_hash, active, created_at FROM users ";

UserRecord ToUser(const Row& r) {
    return {r.Int("id"),
            r.Text("email"),
            r.Text("display_name"),
            r.OptText("password_hash"),
            r.Int("active") != 0,
            r.Int("created_at")};
}

}  // namespace

int64_t UserRepo::Add(const std::string& email, const std::string& name,
                      const std::optional<std::string>& password_hash, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO users (email, display_name, password_hash, active, created_at) "
            "VALUES (?, ?, ?, 1, ?) RETURNING id",
            {email, name, Opt(password_hash), now});
    });
}

std::optional<UserRecord> UserRepo::ById(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<UserRecord> {
        auto r = c.QueryOne(std::string(kUserSelect) + "WHERE id = ?", {id});
        return r ? std::optional(ToUser(*r)) : std::nullopt;
    });
}

std::optional<UserRecord> UserRepo::ByEmail(const std::string& email) {
    return db_.Use([&](Connection& c) -> std::optional<UserRecord> {
        auto r = c.QueryOne(std::string(kUserSelect) + "WHERE email = ?", {email});
        return r ? std::optional(ToUser(*r)) : std::nullopt;
    });
}

std::vector<UserRecord> UserRepo::All() {
    return db_.Use([&](Connection& c) {
        std::vector<UserRecord> out;
        for (const auto& r : c.Query(std::string(kUserSelect) + "ORDER BY display_name, id"))
            out.push_back(ToUser(r));
        return out;
    });
}

UserPage UserRepo::Find(std::string_view words, int64_t offset, int64_t limit) {
    constexpr const char* kMatches =
        "WHERE koers_fold(display_name) LIKE ? ESCAPE '!' OR koers_fold(email) LIKE ? ESCAPE '!' ";
    const std::string pattern = LikeContaining(words);
    return db_.Use([&](Connection& c) {
        UserPage page;
        page.total = c.QueryOne(std::string("SELECT COUNT(*) AS n FROM users ") + kMatches,
                                {pattern, pattern})
                         ->Int("n");
        for (const auto& r : c.Query(
                 std::string(kUserSelect) + kMatches + "ORDER BY display_name, id LIMIT ? OFFSET ?",
                 {pattern, pattern, limit, offset}))
            page.users.push_back(ToUser(r));
        return page;
    });
}

int64_t UserRepo::Count() {
    return db_.Use(
        [](Connection& c) { return c.QueryOne("SELECT COUNT(*) AS n FROM users")->Int("n"); });
}

void UserRepo::SetDisplayName(int64_t user_id, const std::string& name) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE users SET display_name = ? WHERE id = ?", {name, user_id});
    });
}

void UserRepo::Remove(int64_t user_id) {
    db_.With([&](Connection& c) { c.Execute("DELETE FROM users WHERE id = ?", {user_id}); });
}

void UserRepo::SetPasswordHash(int64_t user_id, const std::string& hash) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE users SET password_hash = ? WHERE id = ?", {hash, user_id});
    });
}

int64_t UserRepo::AddMembership(int64_t user_id, core::Role role, std::optional<int64_t> school_id,
                                std::optional<int64_t> region_id, int64_t now,
                                std::optional<int64_t> team_id) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO memberships (user_id, role, school_id, region_id, team_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {user_id, std::string(core::RoleCode(role)), Opt(school_id), Opt(region_id),
             Opt(team_id), now});
    });
}

bool UserRepo::RemoveMembership(int64_t user_id, int64_t id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM memberships WHERE id = ? AND user_id = ?", {id, user_id}) > 0;
    });
}

std::vector<MembershipRecord> UserRepo::Memberships(int64_t user_id) {
    return db_.Use([&](Connection& c) {
        std::vector<MembershipRecord> out;
        auto rows = c.Query(
            "SELECT m.id, m.role, m.school_id, m.region_id, COALESCE(s.name, r.name, '') AS "
            "place, m.team_id, t.name AS team FROM memberships m LEFT JOIN schools s ON s.id = "
            "m.school_id "
            "LEFT JOIN regions r ON r.id = m.region_id LEFT JOIN teams t ON t.id = m.team_id "
            "WHERE m.user_id = ? ORDER BY m.id",
            {user_id});
        for (const auto& r : rows) {
            auto role = core::RoleFromCode(r.Text("role"));
            if (!role) continue;  // a role this binary no longer knows grants nothing
            std::string place = r.Text("place");
            if (!r.IsNull("team")) place += " · " + r.Text("team");
            out.push_back({r.Int("id"),
                           user_id,
                           {*role, r.OptInt("school_id"), r.OptInt("region_id"), place,
                            r.OptInt("team_id")}});
        }
        return out;
    });
}

bool UserRepo::HasRole(int64_t user_id, std::span<const core::Role> roles,
                       std::optional<int64_t> school_id) {
    const auto memberships = Memberships(user_id);
    return std::any_of(memberships.begin(), memberships.end(), [&](const MembershipRecord& m) {
        return std::find(roles.begin(), roles.end(), m.membership.role) != roles.end() &&
               (!school_id || m.membership.school_id == school_id);
    });
}

std::vector<SchoolRole> UserRepo::RolesAtSchool(int64_t school_id,
                                                std::span<const core::Role> roles) {
    return db_.Use([&](Connection& c) {
        std::vector<Value> params = {school_id};
        std::string in;
        for (core::Role role : roles) {
            in += in.empty() ? "?" : ", ?";
            params.emplace_back(std::string(core::RoleCode(role)));
        }
        std::vector<SchoolRole> out;
        if (roles.empty()) return out;
        for (const auto& r :
             c.Query("SELECT u.id, u.email, u.display_name, u.password_hash, u.active, "
                     "u.created_at, m.id AS membership_id, m.role, m.team_id FROM memberships m "
                     "JOIN users u ON u.id = m.user_id WHERE m.school_id = ? AND m.role IN (" +
                         in + ") ORDER BY u.email, m.id",
                     params))
            if (const auto role = core::RoleFromCode(r.Text("role")))
                out.push_back({r.Int("membership_id"), ToUser(r), *role, r.OptInt("team_id")});
        return out;
    });
}

std::vector<std::pair<core::Role, int64_t>> UserRepo::RoleCountsAtSchool(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<std::pair<core::Role, int64_t>> out;
        for (const auto& r :
             c.Query("SELECT role, COUNT(*) AS n FROM memberships WHERE school_id = ? "
                     "GROUP BY role",
                     {school_id}))
            if (auto role = core::RoleFromCode(r.Text("role"))) out.emplace_back(*role, r.Int("n"));
        return out;
    });
}

std::optional<core::Principal> PrincipalFromRows(Connection& c, const std::vector<Row>& rows,
                                                 int64_t user_id) {
    if (rows.empty()) return std::nullopt;
    std::vector<std::pair<int64_t, core::Membership>> found;
    for (const auto& r : rows) {
        if (r.IsNull("role")) continue;
        // A role this binary no longer knows grants nothing.
        if (auto role = core::RoleFromCode(r.Text("role")))
            found.push_back({r.Int("membership_id"),
                             {*role, r.OptInt("school_id"), r.OptInt("region_id"), r.Text("place"),
                              r.OptInt("team_id")}});
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    core::Principal p{user_id, rows[0].Text("display_name"), rows[0].Text("email"), {}};
    for (auto& [id, m] : found) p.memberships.push_back(std::move(m));
    if (p.Has(core::Role::kMentor)) p.mentor_groups = MentorGroups(c, user_id);
    if (p.Has(core::Role::kOuder)) p.children = ChildrenOf(c, user_id);
    return p;
}

std::optional<core::Principal> UserRepo::LoadPrincipal(int64_t user_id) {
    return db_.Use([&](Connection& c) {
        auto rows = c.Query(std::string("SELECT ") + kPrincipalColumns + " FROM users u " +
                                kPrincipalJoins + "WHERE u.id = ? AND u.active = 1",
                            {user_id});
        return PrincipalFromRows(c, rows, user_id);
    });
}

}  // namespace koers::storage
