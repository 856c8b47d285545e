#pragma once
// The activities of a plan, shared by its two levels: a team's werkplan (team_id set) and the
// school-wide activities of the beleid (team_id nullopt). Their rows, the LOB-scan action points
// the plan has not taken yet, and taking them as planned activities.
#include <cstdint>
#include <optional>
#include <vector>

#include "modules/quality/storage/quality_repo.hpp"
#include "modules/quality/web/quality_view.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct RecordPage;

// The rows of the plan's activities; with links to each activity's page when `links`.
ViewList ActivityViews(Ctx& ctx, const YearScope& scope, std::optional<int64_t> team_id,
                       bool links);

// An action point of the school's LOB-scan that the plan has not taken yet.
struct OfferedAction {
    storage::ActionRecord action;
    storage::RoundRecord round;
};

// A team's werkplan is offered the action points of the school-wide rounds and of the team's own
// rounds; the school's plan those of the school-wide rounds. What the plan took is left out, and
// a team is not offered what the school took into its own plan.
std::vector<OfferedAction> OfferedActions(Ctx& ctx, const YearScope& scope,
                                          std::optional<int64_t> team_id);
ViewList ScanActionViews(Ctx& ctx, const YearScope& scope, std::optional<int64_t> team_id);

// Takes the action points chosen in the form ("actie") as planned activities of `plan` (a
// werkplan, or the beleid for the school's plan), with a flash; core::InvalidInput when none was
// chosen, core::Conflict when none could be taken.
void TakeScanActions(Ctx& ctx, const YearScope& scope, const storage::StoredRecord& plan);

// The school's own activities on the page of its beleid (once the beleid exists), with the forms
// to add one and to take school-wide action points for who may edit an open schooljaar.
void AddSchoolActivities(Ctx& ctx, const YearScope& scope, RecordPage& beleid);

}  // namespace koers::web
