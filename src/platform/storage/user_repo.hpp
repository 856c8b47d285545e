#pragma once
// People and their roles per school/region. E-mail addresses are stored lower-case.
// Thread-safe. A duplicate e-mail or membership throws ConstraintError.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/access/roles.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct UserRecord {
    int64_t id = 0;
    std::string email;
    std::string display_name;
    std::optional<std::string> password_hash;  // nullopt until an invitation is accepted
    bool active = true;
    int64_t created_at = 0;
};

// One page of people found by name or e-mail address, and how many were found in all.
struct UserPage {
    std::vector<UserRecord> users;
    int64_t total = 0;
};

struct MembershipRecord {
    int64_t id = 0;
    int64_t user_id = 0;
    core::Membership membership;
};

// A school role of a person, with their account.
struct SchoolRole {
    int64_t membership_id = 0;
    UserRecord user;
    core::Role role = core::Role::kDocent;
    std::optional<int64_t> team_id;
};

// Builds a principal from rows holding kPrincipalColumns, one row per membership (role NULL for
// none), in membership order, and reads a mentor's groups and a parent's children on `c`. For
// repositories; the SQL needs no ORDER BY (which would cost SQLite a temporary B-tree on every
// request).
std::optional<core::Principal> PrincipalFromRows(Connection& c, const std::vector<Row>& rows,
                                                 int64_t user_id);
// The SQL joins that produce those columns for "u" = users; append a WHERE clause.
inline constexpr const char* kPrincipalJoins =
    "LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN schools s ON s.id = m.school_id "
    "LEFT JOIN regions r ON r.id = m.region_id ";
inline constexpr const char* kPrincipalColumns =
    "u.display_name, u.email, m.role, m.school_id, m.region_id, "
    "COALESCE(s.name, r.name, '') AS place, m.id AS membership_id, m.team_id";

class UserRepo {
public:
    explicit UserRepo(Database& db) : db_(db) {}

    int64_t Add(const std::string& email, const std::string& name,
                const std::optional<std::string>& password_hash, int64_t now);
    std::optional<UserRecord> ById(int64_t id);
    std::optional<UserRecord> ByEmail(const std::string& email);
    std::vector<UserRecord> All();
    // The people whose name or e-mail address holds `words` (in any case, with or without
    // accents; "" finds everyone), by name, `limit` of them from `offset` on.
    UserPage Find(std::string_view words, int64_t offset, int64_t limit);
    int64_t Count();
    void SetPasswordHash(int64_t user_id, const std::string& hash);
    void SetDisplayName(int64_t user_id, const std::string& name);
    // Removes an account with everything that hangs on it (memberships, sessions, enrolments).
    void Remove(int64_t user_id);

    int64_t AddMembership(int64_t user_id, core::Role role, std::optional<int64_t> school_id,
                          std::optional<int64_t> region_id, int64_t now,
                          std::optional<int64_t> team_id = std::nullopt);
    // Removes membership `id` of `user_id`; false when there was none.
    bool RemoveMembership(int64_t user_id, int64_t id);
    std::vector<MembershipRecord> Memberships(int64_t user_id);
    // Whether the person holds one of `roles`, at `school_id` when given.
    bool HasRole(int64_t user_id, std::span<const core::Role> roles,
                 std::optional<int64_t> school_id = std::nullopt);
    // Everyone with one of `roles` at the school, one entry per membership, by e-mail address.
    std::vector<SchoolRole> RolesAtSchool(int64_t school_id, std::span<const core::Role> roles);
    // Number of people per role at a school (for the school overview).
    std::vector<std::pair<core::Role, int64_t>> RoleCountsAtSchool(int64_t school_id);
    // The principal for an active user, or nullopt.
    std::optional<core::Principal> LoadPrincipal(int64_t user_id);

private:
    Database& db_;
};

}  // namespace koers::storage
