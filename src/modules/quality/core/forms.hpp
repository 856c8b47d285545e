#pragma once
// The form of each record kind of the kwaliteitscyclus: its fields with Dutch labels and help,
// their types and choices (declared with the platform's record kernel, platform/core/records),
// and what makes a record complete or ready to be vastgesteld. A record that is merely
// unfinished is saved and shown as unfinished (see Gaps), never rejected.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/quality/core/record.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/records/form.hpp"

namespace koers::core {

// The form of `kind` at a school of `sector` ("vo", "mbo", "hbo"); `team_level` tells a
// werkplan's evaluation from the beleid's. Choices that depend on the school's own records (the
// goals an activity serves, the LOB-scan themes a goal relates to) are empty here; the caller
// fills them from its data.
Form FormOf(Kind kind, std::string_view sector, bool team_level = false);

// What keeps a record from being complete, in Dutch ("indicator", "deadline"): for a goal the
// SMART parts, for a visie its three parts. Empty when complete.
std::vector<std::string> Gaps(Kind kind, const Fields& fields);

// Whether going from `before` to `after` changes what was agreed when the document above was
// vastgesteld: a goal's aim and measures (not its measured result, oordeel or vervolg), an
// activity's plan (not its status, toelichting or vervolg). A new or removed goal or activity
// always does (pass nullptr).
bool ChangesAgreement(Kind kind, const Fields* before, const Fields* after);

// Why a record cannot be vastgesteld yet (empty when it can). `children` counts the beleid's
// goals or the werkplan's activities.
std::vector<std::string> AdoptionBlockers(Kind kind, const Fields& fields, int children);

// The name of the participation body that evaluates with the school yearly: the MR in vo,
// the studentenraad in mbo.
std::string_view ParticipationBody(std::string_view sector);

}  // namespace koers::core
