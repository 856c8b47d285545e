#include "modules/quality/web/quality_view.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/scan/web/scan_parts.hpp"

#include <algorithm>

#include "modules/quality/core/cycle.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

std::string YearScope::label() const { return core::SchoolYearLabel(year.start_year); }

namespace {

// The {jaar} of the route: a schooljaar's first year ("2026" for 2026-2027).
int StartYearParam(const Ctx& ctx) {
    const auto start = core::ParseSchoolYear(Find(ctx.params, "jaar").value_or(""));
    if (!start) throw core::NotFound();
    return *start;
}

[[noreturn]] void NoSuchYear() {
    throw core::NotFound("Voor dit schooljaar is er nog geen kwaliteitscyclus.");
}

std::string ClosedMessage(const YearScope& scope) {
    return "Schooljaar " + scope.label() + " is afgesloten en alleen nog te lezen" +
           (scope.year.evaluation_open ? ", op de evaluaties na" : "") +
           ". Werk in het nieuwe schooljaar verder.";
}

}  // namespace

YearScope LoadYear(Ctx& ctx) {
    auto school = SchoolParam(ctx);
    auto year = QualityOf(ctx).quality.Year(school.id, StartYearParam(ctx));
    if (!year) NoSuchYear();
    return {std::move(school), *year};
}

YearScope LoadYear(Ctx& ctx, storage::SchoolRecord school,
                   const std::vector<storage::YearRecord>& years) {
    const int start = StartYearParam(ctx);
    for (const auto& y : years)
        if (y.start_year == start) return {std::move(school), y};
    NoSuchYear();
}

void RequireOpen(const YearScope& scope) {
    if (!scope.year.open()) throw core::Conflict(ClosedMessage(scope));
}

void RequireWritable(const YearScope& scope, core::Kind kind) {
    if (!scope.year.Writable(kind)) throw core::Conflict(ClosedMessage(scope));
}

void ThrowIfClosed(storage::SaveResult result, const YearScope& scope) {
    if (result == storage::SaveResult::kClosed) throw core::Conflict(ClosedMessage(scope));
}

namespace {

// `team` when it names a team of the request's {school}.
std::optional<core::Target> TeamOfSchool(const Ctx& ctx, std::optional<int64_t> team) {
    const auto school = ctx.FindId("school");
    if (!team || !school) return std::nullopt;
    const auto found = ctx.app.orgs.Team(*team);
    if (!found || found->school_id != *school) return std::nullopt;
    return TeamScope(ctx, team);
}

}  // namespace

std::optional<core::Target> TeamParam(const Ctx& ctx) {
    return TeamOfSchool(ctx, ctx.FindId("team"));
}

std::optional<core::Target> TeamOfTaskMatrix(const Ctx& ctx) {
    if (const auto record = ctx.FindId("record")) {
        const auto school = ctx.FindId("school");
        const auto start = core::ParseSchoolYear(Find(ctx.params, "jaar").value_or(""));
        const auto year =
            school && start ? QualityOf(ctx).quality.Year(*school, *start) : std::nullopt;
        const auto found = year ? QualityOf(ctx).quality.Find(year->id, *record) : std::nullopt;
        return found ? TeamScope(ctx, found->record.team_id) : std::nullopt;
    }
    return TeamOfSchool(ctx, ParsePositiveId(ctx.QueryParam("team").value_or("")));
}

std::optional<core::Target> TeamField(const Ctx& ctx) {
    return TeamOfSchool(ctx, ParsePositiveId(ctx.Field("team")));
}

storage::TeamRecord TeamOf(Ctx& ctx, const YearScope& scope) {
    auto team = ctx.app.orgs.Team(ctx.Id("team"));
    if (!team || team->school_id != scope.school.id) throw core::NotFound();
    return *team;
}

bool Can(Ctx& ctx, core::Permission permission, const YearScope& scope) {
    return core::Allowed(ctx.user, permission, core::Target::School(scope.school.id));
}

core::Form FormFor(Ctx& ctx, const YearScope& scope, core::Kind kind, bool team_level) {
    core::Form form = core::FormOf(kind, scope.school.sector, team_level);
    if (auto* goal = form.Find("doel")) {
        for (const auto& g : QualityOf(ctx).quality.Records(scope.year.id, core::Kind::kDoel))
            goal->options.push_back({std::to_string(g.record.id),
                                     std::string(core::FieldOf(g.record.fields, "titel"))});
    }
    if (auto* themes = form.Find("themas")) {
        if (auto ins = ScanOf(ctx).scans.LatestInstrument(scope.school.sector)) {
            for (const auto& t : ScanOf(ctx).scan.InstrumentOf(ins->id)->themes)
                themes->options.push_back({t.code, t.title});
        }
    }
    return form;
}

std::string StatusText(const core::Record& record) {
    if (record.status != core::kVastgesteld) return "concept";
    std::string out = "vastgesteld";
    if (record.status_at > 0) out += " op " + core::FormatDateLong(record.status_at);
    if (!record.status_by.empty()) out += " door " + record.status_by;
    return out;
}

}  // namespace koers::web
