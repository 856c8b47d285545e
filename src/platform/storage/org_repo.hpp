#pragma once
// Regions, schools and their teams/opleidingen.
// Thread-safe (each call leases its own connection). Unique-name clashes throw ConstraintError.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

class OrgRepo {
public:
    explicit OrgRepo(Database& db) : db_(db) {}

    int64_t AddRegion(const std::string& name, int64_t now);
    std::vector<RegionRecord> Regions();
    std::optional<RegionRecord> Region(int64_t id);

    int64_t AddSchool(const SchoolRecord& s, int64_t now);
    void UpdateSchool(const SchoolRecord& s);
    std::optional<SchoolRecord> School(int64_t id);
    std::vector<SchoolRecord> Schools();
    std::vector<SchoolRecord> SchoolsInRegion(int64_t region_id);

    OrgTotals Totals();

    int64_t AddTeam(int64_t school_id, const std::string& name, int64_t now);
    std::vector<TeamRecord> Teams(int64_t school_id);
    std::optional<TeamRecord> Team(int64_t team_id);

private:
    Database& db_;
};

}  // namespace koers::storage
