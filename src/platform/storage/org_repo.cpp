#include "platform/storage/org_repo.hpp"

#include <algorithm>

namespace koers::storage {
namespace {

std::string JoinTypes(const std::vector<std::string>& types) {
    std::string out;
    for (const auto& t : types) out += (out.empty() ? "" : ",") + t;
    return out;
}

std::vector<std::string> SplitTypes(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(',', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

constexpr const char* kSchoolSelect =
    "SELECT s.id, s.name, s.brin, s.sector, s.onderwijstypes, s.region_id, "
    "COALESCE(r.name, '') AS region FROM schools s LEFT JOIN regions r ON r.id = s.region_id ";

SchoolRecord ToSchool(const Row& r) {
    return {r.Int("id"),
            r.Text("name"),
            r.Text("brin"),
            r.Text("sector"),
            SplitTypes(r.Text("onderwijstypes")),
            r.OptInt("region_id"),
            r.Text("region")};
}

TeamRecord ToTeam(const Row& r) { return {r.Int("id"), r.Int("school_id"), r.Text("name")}; }

}  // namespace

int64_t OrgRepo::AddRegion(const std::string& name, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO regions (name, created_at) VALUES (?, ?) RETURNING id", {name, now});
    });
}

std::vector<RegionRecord> OrgRepo::Regions() {
    std::vector<RegionRecord> out;
    db_.With([&](Connection& c) {
        for (const auto& r : c.Query("SELECT r.id, r.name, COUNT(s.id) AS schools FROM regions r "
                                     "LEFT JOIN schools s ON "
                                     "s.region_id = r.id GROUP BY r.id, r.name ORDER BY r.name"))
            out.push_back({r.Int("id"), r.Text("name"), r.Int("schools")});
    });
    return out;
}

std::optional<RegionRecord> OrgRepo::Region(int64_t id) {
    std::optional<RegionRecord> out;
    db_.With([&](Connection& c) {
        if (auto r = c.QueryOne(
                "SELECT r.id, r.name, (SELECT COUNT(*) FROM schools s WHERE s.region_id = r.id) "
                "AS schools FROM regions r WHERE r.id = ?",
                {id}))
            out = RegionRecord{r->Int("id"), r->Text("name"), r->Int("schools")};
    });
    return out;
}

int64_t OrgRepo::AddSchool(const SchoolRecord& s, int64_t now) {
    const int64_t id = db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO schools (name, brin, sector, onderwijstypes, region_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {s.name, s.brin, s.sector, JoinTypes(s.onderwijstypes), Opt(s.region_id), now});
    });
    SchoolsChanged();
    return id;
}

void OrgRepo::UpdateSchool(const SchoolRecord& s) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE schools SET name = ?, brin = ?, sector = ?, onderwijstypes = ?, region_id = ? "
            "WHERE id = ?",
            {s.name, s.brin, s.sector, JoinTypes(s.onderwijstypes), Opt(s.region_id), s.id});
    });
    SchoolsChanged();
}

std::optional<SchoolRecord> OrgRepo::School(int64_t id) {
    if (clock_) {
        const SchoolList all = Schools();
        auto it = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.id == id; });
        if (it != all.end()) return *it;
    }
    std::optional<SchoolRecord> out;
    db_.With([&](Connection& c) {
        if (auto r = c.QueryOne(std::string(kSchoolSelect) + "WHERE s.id = ?", {id}))
            out = ToSchool(*r);
    });
    return out;
}

SchoolList OrgRepo::Schools() {
    const int64_t now = clock_ ? clock_->NowMillis() : 0;
    uint64_t changes = 0;
    if (clock_) {
        std::lock_guard lock(schools_mu_);
        if (schools_ && now - schools_read_ms_ < kSchoolsMillis && now >= schools_read_ms_)
            return SchoolList(schools_);
        changes = schools_changes_;
    }
    auto fresh = std::make_shared<std::vector<SchoolRecord>>();
    db_.With([&](Connection& c) {
        for (const auto& r : c.Query(std::string(kSchoolSelect) + "ORDER BY s.name"))
            fresh->push_back(ToSchool(r));
    });
    if (!clock_) return SchoolList(fresh);
    std::lock_guard lock(schools_mu_);
    // After a change in this process during the read, what was read may be from before it:
    // it answers this caller only.
    if (changes == schools_changes_) {
        schools_ = fresh;
        schools_read_ms_ = now;
    }
    return SchoolList(fresh);
}

std::vector<SchoolRecord> OrgRepo::SchoolsInRegion(int64_t region_id) {
    std::vector<SchoolRecord> out;
    for (const auto& s : Schools())
        if (s.region_id == region_id) out.push_back(s);
    return out;
}

void OrgRepo::SchoolsChanged() {
    std::lock_guard lock(schools_mu_);
    schools_.reset();
    ++schools_changes_;
}

OrgTotals OrgRepo::Totals() {
    return db_.Use([&](Connection& c) {
        auto r = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM regions) AS regions, "
            "(SELECT COUNT(*) FROM schools) AS schools");
        return OrgTotals{r->Int("regions"), r->Int("schools")};
    });
}

int64_t OrgRepo::AddTeam(int64_t school_id, const std::string& name, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO teams (school_id, name, created_at) VALUES (?, ?, ?) RETURNING id",
            {school_id, name, now});
    });
}

std::vector<TeamRecord> OrgRepo::Teams(int64_t school_id) {
    std::vector<TeamRecord> out;
    db_.With([&](Connection& c) {
        for (const auto& r :
             c.Query("SELECT id, school_id, name FROM teams WHERE school_id = ? ORDER BY name",
                     {school_id}))
            out.push_back(ToTeam(r));
    });
    return out;
}

std::optional<TeamRecord> OrgRepo::Team(int64_t team_id) {
    return db_.Use([&](Connection& c) -> std::optional<TeamRecord> {
        auto r = c.QueryOne("SELECT id, school_id, name FROM teams WHERE id = ?", {team_id});
        if (!r) return std::nullopt;
        return ToTeam(*r);
    });
}

}  // namespace koers::storage
