#include "modules/curriculum/web/werkplan_link.hpp"

#include <algorithm>
#include <string>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/quality/core/forms.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using core::Permission;
namespace {

// The field of a werkplan's activity that names the planner's activity it came from.
constexpr const char* kLinkField = "curriculum_activiteit";

// The school's schooljaar that werkplannen are written in now: the newest open one.
std::optional<storage::YearRecord> OpenYear(Ctx& ctx, int64_t school) {
    for (auto& y : QualityOf(ctx).quality.Years(school))
        if (y.open()) return y;
    return std::nullopt;
}

// The werkplan activities of the year that came from `activity`.
std::vector<storage::StoredRecord> Adopted(Ctx& ctx, const storage::YearRecord& year,
                                           int64_t activity) {
    std::vector<storage::StoredRecord> out;
    for (auto& r : QualityOf(ctx).quality.Records(year.id, core::Kind::kActiviteit))
        if (r.record.team_id &&
            core::FieldOf(r.record.fields, kLinkField) == std::to_string(activity))
            out.push_back(std::move(r));
    return out;
}

std::string Place(const core::Fields& f) {
    const std::string line(core::FieldOf(f, "leerlijn"));
    return (line.empty() ? "" : line + ", ") + "leerjaar " +
           std::string(core::FieldOf(f, "leerjaar")) + ", periode " +
           std::string(core::FieldOf(f, "periode"));
}

Response Adopt(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = CurriculumOf(ctx).activities.Find(school.id, ctx.Id("activiteit"));
    if (!a) throw core::NotFound();
    const auto year = OpenYear(ctx, school.id);
    if (!year)
        throw core::Conflict(
            "De school heeft nog geen schooljaar in de kwaliteitscyclus. Begin daar eerst een "
            "schooljaar.");
    const auto team_id = core::ParseInt(ctx.Field("team"), 1);
    if (!team_id) throw core::InvalidInput("Kies het team in wiens werkplan de activiteit komt.");
    std::optional<storage::TeamRecord> team;
    for (auto& t : ctx.app.orgs.Teams(school.id))
        if (t.id == *team_id) team = std::move(t);
    if (!team) throw core::InvalidInput("Dat team hoort niet bij deze school.");
    if (!core::Allowed(ctx.user, Permission::kEditWerkplan,
                       core::Target::Team(school.id, team->id)))
        throw core::Forbidden("U mag het werkplan van " + team->name + " niet aanvullen.");
    auto& quality = QualityOf(ctx).quality;
    const auto plan = quality.Single(year->id, core::Kind::kWerkplan, team->id);
    if (!plan)
        throw core::Conflict(team->name +
                             " heeft in dit schooljaar nog geen werkplan. Begin het "
                             "werkplan in de kwaliteitscyclus en neem de activiteit "
                             "dan op.");
    for (const auto& r : Adopted(ctx, *year, a->id))
        if (r.record.team_id == team->id)
            throw core::Conflict("Deze activiteit staat al in het werkplan van " + team->name +
                                 ".");
    core::Record r{
        .kind = core::Kind::kActiviteit, .team_id = team->id, .parent_id = plan->record.id};
    const std::string groups(core::FieldOf(a->fields, "groepen"));
    core::ApplyEdit(r, {{"wat", std::string(core::FieldOf(a->fields, "titel"))},
                        {"doelgroep", groups.empty() ? Place(a->fields) : groups},
                        {"competenties", std::string(core::FieldOf(a->fields, "competenties"))},
                        {"status", std::string(core::kGepland)},
                        {"herkomst", "Curriculumplanner, " + Place(a->fields)},
                        {kLinkField, std::to_string(a->id)}});
    const auto saved = quality.Create(year->id, r, AuthorOf(ctx), ctx.app.clock.Now());
    if (saved != storage::SaveResult::kSaved)
        throw core::Conflict(
            "Het schooljaar is intussen afgesloten. Neem de activiteit op in het "
            "werkplan van het nieuwe schooljaar.");
    SetFlash(ctx, "activiteit-in-werkplan");
    return Redirect(curriculum_paths::kActivity.With(school.id, a->id));
}

// The planner's oordeel as the werkplan's "Volgend schooljaar".
std::string_view VervolgOf(std::string_view oordeel) {
    if (oordeel == "behouden") return "voortzetten";
    if (oordeel == "aanpassen" || oordeel == "stoppen") return oordeel;
    return {};
}

// Step 4 feeds the werkplan: the planner's evaluation of the activity goes into the uitvoering of
// the werkplan's activity that came from it (uitgevoerd, the evaluation added to its toelichting
// once, the oordeel as what happens next year). The team's own words stay.
Response SendEvaluation(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = CurriculumOf(ctx).activities.Find(school.id, ctx.Id("activiteit"));
    if (!a) throw core::NotFound();
    const std::string evaluation(core::FieldOf(a->fields, "evaluatie"));
    const auto oordeel = core::FieldOf(a->fields, "oordeel");
    if (!core::HasEvaluation(a->fields))
        throw core::Conflict(
            "Deze activiteit is in de planner nog niet geëvalueerd. Vul eerst bij Bewerken of "
            "evalueren in wat werkte en hoe verder.");
    const auto year = OpenYear(ctx, school.id);
    const auto id = core::ParseInt(ctx.Field("werkplan_activiteit"), 1);
    if (!year || !id) throw core::InvalidInput("Kies het werkplan waar de evaluatie naartoe gaat.");
    auto adopted = Adopted(ctx, *year, a->id);
    const auto r = std::find_if(adopted.begin(), adopted.end(),
                                [&](const auto& x) { return x.record.id == *id; });
    if (r == adopted.end()) throw core::InvalidInput("Deze activiteit staat niet in dat werkplan.");
    if (!core::Allowed(ctx.user, Permission::kEditWerkplan,
                       core::Target::Team(school.id, *r->record.team_id)))
        throw core::Forbidden("U mag het werkplan van dat team niet aanvullen.");
    core::Fields fields = r->record.fields;
    fields["status"] = std::string(core::kUitgevoerd);
    std::string& note = fields["toelichting"];
    if (!evaluation.empty() && note.find(evaluation) == std::string::npos)
        note +=
            (note.empty() ? "" : "\n\n") + std::string("Uit de curriculumplanner: ") + evaluation;
    // The team must still be able to save its activity: its form takes so much text at most.
    if (note.size() > core::kMaxTextLength)
        throw core::Conflict(
            "De toelichting in het werkplan zou te lang worden. Neem de evaluatie daar zelf "
            "korter over.");
    if (const auto vervolg = VervolgOf(oordeel); !vervolg.empty())
        fields["vervolg"] = std::string(vervolg);
    core::Record record = r->record;
    if (core::ApplyEdit(record, std::move(fields))) {
        const auto saved = QualityOf(ctx).quality.Update(year->id, record, r->version,
                                                         AuthorOf(ctx), ctx.app.clock.Now(),
                                                         "evaluatie uit de curriculumplanner");
        if (saved == storage::SaveResult::kClosed)
            throw core::Conflict("Het schooljaar is intussen afgesloten.");
        if (saved == storage::SaveResult::kStale)
            throw core::Conflict(
                "Het team heeft de activiteit in het werkplan intussen bijgewerkt. Laad de "
                "pagina opnieuw en probeer het nog eens.");
    }
    SetFlash(ctx, "evaluatie-in-werkplan");
    return Redirect(curriculum_paths::kActivity.With(school.id, a->id) + "#werkplan");
}

}  // namespace

