#include "app/demo_seed.hpp"

#include <string>

#include "app/modules.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::app {

bool SeedDemoData(storage::Database& db, int64_t now, std::string_view password_hash) {
    storage::UserRepo users(db);
    if (!users.All().empty()) return false;
    storage::OrgRepo orgs(db);
    web::DemoWorld world{.now = now};
    auto& [_, regions, schools, teams] = world;
    for (auto name : core::DemoRegions())
        regions[std::string(name)] = orgs.AddRegion(std::string(name), now);
    for (const auto& s : core::DemoSchools()) {
        storage::SchoolRecord rec;
        rec.name = s.name;
        rec.brin = s.brin;
        rec.sector = s.sector;
        std::string types(s.onderwijstypes);
        for (size_t start = 0; start < types.size();) {
            size_t end = types.find(',', start);
            if (end == std::string::npos) end = types.size();
            rec.onderwijstypes.push_back(types.substr(start, end - start));
            start = end + 1;
        }
        rec.region_id = regions.at(std::string(s.region));
        int64_t id = orgs.AddSchool(rec, now);
        schools[std::string(s.brin)] = id;
        for (auto team : s.teams)
            teams[std::string(s.brin) + "/" + std::string(team)] =
                orgs.AddTeam(id, std::string(team), now);
    }
    // One hash for all demo accounts: Argon2id is deliberately slow.
    const std::string hash = password_hash.empty() ? web::auth::HashPassword(core::kDemoPassword)
                                                   : std::string(password_hash);
    for (const auto& a : core::DemoAccounts()) {
        int64_t id = users.Add(std::string(a.email), std::string(a.name), hash, now);
        std::optional<int64_t> school, region;
        if (core::RoleReach(a.role) == core::Reach::kSchool)
            school = schools.at(std::string(a.place));
        if (core::RoleReach(a.role) == core::Reach::kRegion)
            region = regions.at(std::string(a.place));
        std::optional<int64_t> team;
        if (!a.team.empty()) team = teams.at(std::string(a.place) + "/" + std::string(a.team));
        users.AddMembership(id, a.role, school, region, now, team);
    }
    for (const web::Module& m : Modules())
        if (m.seed_demo) m.seed_demo(db, world);
    return true;
}

}  // namespace koers::app
