#pragma once
// The parts of a LOB-scan round's results page that show figures: the theme table (scores, radar
// chart data, previous round, peers), each theme's statements (one table per audience, on its own
// scale) and the staff score beside what leerlingen and ouders say.
#include <cstddef>

#include "modules/scan/web/scan_service.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Per theme: score, distribution, change since the previous round and the peers' mean.
View ThemeTable(const RoundResults& r);
// A theme's statements, one table per audience with its own scale as column heads.
ViewList ThemeParts(const RoundResults& r, size_t theme);
// Per theme, the staff score beside what leerlingen and ouders say in their own questions;
// empty when they have none in this version.
View BesideView(const RoundResults& r);

}  // namespace koers::web