void AddWerkplanLinks(Ctx& ctx, const storage::SchoolRecord& school,
                      const storage::StoredActivity& activity, bool can_plan, View& v) {
    const auto year = OpenYear(ctx, school.id);
    if (!year) return;
    const auto teams = ctx.app.orgs.Teams(school.id);
    const core::Form form = core::FormOf(core::Kind::kActiviteit, school.sector, true);
    const bool evaluated = core::HasEvaluation(activity.fields);
    ViewList links;
    for (const auto& r : Adopted(ctx, *year, activity.id)) {
        View l = Object();
        for (const auto& t : teams)
            if (t.id == r.record.team_id) l.set("team", t.name);
        l.set("href", quality_paths::kActivity.With(school.id, year->start_year, *r.record.team_id,
                                                    r.record.id));
        l.set("status", core::OptionLabel(*form.Find("status"), r.record.status));
        l.set("toelichting", std::string(core::FieldOf(r.record.fields, "toelichting")));
        if (can_plan && evaluated &&
            core::Allowed(ctx.user, Permission::kEditWerkplan,
                          core::Target::Team(school.id, *r.record.team_id))) {
            l.set("send_path",
                  curriculum_paths::kEvaluationToWerkplan.With(school.id, activity.id));
            l.set("record", std::to_string(r.record.id));
        }
        links.push_back(std::move(l));
    }
    v.set("werkplannen", std::move(links));
    v.set("werkplan_year",
          std::to_string(year->start_year) + "-" + std::to_string(year->start_year + 1));
    if (!can_plan) return;
    ViewList choices;
    for (const auto& t : teams)
        if (core::Allowed(ctx.user, Permission::kEditWerkplan, core::Target::Team(school.id, t.id)))
            choices.push_back(ChoiceView(std::to_string(t.id), t.name, false));
    if (choices.empty()) return;
    v.set("adopt_teams", std::move(choices));
    v.set("adopt_path", curriculum_paths::kToWerkplan.With(school.id, activity.id));
}

void AddWerkplanLinkRoutes(Router& r) {
    const auto plan = Access::School(Permission::kPlanCurriculum, "school");
    r.Post(curriculum_paths::kToWerkplan, plan, Adopt);
    r.Post(curriculum_paths::kEvaluationToWerkplan, plan, SendEvaluation);
}

}  // namespace koers::web
