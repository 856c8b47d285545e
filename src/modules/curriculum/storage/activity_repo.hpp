#pragma once
// The curriculumplanner's activities (curriculum_activities, on the record kernel). Thread-safe.
// Every statement names the school: another school's activity id finds and changes nothing.
// The status of a record is its fase (core::kExisting or core::kPlanned).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/curriculum/core/activity.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/record_store.hpp"

namespace koers::storage {

struct StoredActivity {
    int64_t id = 0;
    std::optional<int64_t> assignment_id;
    core::Fields fields;
    int version = 0;
    int64_t updated_at = 0;
    std::string updated_by;
};

// What the planner and its coverage show of an activity, read without its body.
struct PlannedActivity {
    int64_t id = 0;
    std::string title;
    std::string leerlijn;  // "" for the whole school
    std::string fase;
    core::Placement place;
    bool evaluated = false;
    std::optional<int64_t> assignment_id;
};

// The StoredActivity of a row with the columns id, assignment_id, body, version, updated_at and
// updated_by.
StoredActivity StoredActivityOf(const Row& r);

class ActivityRepo {
public:
    explicit ActivityRepo(Database& db) : db_(db) {}

    int64_t Create(int64_t school_id, const core::Fields& fields,
                   std::optional<int64_t> assignment_id, const Author& by, int64_t now);
    // False (nothing written) when stale, deleted or not the school's.
    bool Update(int64_t school_id, int64_t id, int version, const core::Fields& fields,
                const Author& by, int64_t now);
    bool Delete(int64_t school_id, int64_t id, int version, const Author& by, int64_t now);

    // One of the school's activities, not deleted.
    std::optional<StoredActivity> Find(int64_t school_id, int64_t id);
    // The school's activities by leerjaar, periode and the order they were written in (deleted ones
    // left out); of one `leerlijn` (with the whole school's) when given.
    std::vector<PlannedActivity> Plan(int64_t school_id,
                                      std::optional<std::string_view> leerlijn = std::nullopt);
    // How many of the school's activities (of one `leerlijn` with the whole school's, when given)
    // cover what in which leerjaar, counted in SQL per leerjaar, competencies and elements (the
    // periode left 0): all the coverage needs.
    std::vector<std::pair<core::Placement, int>> PlacementCounts(
        int64_t school_id, std::optional<std::string_view> leerlijn = std::nullopt);
    // The leerlijnen the school's activities name, by name.
    std::vector<std::string> Leerlijnen(int64_t school_id);

    // The schools that share their plan with the schools of their region; sharing it or not.
    std::set<int64_t> SharedPlans();
    void SetShared(int64_t school_id, bool shared, const std::string& by, int64_t now);
    int64_t CountOf(int64_t school_id);
    std::vector<Revision> History(int64_t school_id, int64_t id);
    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
