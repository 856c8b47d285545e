#pragma once
// What the quality page tests share: the demo world's Veldzicht College (21VZ) with its two teams
// and schooljaar 2026 under way.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "modules/quality/core/record.hpp"
#include "modules/quality/storage/quality_repo.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web::quality_testing {

using testing::Browser;
using testing::TestApp;

using testing::Contains;

// The demo world's Veldzicht College (21VZ): schooljaar 2025 closed, 2026 under way.
class QualityPages : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("21VZ");
        base = "/scholen/" + std::to_string(school) + "/kwaliteit/2026";
        for (const auto& t : app.services().orgs.Teams(school))
            (t.name == "Bovenbouw havo" ? own_team : other_team) = t.id;
        year = QualityOf(app.services()).quality.Year(school, 2026).value();
    }
    std::string Version(core::Kind kind, std::optional<int64_t> team = std::nullopt) {
        return std::to_string(
            QualityOf(app.services()).quality.Single(year.id, kind, team)->version);
    }
    TestApp app;
    int64_t school = 0, own_team = 0, other_team = 0;
    storage::YearRecord year;
    std::string base;
};

}  // namespace koers::web::quality_testing
