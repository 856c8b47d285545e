#include "modules/networks/web/network_progress.hpp"

#include <array>
#include <string>

#include "modules/quality/core/cycle.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/scan/web/scan_parts.hpp"

namespace koers::web {

View NetworkProgress(const Ctx& ctx, const std::vector<int64_t>& member_schools) {
    const int64_t now = ctx.app.clock.Now();
    const int current = core::SchoolYearOf(now);
    const auto of = [&](int n) {
        return std::to_string(n) + " van " + std::to_string(member_schools.size());
    };
    int started = 0, scanned = 0;
    std::array<int, 4> done{};
    for (int64_t school : member_schools) {
        if (const auto year = QualityOf(ctx).quality.Year(school, current)) {
            ++started;
            const auto overview = core::Overview(QualityOf(ctx).quality.Facts(*year, now), now);
            for (size_t i = 0; i < done.size(); ++i)
                done[i] += overview.levels.front().steps[i].state == core::StepState::kDone;
        }
        for (const auto& round : ScanOf(ctx).scans.RoundsOf(school))
            if (round.closed_at && core::SchoolYearOf(*round.closed_at) == current) {
                ++scanned;
                break;
            }
    }
    View v = Object();
    v.set("has_progress", !member_schools.empty());
    v.set("year", core::SchoolYearLabel(current));
    v.set("quality_started", of(started));
    ViewList steps;
    for (size_t i = 0; i < done.size(); ++i) {
        View step = Object();
        step.set("label", std::string(core::StepLabel(static_cast<core::Step>(i))));
        step.set("done", of(done[i]));
        steps.push_back(std::move(step));
    }
    v.set("steps", std::move(steps));
    v.set("scanned", of(scanned));
    return v;
}

}  // namespace koers::web
