#pragma once
// The opdrachtenbank's assignments (curriculum_assignments, on the record kernel). Thread-safe.
// Every write names the school the assignment belongs to: an id of another school's assignment
// changes nothing. Reading is by visibility: a school sees its own and the shared ones, anyone
// else (the public bank) only the shared ones.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/records/fields.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/file_table.hpp"
#include "platform/storage/record_store.hpp"

namespace koers::storage {

// An assignment's worksheets (curriculum_worksheets), read through their assignment.
inline constexpr FileTableSpec kWorksheets{"curriculum_worksheets", "assignment_id",
                                           "curriculum_assignments"};

struct StoredAssignment {
    int64_t id = 0;
    int64_t school_id = 0;
    std::string school;  // its name
    std::string status;  // core::kPrivate or core::kShared
    std::string licence;
    std::optional<int64_t> shared_at;
    std::optional<int64_t> origin_id;
    std::string origin_title, origin_school, origin_licence;
    core::Fields fields;
    int version = 0;
    int64_t created_at = 0;
    int64_t updated_at = 0;
    std::string updated_by;
    bool deleted = false;

    bool shared() const;
    std::string title() const { return std::string(core::FieldOf(fields, "titel")); }
};

// An assignment's id, version and whether it is deleted: enough to tell whether a copy in
// memory is still current without reading the assignment itself.
struct AssignmentStamp {
    int64_t id = 0;
    int version = 0;
    bool deleted = false;
};

class AssignmentRepo {
public:
    explicit AssignmentRepo(Database& db) : db_(db) {}

    // A new private assignment of the school.
    int64_t Create(int64_t school_id, const core::Fields& fields, const Author& by, int64_t now);
    // Saves `fields` over version `version`; false (nothing written) when someone saved in
    // between, or the assignment is not the school's or deleted.
    bool Update(int64_t school_id, int64_t id, int version, const core::Fields& fields,
                const Author& by, int64_t now);
    // Shares the assignment with every school under `licence`, or takes it back to the school
    // alone (`licence` empty). False when stale, deleted or not the school's.
    bool SetShared(int64_t school_id, int64_t id, int version, const std::string& licence,
                   const Author& by, int64_t now);
    bool Delete(int64_t school_id, int64_t id, int version, const Author& by, int64_t now);
    // A private copy for `school_id` of an assignment it may see, naming the original.
    int64_t Copy(int64_t school_id, const StoredAssignment& original, const Author& by,
                 int64_t now);

    // The assignment when `school_id` may see it (its own, or shared); for the public bank
    // (no school) only when shared. Never a deleted one.
    std::optional<StoredAssignment> Visible(std::optional<int64_t> school_id, int64_t id);
    // One assignment whatever its state (deleted ones too), for the bank kept in memory.
    std::optional<StoredAssignment> Find(int64_t id);
    // Every assignment, deleted ones too (`deleted`), for the bank kept in memory.
    std::vector<StoredAssignment> All();
    // The stamps of those saved at or after `since` (deleted ones too), by id.
    std::vector<AssignmentStamp> ChangedSince(int64_t since);
    // How many assignments the school has (deleted ones not counted).
    int64_t CountOf(int64_t school_id);
    // Saved versions of one of the school's assignments, newest first.
    std::vector<Revision> History(int64_t school_id, int64_t id);
    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
