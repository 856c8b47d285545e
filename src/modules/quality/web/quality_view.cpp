#include "modules/quality/web/quality_view.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/scan/web/scan_parts.hpp"

#include <algorithm>

#include "modules/quality/core/cycle.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

std::string YearScope::label() const { return core::SchoolYearLabel(year.start_year); }

std::string QualityPath(int64_t school_id) {
    return "/scholen/" + std::to_string(school_id) + "/kwaliteit";
}

YearScope LoadYear(Ctx& ctx) {
    auto school = ctx.app.orgs.School(ctx.Id("school"));
    if (!school) throw core::NotFound();
    const auto start = core::ParseSchoolYear(Find(ctx.params, "jaar").value_or(""));
    if (!start) throw core::NotFound();
    auto year = QualityOf(ctx).quality.Year(school->id, *start);
    if (!year) throw core::NotFound("Voor dit schooljaar is er nog geen kwaliteitscyclus.");
    std::string path = QualityPath(school->id) + "/" + std::to_string(*start);
    return {std::move(*school), *year, std::move(path)};
}

namespace {

std::string ClosedMessage(const YearScope& scope) {
    return "Schooljaar " + scope.label() +
           " is afgesloten en alleen nog te lezen. Werk in het nieuwe schooljaar verder.";
}

}  // namespace

void RequireOpen(const YearScope& scope) {
    if (!scope.year.open()) throw core::Conflict(ClosedMessage(scope));
}

void ThrowIfClosed(storage::SaveResult result, const YearScope& scope) {
    if (result == storage::SaveResult::kClosed) throw core::Conflict(ClosedMessage(scope));
}

namespace {

// `team` when it names a team of the request's {school}.
std::optional<int64_t> TeamOfSchool(const Ctx& ctx, std::optional<int64_t> team) {
    const auto school = ctx.FindId("school");
    if (!team || !school) return std::nullopt;
    const auto found = ctx.app.orgs.Team(*team);
    if (!found || found->school_id != *school) return std::nullopt;
    return team;
}

}  // namespace

std::optional<int64_t> TeamParam(const Ctx& ctx) { return TeamOfSchool(ctx, ctx.FindId("team")); }

std::optional<int64_t> TeamOfTaskMatrix(const Ctx& ctx) {
    if (const auto record = ctx.FindId("record")) {
        const auto school = ctx.FindId("school");
        const auto start = core::ParseSchoolYear(Find(ctx.params, "jaar").value_or(""));
        const auto year =
            school && start ? QualityOf(ctx).quality.Year(*school, *start) : std::nullopt;
        const auto found = year ? QualityOf(ctx).quality.Find(year->id, *record) : std::nullopt;
        return found ? found->record.team_id : std::nullopt;
    }
    return TeamOfSchool(ctx, ParsePositiveId(ctx.QueryParam("team").value_or("")));
}

std::optional<int64_t> TeamField(const Ctx& ctx) {
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

storage::Author AuthorOf(const Ctx& ctx) {
    if (ctx.user == nullptr) return {};
    return {ctx.user->user_id, ctx.user->display_name};
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

ViewList FieldViews(const core::Form& form, const core::Fields& values,
                    const core::Validation& errors) {
    ViewList out;
    for (const auto& f : form.fields) {
        const auto value = core::FieldOf(values, f.name);
        View item = Object();
        item.set("name", f.name);
        item.set("label", f.label);
        item.set("help", f.help);
        item.set("value", std::string(value));
        item.set("required", f.required);
        const std::string error = errors.For(f.name);
        std::string described = f.help.empty() ? "" : "f-" + f.name + "-uitleg";
        if (!error.empty()) described += (described.empty() ? "" : " ") + ("f-" + f.name + "-fout");
        item.set("describedby", described);
        item.set("error", error);
        item.set("line", f.type == core::FieldType::kLine);
        item.set("text", f.type == core::FieldType::kText);
        item.set("date", f.type == core::FieldType::kDate);
        item.set("month", f.type == core::FieldType::kMonth);
        item.set("choice", f.type == core::FieldType::kChoice);
        item.set("choices", f.type == core::FieldType::kChoices);
        item.set("maxlength",
                 std::to_string(f.type == core::FieldType::kText ? core::kMaxTextLength
                                                                 : core::kMaxLineLength));
        const auto chosen = core::SplitChoices(value);
        ViewList options;
        for (const auto& o : f.options) {
            View opt = Object();
            opt.set("code", o.code);
            opt.set("label", o.label);
            opt.set("id", f.name + "-" + o.code);
            opt.set("checked", std::find(chosen.begin(), chosen.end(), o.code) != chosen.end());
            options.push_back(std::move(opt));
        }
        item.set("has_options", !options.empty());
        item.set("options", std::move(options));
        out.push_back(std::move(item));
    }
    return out;
}

ViewList ReadViews(const core::Form& form, const core::Fields& values) {
    ViewList out;
    for (const auto& f : form.fields) {
        const auto value = core::FieldOf(values, f.name);
        if (value.empty()) continue;
        View item = Object();
        item.set("label", f.label);
        item.set("value", core::DisplayValue(f, value));
        out.push_back(std::move(item));
    }
    return out;
}

std::string StatusText(const core::Record& record) {
    if (record.status != core::kVastgesteld) return "concept";
    std::string out = "vastgesteld";
    if (record.status_at > 0) out += " op " + core::FormatDateLong(record.status_at);
    if (!record.status_by.empty()) out += " door " + record.status_by;
    return out;
}

}  // namespace koers::web
