#pragma once
// What a school can do next, per theme of a round's results: the instrument's advice, the
// kennisbank items and praktijkvoorbeelden on the theme's kennisbank terms, and (for who runs
// the scan) a link that makes it an action point. Advice and reading come from the sector's
// newest instrument, so a round closed under an older version gets today's advice.
#include <cstddef>

#include "modules/scan/web/scan_service.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Per theme of `r` (in the instrument's order): {title, anchor, text (the advice), reading:
// [{title, path, kind}], more_path, action_path ("" when `can_act` is false)}.
ViewList ThemeAdvice(Ctx& ctx, const RoundResults& r, bool can_act);

// The themes with the most to gain: the lowest scores first, at most `count`, each {title,
// anchor, percent}; themes without a figure are left out.
ViewList StartHere(const RoundResults& r, size_t count);

}  // namespace koers::web
