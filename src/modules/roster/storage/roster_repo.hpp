#pragma once
// Imports of a school's student list: the uploaded file from preview until applied, the changes an
// applied import made (to undo the last one), and the history of imports. Works on the Database
// it is given, so the roster service writes students and their import together in one
// transaction (storage::InTransaction).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/access/roles.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

// What a school imports: its student list or its staff list.
enum class ImportKind { kStudents, kStaff };

struct RosterImport {
    int64_t id = 0;
    int64_t school_id = 0;
    ImportKind kind = ImportKind::kStudents;
    std::string file_name;
    std::string file;  // the bytes as uploaded (empty in lists)
    std::string by_name;
    int64_t created_at = 0;
    std::optional<int64_t> applied_at;
    std::optional<int64_t> undone_at;
    std::string summary;  // "12 nieuw, 3 gewijzigd, 1 vertrokken"
};

struct RosterChange {
    int64_t student_id = 0;
    int64_t user_id = 0;
    std::string action;  // "nieuw", "gewijzigd", "vertrokken"
    bool new_account = false;
    std::string before;  // EncodeFields of the enrolment and name before
};

// A parent link an import made, or took away.
struct RosterParentLink {
    int64_t student_user_id = 0;
    int64_t parent_user_id = 0;
    bool new_account = false;  // the import made the parent's account
    // Made: it made their ouder membership at the school. Removed: it took that membership
    // (the parent had no child at the school left).
    bool new_membership = false;
    bool removed = false;  // the list no longer named the parent
};

// A role a staff list gave (added) or took away; undoing does the opposite.
struct RosterRoleChange {
    int64_t user_id = 0;
    core::Role role = core::Role::kDocent;
    std::optional<int64_t> team_id;
    bool added = false;
    bool new_account = false;  // the import made the account
};

// A group's mentors before an import set them.
struct RosterMentors {
    int64_t group_id = 0;
    std::vector<int64_t> before;
};

class RosterRepo {
public:
    // How long an import is kept (decision 0048): an uploaded file that is never applied holds a
    // whole student list (names, addresses, birth dates) and goes after fourteen days; the history
    // of what an applied import changed (names before) after two years, like the audit log.
    static constexpr int64_t kKeepPreviewSeconds = int64_t{14} * 24 * 3600;
    static constexpr int64_t kKeepHistorySeconds = int64_t{731} * 24 * 3600;

    explicit RosterRepo(Database& db) : db_(db) {}

    // Keeps an uploaded file until it is applied; the school's earlier previews of that kind go.
    int64_t AddPreview(int64_t school_id, ImportKind kind, const std::string& file_name,
                       const std::string& file, std::optional<int64_t> by_id,
                       const std::string& by_name, int64_t now);
    // With its file; nullopt when it is not an import of that school and kind.
    std::optional<RosterImport> Find(int64_t school_id, ImportKind kind, int64_t id);
    // The school's imports of a kind, the latest first (without their files).
    std::vector<RosterImport> OfSchool(int64_t school_id, ImportKind kind, int limit);
    // The school's last applied import of either kind that is not undone: only that one can be
    // undone, as both kinds may set a group's mentors.
    std::optional<int64_t> LastApplied(int64_t school_id);

    // Marks a preview applied and drops its file (what it changed is in its changes); false when
    // it was applied already (a replayed post).
    bool MarkApplied(int64_t id, const std::string& summary, int64_t now);
    // Marks an applied import undone; false when it was not applied or is undone already.
    bool MarkUndone(int64_t id, int64_t now);
    void AddChange(int64_t import_id, const RosterChange& change);
    std::vector<RosterChange> Changes(int64_t import_id);
    void AddParentLink(int64_t import_id, const RosterParentLink& link);
    std::vector<RosterParentLink> ParentLinks(int64_t import_id);
    void AddRoleChange(int64_t import_id, const RosterRoleChange& change);
    std::vector<RosterRoleChange> RoleChanges(int64_t import_id);
    void AddMentorsBefore(int64_t import_id, const RosterMentors& mentors);
    std::vector<RosterMentors> MentorsBefore(int64_t import_id);

    // Deletes the imports past their term (with what they changed); returns how many.
    int64_t Prune(int64_t now);

private:
    Database& db_;
};

}  // namespace koers::storage
