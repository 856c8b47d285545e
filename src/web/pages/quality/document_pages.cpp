// The school-level records of the quality cycle: the LOB-visie, the LOB-beleid with its SMART
// goals, the evaluation of the beleid (with the MR or studentenraad) and the
// leiderschapsgesprekken. Each page is a record page (record_editor) plus what it lists.
#include "core/common/errors.hpp"
#include "core/quality/forms.hpp"
#include "web/http/router.hpp"
#include "web/pages/page.hpp"
#include "web/pages/quality/record_editor.hpp"
#include "web/pages/routes.hpp"
#include "web/services.hpp"

namespace koers::web {
namespace {

using core::Kind;
using core::Permission;

RecordPage SinglePage(Ctx& ctx, const YearScope& scope, Kind kind, std::string_view slug) {
    RecordPage page;
    page.kind = kind;
    page.stored = ctx.app.quality.Single(scope.year.id, kind, std::nullopt);
    page.action = scope.path + "/" + std::string(slug);
    page.done_path = page.action;
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    return page;
}

// --- visie -----------------------------------------------------------------------------------

RecordPage VisiePage(Ctx& ctx, const YearScope& scope) {
    RecordPage page = SinglePage(ctx, scope, Kind::kVisie, "visie");
    page.heading = "LOB-visie " + scope.label();
    page.intro =
        "Wat verstaat de school onder LOB, wat wil zij bereiken en waarom? De "
        "LOB-coördinator schrijft de visie, de schoolleiding stelt haar vast.";
    page.may_adopt = Can(ctx, Permission::kAdoptQuality, scope);
    return page;
}

Response ShowVisie(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return ShowRecord(ctx, scope, VisiePage(ctx, scope));
}
Response SaveVisie(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, VisiePage(ctx, scope));
}
Response AdoptVisie(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return AdoptRecord(ctx, scope, VisiePage(ctx, scope));
}

// --- beleid and goals ------------------------------------------------------------------------

RecordPage BeleidPage(Ctx& ctx, const YearScope& scope) {
    RecordPage page = SinglePage(ctx, scope, Kind::kBeleid, "beleid");
    page.heading = "LOB-beleid " + scope.label();
    page.intro =
        "Het beleid maakt de visie concreet: SMART-doelen, middelen, rollen, "
        "facilitering, professionalisering en tijdpad.";
    page.may_adopt = Can(ctx, Permission::kAdoptQuality, scope);
    const core::Form goal_form = FormFor(ctx, scope, Kind::kDoel);
    ViewList goals;
    for (const auto& g : ctx.app.quality.Records(scope.year.id, Kind::kDoel)) {
        const auto& f = g.record.fields;
        View item = Object();
        item.set("path", scope.path + "/doelen/" + std::to_string(g.record.id));
        item.set("title", std::string(core::FieldOf(f, "titel")));
        item.set("indicator", std::string(core::FieldOf(f, "indicator")));
        item.set("baseline", std::string(core::FieldOf(f, "nulmeting")));
        item.set("target", std::string(core::FieldOf(f, "streefwaarde")));
        item.set("deadline", std::string(core::FieldOf(f, "deadline")));
        const auto gaps = core::Gaps(Kind::kDoel, f);
        std::string missing;
        for (const auto& gap : gaps) missing += (missing.empty() ? "" : ", ") + gap;
        item.set("complete", gaps.empty());
        item.set("gaps", missing);
        goals.push_back(std::move(item));
    }
    page.children = static_cast<int>(goals.size());
    page.view.set("goals_section", true);
    page.view.set("goals", std::move(goals));
    if (page.may_edit && scope.year.open())
        page.view.set("new_goal_path", scope.path + "/doelen/nieuw");
    return page;
}

Response ShowBeleid(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return ShowRecord(ctx, scope, BeleidPage(ctx, scope));
}
Response SaveBeleid(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, BeleidPage(ctx, scope));
}
Response AdoptBeleid(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return AdoptRecord(ctx, scope, BeleidPage(ctx, scope));
}

RecordPage GoalPage(Ctx& ctx, const YearScope& scope, bool existing) {
    RecordPage page;
    page.kind = Kind::kDoel;
    page.back_path = scope.path + "/beleid";
    page.back_label = "LOB-beleid";
    page.done_path = page.back_path;
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    page.may_delete = true;
    page.intro =
        "Een SMART-doel heeft een indicator, een nulmeting, een streefwaarde en een "
        "deadline. Een doel zonder die onderdelen kan worden opgeslagen, maar staat "
        "als onvolledig in het beleid.";
    if (!existing) {
        page.heading = "Nieuw doel";
        page.form_heading = "Invullen";
        page.action = scope.path + "/doelen";
        return page;
    }
    page.stored = ctx.app.quality.Find(scope.year.id, ctx.Id("record"));
    if (!page.stored || page.stored->record.kind != Kind::kDoel) throw core::NotFound();
    page.heading = "Doel: " + std::string(core::FieldOf(page.stored->record.fields, "titel"));
    page.action = scope.path + "/doelen/" + std::to_string(page.stored->record.id);
    return page;
}

Response NewGoal(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    RequireOpen(scope);
    return ShowRecord(ctx, scope, GoalPage(ctx, scope, false));
}
Response CreateGoal(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, GoalPage(ctx, scope, false));
}
Response ShowGoal(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return ShowRecord(ctx, scope, GoalPage(ctx, scope, true));
}
Response SaveGoal(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, GoalPage(ctx, scope, true));
}
Response DeleteGoal(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return DeleteRecord(ctx, scope, GoalPage(ctx, scope, true));
}

