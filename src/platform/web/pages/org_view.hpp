#pragma once
// View models of schools and teams, shared by the school pages, the dashboard and the beheer
// pages.
#include <string>
#include <vector>

#include "platform/core/common/validation.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// The {school} of the route; throws core::NotFound for an unknown one.
storage::SchoolRecord SchoolParam(const Ctx& ctx);
// For Access::Within: the {groep} of the route as Target::Group, when it is a group of {school}.
std::optional<core::Target> GroupParam(const Ctx& ctx);
// The {groep} of the route, a group of {school}; throws core::NotFound otherwise.
storage::GroupRecord GroupOf(const Ctx& ctx);
View SchoolView(const storage::SchoolRecord& s);
// A school's onderwijstypen as one text: "havo, vwo".
std::string OnderwijstypesText(const storage::SchoolRecord& s);
ViewList TeamsView(const std::vector<storage::TeamRecord>& teams);
// The modules' links for one school or region (Module::school_links, region_links) that the
// signed-in person may follow: {href, label, about} each.
ViewList SchoolLinks(const Ctx& ctx, int64_t school_id);
ViewList RegionLinks(const Ctx& ctx, int64_t region_id);
// The modules' links on a student's dossier page (Module::student_links) that the signed-in
// person may follow: {href, label} with the student's own label when `own`.
ViewList StudentLinks(const Ctx& ctx, const core::Target& student, int64_t school_id,
                      int64_t enrolment, bool own);
// Validates the posted team name and adds the team to the school; audit-logged.
core::Validation AddTeamTo(Ctx& ctx, int64_t school_id);

}  // namespace koers::web
