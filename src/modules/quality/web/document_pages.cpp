// The school-level records of the quality cycle: the LOB-visie, the LOB-beleid with its SMART
// goals, the evaluation of the beleid (with the MR or studentenraad) and the
// leiderschapsgesprekken. Each page is a record page (record_editor) plus what it lists.
#include "modules/quality/core/forms.hpp"
#include "modules/quality/core/smart.hpp"
#include "modules/quality/web/activity_views.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/quality/web/record_editor.hpp"
#include "modules/quality/web/routes.hpp"
#include "modules/quality/web/year_outcomes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
namespace {

using core::Kind;
using core::Permission;

// The page of a document the school has one of per schooljaar, at `route` (adopted at
// `adopt_route`, when it is adopted).
RecordPage SinglePage(Ctx& ctx, const YearScope& scope, Kind kind, const RoutePath& route,
                      std::optional<RoutePath> adopt_route = std::nullopt) {
    RecordPage page;
    page.kind = kind;
    page.stored = QualityOf(ctx).quality.Single(scope.year.id, kind, std::nullopt);
    page.action = scope.Link(route);
    if (adopt_route) page.adopt_path = scope.Link(*adopt_route);
    page.done_path = page.action;
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    return page;
}

// --- visie -----------------------------------------------------------------------------------

RecordPage VisiePage(Ctx& ctx, const YearScope& scope) {
    RecordPage page = SinglePage(ctx, scope, Kind::kVisie, kVisie, kAdoptVisie);
    page.heading = "LOB-visie " + scope.label();
    page.intro =
        "Wat verstaat de school onder LOB, wat wil zij bereiken en waarom? De "
        "LOB-coördinator schrijft de visie, de schoolleiding stelt haar vast.";
    page.may_adopt = Can(ctx, Permission::kAdoptQuality, scope);
    return page;
}

// --- beleid and goals ------------------------------------------------------------------------

RecordPage BeleidPage(Ctx& ctx, const YearScope& scope) {
    RecordPage page = SinglePage(ctx, scope, Kind::kBeleid, kBeleid, kAdoptBeleid);
    page.heading = "LOB-beleid " + scope.label();
    page.intro =
        "Het beleid maakt de visie concreet: SMART-doelen, middelen, rollen, "
        "facilitering, professionalisering en tijdpad.";
    page.may_adopt = Can(ctx, Permission::kAdoptQuality, scope);
    ViewList goals;
    for (const auto& g : QualityOf(ctx).quality.Records(scope.year.id, Kind::kDoel)) {
        const auto& f = g.record.fields;
        View item = Object();
        item.set("path", scope.Link(kGoal, g.record.id));
        item.set("title", std::string(core::FieldOf(f, "titel")));
        item.set("indicator", std::string(core::FieldOf(f, "indicator")));
        item.set("baseline", std::string(core::FieldOf(f, "nulmeting")));
        item.set("target", std::string(core::FieldOf(f, "streefwaarde")));
        item.set("deadline", core::FormatIsoDateLong(core::FieldOf(f, "deadline")));
        const auto gaps = core::Gaps(Kind::kDoel, f);
        std::string missing;
        for (const auto& gap : gaps) missing += (missing.empty() ? "" : ", ") + gap;
        ViewList problems;
        for (auto& p : core::SmartProblems(f, scope.year.start_year))
            problems.push_back(View(std::move(p)));
        item.set("complete", gaps.empty() && problems.empty());
        item.set("gaps", missing);
        item.set("problems", std::move(problems));
        goals.push_back(std::move(item));
    }
    page.children = static_cast<int>(goals.size());
    page.view.set("goals_section", true);
    page.view.set("goals", std::move(goals));
    if (page.may_edit && scope.year.open()) page.view.set("new_goal_path", scope.Link(kNewGoal));
    AddSchoolActivities(ctx, scope, page);
    return page;
}

RecordPage GoalPage(Ctx& ctx, const YearScope& scope, bool existing) {
    RecordPage page;
    page.kind = Kind::kDoel;
    page.back_path = scope.Link(kBeleid);
    page.back_label = "LOB-beleid";
    page.done_path = page.back_path;
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    page.may_delete = true;
    page.intro =
        "Een SMART-doel heeft een indicator, een nulmeting, een streefwaarde en een "
        "deadline. Een doel zonder die onderdelen kan worden opgeslagen, maar staat "
        "als onvolledig in het beleid.";
    OpenListed(ctx, scope, page, existing, kGoalPaths);
    const auto beleid = QualityOf(ctx).quality.Single(scope.year.id, Kind::kBeleid, std::nullopt);
    if (beleid && beleid->record.status == core::kVastgesteld)
        page.adopted_warning =
            "Dit doel hoort bij het vastgestelde LOB-beleid. Voegt u een doel toe of verandert u "
            "het (het gemeten resultaat en het oordeel niet meegerekend), dan wordt het beleid "
            "weer een concept dat opnieuw moet worden vastgesteld.";
    if (page.stored) {
        ViewList checks;
        for (auto& p : core::SmartProblems(page.stored->record.fields, scope.year.start_year))
            checks.push_back(View(std::move(p)));
        page.view.set("checks", std::move(checks));
    }
    page.heading = page.stored
                       ? "Doel: " + std::string(core::FieldOf(page.stored->record.fields, "titel"))
                       : "Nieuw doel";
    return page;
}

RecordPage NewGoalPage(Ctx& ctx, const YearScope& scope) { return GoalPage(ctx, scope, false); }
RecordPage ExistingGoalPage(Ctx& ctx, const YearScope& scope) { return GoalPage(ctx, scope, true); }

// --- evaluation of the beleid ----------------------------------------------------------------

RecordPage EvaluationPage(Ctx& ctx, const YearScope& scope) {
    RecordPage page = SinglePage(ctx, scope, Kind::kEvaluatie, kEvaluation);
    page.heading = "Evaluatie van het LOB-beleid " + scope.label();
    page.intro =
        "Passen de uitkomsten van de werkplannen bij visie en beleid, en is de "
        "kwaliteit goed? Leg ook de jaarlijkse evaluatie met de " +
        std::string(core::ParticipationBody(scope.school.sector)) +
        " vast. De bijstellingen gaan mee naar het nieuwe schooljaar.";
    page.view.set("outcomes", YearOutcomes(ctx, scope));
    return page;
}

// --- leiderschapsgesprekken ------------------------------------------------------------------

Response ListTalks(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    View v = Object();
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.Link(kYear));
    ViewList talks;
    for (const auto& t : QualityOf(ctx).quality.Records(scope.year.id, Kind::kLeiderschap)) {
        View item = Object();
        item.set("path", scope.Link(kTalk, t.record.id));
        item.set("date", std::string(core::FieldOf(t.record.fields, "datum")));
        item.set("participants", std::string(core::FieldOf(t.record.fields, "deelnemers")));
        talks.push_back(std::move(item));
    }
    v.set("talks", std::move(talks));
    if (scope.year.open() && Can(ctx, Permission::kEditQuality, scope))
        v.set("new_path", scope.Link(kNewTalk));
    return RenderPage(ctx, "quality/talks", std::move(v),
                      "Leiderschapsgesprekken · " + scope.school.name);
}

