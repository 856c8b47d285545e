#include "modules/curriculum/web/planner_view.hpp"

#include <algorithm>
#include <string>

#include "modules/curriculum/web/paths.hpp"
#include "platform/core/lob/vocabulary.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/render/charts.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {
namespace {

using namespace curriculum_paths;

std::string Cells(int n) { return std::to_string(n) + (n == 1 ? " vakje" : " vakjes"); }

std::string Num(int n) { return std::to_string(n); }

View YearCoverage(const core::Coverage& c, int year, int64_t school) {
    const auto& competencies = core::LoopbaanCompetencies();
    const auto& elements = core::LeeromgevingElements();
    const int total = static_cast<int>(core::kCompetencyCount * core::kElementCount);
    const int gaps = c.Gaps(year);
    View v = Object();
    v.set("year", Num(year));
    v.set("covered", Num(total - gaps));
    v.set("total", Num(total));
    v.set("has_gaps", gaps > 0);
    v.set("summary", "Leerjaar " + Num(year) + ": " + Num(total - gaps) + " van de " +
                         Cells(total) + " gedekt, " + Num(gaps) +
                         (gaps == 1 ? " gat." : " gaten."));
    v.set("empty", gaps == total);
    v.set("year_bank", WithQuery(kBank.With(school), {{"leerjaren", Num(year)}}));
    Heatmap map;
    for (const auto& e : elements) map.columns.push_back(e.label);
    ViewList table, gap_rows;
    for (size_t k = 0; k < core::kCompetencyCount; ++k) {
        map.rows.push_back(competencies[k].label);
        auto& counts_row = map.counts.emplace_back();
        View line = Object();
        line.set("label", competencies[k].label);
        ViewList counts, missing;
        for (size_t e = 0; e < core::kElementCount; ++e) {
            const int n = c.Count(year, k, e);
            counts_row.push_back(n);
            View figure = Object();
            figure.set("count", Num(n));
            figure.set("gap", n == 0);
            counts.push_back(std::move(figure));
            if (n == 0) {
                View m = Object();
                m.set("label", elements[e].label);
                m.set("href", WithQuery(kBank.With(school), {{"leerjaren", Num(year)},
                                                             {"competenties", competencies[k].code},
                                                             {"elementen", elements[e].code}}));
                m.set("comma", missing.empty() ? std::string() : std::string(", "));
                missing.push_back(std::move(m));
            }
        }
        line.set("counts", std::move(counts));
        table.push_back(std::move(line));
        if (!missing.empty()) {
            View g = Object();
            g.set("competency", competencies[k].label);
            g.set("elements", std::move(missing));
            gap_rows.push_back(std::move(g));
        }
    }
    v.set("svg", HeatmapSvg(map, "Dekking in leerjaar " + Num(year)));
    v.set("table", std::move(table));
    v.set("gap_rows", std::move(gap_rows));
    ViewList heads;
    for (const auto& e : elements) heads.emplace_back(e.label);
    v.set("heads", std::move(heads));
    return v;
}

}  // namespace

int PlannerYears(const storage::SchoolRecord& school, int latest) {
    const int years = std::max(school.sector == "vo" ? core::kPlannerYears : 4, latest);
    return std::min(years, core::kPlannerYears);
}

std::string PlanScope::Link(std::string_view path, Pairs query) const {
    if (!leerlijn.empty()) query.emplace_back("leerlijn", leerlijn);
    return WithQuery(path, query);
}

ViewList LeerlijnLinks(const PlanScope& scope, const RoutePath& page,
                       const std::vector<std::string>& names) {
    ViewList out;
    if (names.empty()) return out;
    const std::string path = page.With(scope.school);
    View all = LinkView(path, "Hele school");
    all.set("current", scope.leerlijn.empty());
    out.push_back(std::move(all));
    for (const auto& name : names) {
        View link = LinkView(WithQuery(path, {{"leerlijn", name}}), name);
        link.set("current", name == scope.leerlijn);
        out.push_back(std::move(link));
    }
    return out;
}

ViewList LeerlijnView(const std::vector<storage::PlannedActivity>& plan, int years,
                      const PlanScope& scope, bool can_plan) {
    const int64_t school = scope.school;
    ViewList out;
    auto next = plan.begin();  // the plan is ordered by leerjaar and periode
    for (int y = 1; y <= years; ++y) {
        View year = Object();
        year.set("year", Num(y));
        ViewList periods;
        size_t in_year = 0;
        for (int p = 1; p <= core::kPlannerPeriods; ++p) {
            View period = Object();
            period.set("period", Num(p));
            ViewList activities;
            while (next != plan.end() && (next->place.leerjaar < y ||
                                          (next->place.leerjaar == y && next->place.periode < p)))
                ++next;
            for (; next != plan.end() && next->place.leerjaar == y && next->place.periode == p;
                 ++next) {
                View a = Object();
                a.set("title", next->title);
                a.set("href", kActivity.With(school, next->id));
                a.set("new", next->fase == core::kPlanned);
                a.set("evaluated", next->evaluated);
                a.set("from_bank", next->assignment_id.has_value());
                if (scope.leerlijn.empty()) a.set("leerlijn", next->leerlijn);
                activities.push_back(std::move(a));
            }
            in_year += activities.size();
            period.set("activities", std::move(activities));
            if (can_plan)
                period.set("add_href", scope.Link(kNewActivity.With(school),
                                                  {{"leerjaar", Num(y)}, {"periode", Num(p)}}));
            periods.push_back(std::move(period));
        }
        year.set("periods", std::move(periods));
        year.set("count", in_year == 1 ? std::string("1 activiteit")
                                       : Num(static_cast<int>(in_year)) + " activiteiten");
        out.push_back(std::move(year));
    }
    return out;
}

View StepsView(const std::vector<storage::PlannedActivity>& plan, const core::Coverage& coverage,
               int years, const PlanScope& scope, bool can_plan) {
    const int64_t school = scope.school;
    int existing = 0, planned = 0, evaluated = 0, gaps = 0;
    for (const auto& a : plan) {
        (a.fase == core::kPlanned ? planned : existing) += 1;
        evaluated += a.evaluated ? 1 : 0;
    }
    for (int y = 1; y <= years; ++y) gaps += coverage.Gaps(y);
    const int cells = years * static_cast<int>(core::kCompetencyCount * core::kElementCount);
    View v = Object();
    v.set("existing", Num(existing));
    v.set("planned", Num(planned));
    v.set("evaluated", Num(evaluated));
    v.set("total", Num(existing + planned));
    v.set("gaps", Num(gaps));
    v.set("cells", Num(cells));
    v.set("coverage_path", scope.Link(kCoverage.With(school)));
    v.set("transition_path", kTransition.With(school));
    v.set("bank_path", kBank.With(school));
    if (can_plan) {
        v.set("add_existing", scope.Link(kNewActivity.With(school), {{"fase", "bestaand"}}));
        v.set("add_planned", scope.Link(kNewActivity.With(school), {{"fase", "gepland"}}));
    }
    return v;
}

ViewList CoverageViews(const core::Coverage& coverage, int years, int64_t school) {
    ViewList out;
    for (int y = 1; y <= years; ++y) out.push_back(YearCoverage(coverage, y, school));
    return out;
}

}  // namespace koers::web
