#pragma once
// What former leerlingen said in the LOB-scan, for the school's doorstroom page: the figures say
// where leavers went, the alumni say how the school helped them choose (the Expertisepunt's
// method: look at the figures, ask alumni, sharpen the beleid).
#include "platform/storage/org_repo.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;

// For who may read the school's scan results: the newest closed school-wide round in which alumni
// answered questions of their own and whose results are shown, per theme the share of alumni
// answers "klopt grotendeels" or "klopt helemaal" beside the staff's share realised. Every figure
// keeps the LOB-scan's anonymity rules (a statement fewer than three answered is hidden, and with
// it its part of the theme). Without such a round: how to ask them, with the new round's form for
// who may start one. Null for who may not read scan results.
View AlumniSaid(Ctx& ctx, const storage::SchoolRecord& school);

}  // namespace koers::web
