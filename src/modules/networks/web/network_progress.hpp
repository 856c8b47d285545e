#pragma once
// How far a network's member schools are, as counts over the members only ("3 van 4 scholen"):
// the kwaliteitscyclus's four steps at school level this schooljaar, and a LOB-scan round
// closed this schooljaar. Never a school's name beside a status, never a school's content.
#include <cstdint>
#include <vector>

#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;

// {has_progress, year, schools, quality_started, steps: [{label, done}], scanned}.
View NetworkProgress(const Ctx& ctx, const std::vector<int64_t>& member_schools);

}  // namespace koers::web