// --- evaluation of the beleid ----------------------------------------------------------------

RecordPage EvaluationPage(Ctx& ctx, const YearScope& scope) {
    RecordPage page = SinglePage(ctx, scope, Kind::kEvaluatie, "evaluatie");
    page.heading = "Evaluatie van het LOB-beleid " + scope.label();
    page.intro =
        "Passen de uitkomsten van de werkplannen bij visie en beleid, en is de "
        "kwaliteit goed? Leg ook de jaarlijkse evaluatie met de " +
        std::string(core::ParticipationBody(scope.school.sector)) +
        " vast. De bijstellingen gaan mee naar het nieuwe schooljaar.";
    return page;
}

Response ShowEvaluation(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return ShowRecord(ctx, scope, EvaluationPage(ctx, scope));
}
Response SaveEvaluation(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, EvaluationPage(ctx, scope));
}

// --- leiderschapsgesprekken ------------------------------------------------------------------

Response ListTalks(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    View v = Object();
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.path);
    ViewList talks;
    for (const auto& t : ctx.app.quality.Records(scope.year.id, Kind::kLeiderschap)) {
        View item = Object();
        item.set("path", scope.path + "/leiderschap/" + std::to_string(t.record.id));
        item.set("date", std::string(core::FieldOf(t.record.fields, "datum")));
        item.set("participants", std::string(core::FieldOf(t.record.fields, "deelnemers")));
        talks.push_back(std::move(item));
    }
    v.set("talks", std::move(talks));
    if (scope.year.open() && Can(ctx, Permission::kEditQuality, scope))
        v.set("new_path", scope.path + "/leiderschap/nieuw");
    return RenderPage(ctx, "quality/talks", std::move(v),
                      "Leiderschapsgesprekken · " + scope.school.name);
}

RecordPage TalkPage(Ctx& ctx, const YearScope& scope, bool existing) {
    RecordPage page;
    page.kind = Kind::kLeiderschap;
    page.back_path = scope.path + "/leiderschap";
    page.back_label = "Leiderschapsgesprekken";
    page.done_path = page.back_path;
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    page.may_delete = true;
    page.intro =
        "Een periodiek gesprek met de schoolleiding: draagt zij LOB, is de coördinatie "
        "helder en doen teams, personeel en de leerlingen- of studentenraad mee?";
    if (!existing) {
        page.heading = "Nieuw leiderschapsgesprek";
        page.form_heading = "Verslag";
        page.action = scope.path + "/leiderschap";
        return page;
    }
    page.stored = ctx.app.quality.Find(scope.year.id, ctx.Id("record"));
    if (!page.stored || page.stored->record.kind != Kind::kLeiderschap) throw core::NotFound();
    page.heading =
        "Leiderschapsgesprek " + std::string(core::FieldOf(page.stored->record.fields, "datum"));
    page.action = scope.path + "/leiderschap/" + std::to_string(page.stored->record.id);
    return page;
}

Response NewTalk(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    RequireOpen(scope);
    return ShowRecord(ctx, scope, TalkPage(ctx, scope, false));
}
Response CreateTalk(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, TalkPage(ctx, scope, false));
}
Response ShowTalk(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return ShowRecord(ctx, scope, TalkPage(ctx, scope, true));
}
Response SaveTalk(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return SaveRecord(ctx, scope, TalkPage(ctx, scope, true));
}
Response DeleteTalk(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    return DeleteRecord(ctx, scope, TalkPage(ctx, scope, true));
}

}  // namespace

void AddQualityDocumentRoutes(Router& r) {
    const auto view = Access::School(Permission::kViewQuality, "school");
    const auto edit = Access::School(Permission::kEditQuality, "school");
    const auto adopt = Access::School(Permission::kAdoptQuality, "school");
    const std::string y = "/scholen/{school}/kwaliteit/{jaar}";
    r.Get(y + "/visie", view, ShowVisie);
    r.Post(y + "/visie", edit, SaveVisie);
    r.Post(y + "/visie/vaststellen", adopt, AdoptVisie);
    r.Get(y + "/beleid", view, ShowBeleid);
    r.Post(y + "/beleid", edit, SaveBeleid);
    r.Post(y + "/beleid/vaststellen", adopt, AdoptBeleid);
    r.Get(y + "/doelen/nieuw", edit, NewGoal);
    r.Post(y + "/doelen", edit, CreateGoal);
    r.Get(y + "/doelen/{record}", view, ShowGoal);
    r.Post(y + "/doelen/{record}", edit, SaveGoal);
    r.Post(y + "/doelen/{record}/verwijderen", edit, DeleteGoal);
    r.Get(y + "/evaluatie", view, ShowEvaluation);
    r.Post(y + "/evaluatie", edit, SaveEvaluation);
    r.Get(y + "/leiderschap", view, ListTalks);
    r.Get(y + "/leiderschap/nieuw", edit, NewTalk);
    r.Post(y + "/leiderschap", edit, CreateTalk);
    r.Get(y + "/leiderschap/{record}", view, ShowTalk);
    r.Post(y + "/leiderschap/{record}", edit, SaveTalk);
    r.Post(y + "/leiderschap/{record}/verwijderen", edit, DeleteTalk);
}

}  // namespace koers::web