RecordPage TalkPage(Ctx& ctx, const YearScope& scope, bool existing) {
    RecordPage page;
    page.kind = Kind::kLeiderschap;
    page.back_path = scope.Link(kTalks);
    page.back_label = "Leiderschapsgesprekken";
    page.done_path = page.back_path;
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    page.may_delete = true;
    page.intro =
        "Een periodiek gesprek met de schoolleiding: draagt zij LOB, is de coördinatie "
        "helder en doen teams, personeel en de leerlingen- of studentenraad mee?";
    OpenListed(ctx, scope, page, existing, kTalkPaths);
    page.heading = page.stored ? "Leiderschapsgesprek " +
                                     std::string(core::FieldOf(page.stored->record.fields, "datum"))
                               : "Nieuw leiderschapsgesprek";
    if (!existing) page.form_heading = "Verslag";
    return page;
}

RecordPage NewTalkPage(Ctx& ctx, const YearScope& scope) { return TalkPage(ctx, scope, false); }
RecordPage ExistingTalkPage(Ctx& ctx, const YearScope& scope) { return TalkPage(ctx, scope, true); }

}  // namespace

void AddQualityDocumentRoutes(Router& r) {
    using enum RecordAction;
    const auto view = Access::School(Permission::kViewQuality, "school");
    const auto edit = Access::School(Permission::kEditQuality, "school");
    const auto adopt = Access::School(Permission::kAdoptQuality, "school");
    r.Get(kVisie, view, RecordRoute(kShow, VisiePage));
    r.Post(kVisie, edit, RecordRoute(kSave, VisiePage));
    r.Post(kAdoptVisie, adopt, RecordRoute(kAdopt, VisiePage));
    r.Get(kBeleid, view, RecordRoute(kShow, BeleidPage));
    r.Post(kBeleid, edit, RecordRoute(kSave, BeleidPage));
    r.Post(kAdoptBeleid, adopt, RecordRoute(kAdopt, BeleidPage));
    r.Get(kNewGoal, edit, RecordRoute(kNew, NewGoalPage));
    r.Post(kGoals, edit, RecordRoute(kSave, NewGoalPage));
    r.Get(kGoal, view, RecordRoute(kShow, ExistingGoalPage));
    r.Post(kGoal, edit, RecordRoute(kSave, ExistingGoalPage));
    r.Post(kDeleteGoal, edit, RecordRoute(kDelete, ExistingGoalPage));
    r.Get(kEvaluation, view, RecordRoute(kShow, EvaluationPage));
    r.Post(kEvaluation, edit, RecordRoute(kSave, EvaluationPage));
    r.Get(kTalks, view, ListTalks);
    r.Get(kNewTalk, edit, RecordRoute(kNew, NewTalkPage));
    r.Post(kTalks, edit, RecordRoute(kSave, NewTalkPage));
    r.Get(kTalk, view, RecordRoute(kShow, ExistingTalkPage));
    r.Post(kTalk, edit, RecordRoute(kSave, ExistingTalkPage));
    r.Post(kDeleteTalk, edit, RecordRoute(kDelete, ExistingTalkPage));
}

}  // namespace koers::web
