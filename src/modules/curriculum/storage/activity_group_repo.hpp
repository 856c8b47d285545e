#pragma once
// Who the curriculumplanner's activities are for and what came of them in the loopbaandossier
// (curriculum_activity_groups, curriculum_activity_entries). Thread-safe. Every statement that
// takes an activity or a group names the school: another school's ids find and change nothing.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "modules/curriculum/storage/activity_repo.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

// An activity of a group, as its students see it: the activity and where it sits.
struct GroupActivity {
    StoredActivity activity;
    int leerjaar = 0;
    int periode = 0;
};

// For one group an activity is given to: its current students and how many of them began the
// activity in their dossier (an entry they since deleted counts no more).
struct GroupReach {
    int64_t group_id = 0;
    std::string name;
    int students = 0;
    int began = 0;
};

class ActivityGroupRepo {
public:
    explicit ActivityGroupRepo(Database& db) : db_(db) {}

    // Gives the school's activity to exactly `group_ids` (ids of other schools' groups are left
    // out); false, writing nothing, when the activity is not the school's or was deleted.
    bool SetGroups(int64_t school_id, int64_t activity_id, const std::vector<int64_t>& group_ids);
    // The groups the activity is given to, per group with its students and who began it.
    std::vector<GroupReach> Reach(int64_t school_id, int64_t activity_id);
    // The school's live activities given to the group, by leerjaar, periode and id.
    std::vector<GroupActivity> OfGroup(int64_t school_id, int64_t group_id);

    // The student's live dossier entries that began from an activity, by activity.
    std::map<int64_t, int64_t> Begun(int64_t student_id);
    // Records that the student's entry began from the activity (replacing a link to an entry
    // since deleted).
    void Link(int64_t activity_id, int64_t student_id, int64_t entry_id, int64_t now);

    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
