#include "modules/scan/web/alumni_view.hpp"

#include "modules/scan/core/round.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::web {
namespace {

using core::Audience;
using core::Permission;

bool May(Ctx& ctx, Permission p, int64_t school) {
    return core::Allowed(ctx.user, p, core::Target::School(school));
}

// The alumni's share per theme beside the staff's; empty when no theme has a shown figure.
ViewList ThemeRows(const RoundResults& r) {
    ViewList out;
    const auto& alumni = r.result.audiences.at(static_cast<size_t>(Audience::kAlumni));
    for (size_t t = 0; t < r.instrument->themes.size() && t < alumni.size(); ++t) {
        const auto& tally = alumni[t];
        if (tally.hidden || tally.Rated() == 0) continue;
        const auto& theme = r.instrument->themes[t];
        View row = Object();
        row.set("theme", theme.title);  // staff read it, beside the staff's own figure
        row.set("alumni_percent", Percent(tally.Percent()));
        const auto& staff = r.result.themes.at(t);
        row.set("staff_percent", Percent(staff.hidden ? std::nullopt : staff.Percent()));
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace

View AlumniSaid(Ctx& ctx, const storage::SchoolRecord& school) {
    if (!May(ctx, Permission::kViewScanResults, school.id)) return View();
    auto& parts = ScanOf(ctx);
    View v = Object();
    const std::string label = core::GroupLabel(core::Group::kAlumni, school.sector);
    v.set("who_label", label);  // "Oud-leerlingen"
    v.set("who", core::AsciiLower(label));
    const auto rounds = parts.scan.ClosedSchoolRounds(school.id);  // newest first
    for (const auto& round : *rounds) {
        bool asked = false;
        for (auto g : round.groups) asked = asked || g == core::Group::kAlumni;
        if (!asked) continue;
        const auto results = parts.scan.Results(round);
        if (!results->Visible()) continue;
        ViewList themes = ThemeRows(*results);
        if (themes.empty()) continue;
        v.set("round_title", round.title);
        v.set("closed_on", core::FormatDateLong(*round.closed_at));
        v.set("results_path", scan_paths::kResults.With(school.id, round.id));
        // How many answered only when their group is shown on its own (three or more).
        for (const auto& g : results->result.groups)
            if (g.key == core::GroupCode(core::Group::kAlumni))
                v.set("respondents", std::to_string(g.respondents));
        v.set("alumni_themes", std::move(themes));
        return v;
    }
    if (May(ctx, Permission::kRunScan, school.id))
        v.set("ask_path", scan_paths::kNewRound.With(school.id));
    return v;
}

}  // namespace koers::web
