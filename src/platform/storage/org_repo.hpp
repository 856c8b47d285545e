#pragma once
// Regions, schools and their teams/opleidingen.
// Thread-safe (each call leases its own connection). Unique-name clashes throw ConstraintError.
//
// The list of schools is read on nearly every page (the beheerder's list, the school's name on
// each school page, the census) and changes a few times a year, so the repo of a running server
// (given a clock) keeps it in memory for up to kSchoolsMillis: Schools, School and
// SchoolsInRegion answer from it. A change through this repo drops it at once; one through
// another repo or koers process shows within kSchoolsMillis, the bound sessions and search
// across processes already keep (decision 0026). A school the list does not hold yet (added
// elsewhere in the last second) is read from the database. Without a clock nothing is kept.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/common/environment.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct RegionRecord {
    int64_t id = 0;
    std::string name;
    int64_t school_count = 0;
};

struct SchoolRecord {
    int64_t id = 0;
    std::string name;
    std::string brin;
    std::string sector;
    std::vector<std::string> onderwijstypes;
    std::optional<int64_t> region_id;
    std::string region_name;
};

struct TeamRecord {
    int64_t id = 0;
    int64_t school_id = 0;
    std::string name;
};

struct OrgTotals {
    int64_t regions = 0;
    int64_t schools = 0;
};

// A snapshot of the schools, ordered by name; shared, never changed once made. It owns what it
// shows, so `for (const auto& s : orgs.Schools())` is safe (a `*` on a shared pointer there
// would not be: the pointer would die before the loop ran).
class SchoolList {
public:
    explicit SchoolList(std::shared_ptr<const std::vector<SchoolRecord>> schools)
        : schools_(std::move(schools)) {}
    auto begin() const { return schools_->begin(); }
    auto end() const { return schools_->end(); }
    size_t size() const { return schools_->size(); }
    bool empty() const { return schools_->empty(); }
    const SchoolRecord& front() const { return schools_->front(); }

private:
    std::shared_ptr<const std::vector<SchoolRecord>> schools_;
};

class OrgRepo {
public:
    static constexpr int64_t kSchoolsMillis = 1000;

    explicit OrgRepo(Database& db, const core::Clock* keeps_schools = nullptr)
        : db_(db), clock_(keeps_schools) {}

    int64_t AddRegion(const std::string& name, int64_t now);
    std::vector<RegionRecord> Regions();
    std::optional<RegionRecord> Region(int64_t id);

    int64_t AddSchool(const SchoolRecord& s, int64_t now);
    void UpdateSchool(const SchoolRecord& s);
    std::optional<SchoolRecord> School(int64_t id);
    SchoolList Schools();
    std::vector<SchoolRecord> SchoolsInRegion(int64_t region_id);

    OrgTotals Totals();

    int64_t AddTeam(int64_t school_id, const std::string& name, int64_t now);
    std::vector<TeamRecord> Teams(int64_t school_id);
    std::optional<TeamRecord> Team(int64_t team_id);

private:
    void SchoolsChanged();

    Database& db_;
    const core::Clock* clock_;
    std::mutex schools_mu_;
    std::shared_ptr<const std::vector<SchoolRecord>> schools_;  // null: read it again
    int64_t schools_read_ms_ = 0;                               // when the read of schools_ started
    uint64_t schools_changes_ = 0;
};

}  // namespace koers::storage
