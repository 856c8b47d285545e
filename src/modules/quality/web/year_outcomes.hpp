#pragma once
// What a schooljaar delivered, shown above the evaluation of the beleid so that the evaluation
// starts from facts: each goal with its measured result and oordeel (and the LOB-scan themes it
// serves), each team's activities as carried out, and the school-wide LOB-scan rounds closed in
// the year with their theme scores, for who may read scan results.
#include "modules/quality/web/quality_view.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;

// The "outcomes" of `scope`'s schooljaar for the template (record.mustache's outcomes section).
View YearOutcomes(Ctx& ctx, const YearScope& scope);

}  // namespace koers::web
