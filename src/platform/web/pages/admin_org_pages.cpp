// Beheer: regions and schools with their teams. Beheerder only (Permission::kManagePlatform).
#include "platform/core/common/errors.hpp"
#include "platform/core/org/school.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/render/rows.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

using core::Permission;

Response Overview(Ctx& ctx) {
    View v = Object();
    auto totals = ctx.app.orgs.Totals();
    v.set("schools", std::to_string(totals.schools));
    v.set("regions", std::to_string(totals.regions));
    v.set("users", std::to_string(ctx.app.users.Count()));
    v.set("smtp", ctx.app.config.smtp_configured);
    return RenderPage(ctx, "admin/index", std::move(v), "Beheer");
}

Response RegionsPage(Ctx& ctx, const core::Validation& errors, int status) {
    View v = Object();
    ViewList list;
    for (const auto& r : ctx.app.orgs.Regions()) {
        View item = Object();
        item.set("path", kRegion.With(r.id));
        item.set("name", r.name);
        item.set("school_count", std::to_string(r.school_count));
        list.push_back(std::move(item));
    }
    v.set("regions", std::move(list));
    v.set("name", ctx.Field("name"));
    AddErrors(v, errors);
    return RenderPage(ctx, "admin/regions", std::move(v), "Regio's", status);
}

Response ShowRegions(Ctx& ctx) { return RegionsPage(ctx, {}, 200); }

Response AddRegion(Ctx& ctx) {
    core::Validation v;
    std::string name = core::Trim(ctx.Field("name"));
    if (auto e = core::CheckName(name, "naam van de regio")) v.Add("name", *e);
    if (v.ok()) {
        try {
            ctx.app.orgs.AddRegion(name, ctx.app.clock.Now());
        } catch (const storage::ConstraintError&) {
            v.Add("name", "Er bestaat al een regio met deze naam.");
        }
    }
    if (!v.ok()) return RegionsPage(ctx, v, 400);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"region.added", "Regio toegevoegd"}, name, "", ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kRegions.With());
}

// A row of the list of all schools, read where it lies (a list that grows with the country).
constexpr RowField<storage::SchoolRecord> kSchoolRow[] = {
    {"edit_path",
     [](const storage::SchoolRecord& s, std::string& made) -> std::string_view {
         return made = kEditSchool.With(s.id);
     }},
    {"name",
     [](const storage::SchoolRecord& s, std::string&) -> std::string_view { return s.name; }},
    {"brin",
     [](const storage::SchoolRecord& s, std::string&) -> std::string_view { return s.brin; }},
    {"sector",
     [](const storage::SchoolRecord& s, std::string&) -> std::string_view { return s.sector; }},
    {"onderwijstypes",
     [](const storage::SchoolRecord& s, std::string& made) -> std::string_view {
         return made = OnderwijstypesText(s);
     }},
    {"region",
     [](const storage::SchoolRecord& s, std::string&) -> std::string_view {
         return s.region_name;
     }},
};

Response ShowSchools(Ctx& ctx) {
    View v = Object();
    v.set("schools", RowList(ctx.app.orgs.Schools(), kSchoolRow));
    return RenderPage(ctx, "admin/schools", std::move(v), "Scholen");
}

// The school form, for a new school (id 0) or an existing one.
// The school's sign-in settings: what the form shows, or what was just posted.
void AddSignInView(Ctx& ctx, View& view, int64_t school) {
    const bool posted = ctx.req.method == "POST" && ctx.Posted("organisatie");
    const auto stored = ctx.app.federation.SchoolSettings(school);
    view.set("sign_in_action", kEditSchoolSignIn.With(school));
    view.set("organisation", posted ? ctx.Field("organisatie") : stored.organisation);
    view.set("passwords", posted ? ctx.Posted("wachtwoorden") : stored.passwords);
    std::string labels;
    for (const auto& p : ctx.app.federation.providers())
        labels += (labels.empty() ? "" : ", ") + p.label;
    view.set("federations", labels);
}

Response SchoolForm(Ctx& ctx, int64_t id, const core::SchoolInput& in, const core::Validation& v,
                    int status) {
    View view = Object();
    view.set("is_new", id == 0);
    view.set("action", id == 0 ? kSchools.With() : kEditSchool.With(id));
    view.set("name", in.name);
    view.set("brin", in.brin);
    ViewList sectors;
    for (auto s : core::AllSectors()) {
        const std::string code(core::SectorCode(s));
        View item = ChoiceView(code, std::string(core::SectorLabel(s)), in.sector == code);
        ViewList types;
        for (auto t : core::OnderwijstypesFor(s)) {
            bool checked = false;
            for (const auto& chosen : in.onderwijstypes) checked = checked || chosen == t;
            View type = ChoiceView(std::string(t), std::string(t), checked && in.sector == code);
            type.set("sector", code);
            type.set("id", code + "-" + std::to_string(types.size()));
            types.push_back(std::move(type));
        }
        item.set("types", std::move(types));
        sectors.push_back(std::move(item));
    }
    view.set("sectors", std::move(sectors));
    ViewList regions;
    for (const auto& r : ctx.app.orgs.Regions())
        regions.push_back(ChoiceView(std::to_string(r.id), r.name, in.region_id == r.id));
    view.set("regions", std::move(regions));
    if (id != 0) {
        view.set("teams", TeamsView(ctx.app.orgs.Teams(id)));
        view.set("team_action", kEditSchoolTeams.With(id));
        AddSignInView(ctx, view, id);
    }
    AddErrors(view, v);
    return RenderPage(ctx, "admin/school_form", std::move(view),
                      id == 0 ? "Nieuwe school" : in.name, status);
}

core::SchoolInput InputFromForm(Ctx& ctx) {
    core::SchoolInput in{ctx.Field("name"), ctx.Field("brin"), ctx.Field("sector"), {}, {}};
    // Only the onderwijstypes of the chosen sector count (each sector has its own checkboxes).
    in.onderwijstypes = ctx.FieldValues("type_" + in.sector);
    if (auto id = ParsePositiveId(ctx.Field("region")); id && ctx.app.orgs.Region(*id))
        in.region_id = id;
    return in;
}

// Validates and saves; the result holds the errors (a BRIN clash is one of them).
core::Validation SaveSchool(Ctx& ctx, int64_t id, core::SchoolInput& in) {
    core::Validation v = core::ValidateSchool(in);
    if (!ctx.Field("region").empty() && !in.region_id)
        v.Add("region", "Kies een bestaande regio of 'geen regio'.");
    if (!v.ok()) return v;
    storage::SchoolRecord rec{id, in.name, in.brin, in.sector, in.onderwijstypes, in.region_id, ""};
    try {
        if (id == 0)
            rec.id = ctx.app.orgs.AddSchool(rec, ctx.app.clock.Now());
        else
            ctx.app.orgs.UpdateSchool(rec);
    } catch (const storage::ConstraintError&) {
        v.Add("brin", "Er is al een school met deze BRIN-code.");
        return v;
    }
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         id == 0 ? core::AuditAction{"school.added", "School toegevoegd"}
                                 : core::AuditAction{"school.changed", "Schoolgegevens gewijzigd"},
                         in.brin, in.name, ctx.req.remote_address);
    return v;
}

Response NewSchool(Ctx& ctx) { return SchoolForm(ctx, 0, {"", "", "vo", {}, {}}, {}, 200); }

Response CreateSchool(Ctx& ctx) {
    auto in = InputFromForm(ctx);
    auto v = SaveSchool(ctx, 0, in);
    if (!v.ok()) return SchoolForm(ctx, 0, in, v, 400);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kSchools.With());
}

Response EditSchool(Ctx& ctx) {
    auto s = ctx.app.orgs.School(ctx.Id("school"));
    if (!s) throw core::NotFound();
    return SchoolForm(ctx, s->id, {s->name, s->brin, s->sector, s->onderwijstypes, s->region_id},
                      {}, 200);
}

Response UpdateSchool(Ctx& ctx) {
    const int64_t id = ctx.Id("school");
    if (!ctx.app.orgs.School(id)) throw core::NotFound();
    auto in = InputFromForm(ctx);
    auto v = SaveSchool(ctx, id, in);
    if (!v.ok()) return SchoolForm(ctx, id, in, v, 400);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kEditSchool.With(id));
}

Response AddSchoolTeam(Ctx& ctx) {
    const int64_t id = ctx.Id("school");
    auto s = ctx.app.orgs.School(id);
    if (!s) throw core::NotFound();
    auto v = AddTeamTo(ctx, id);
    if (!v.ok())
        return SchoolForm(ctx, id, {s->name, s->brin, s->sector, s->onderwijstypes, s->region_id},
                          v, 400);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kEditSchool.With(id));
}

// Saves how the school's people sign in. Passwords go off only where a federation can take over.
Response SaveSignIn(Ctx& ctx) {
    const int64_t id = ctx.Id("school");
    auto s = ctx.app.orgs.School(id);
    if (!s) throw core::NotFound();
    const auto organisations = core::NormaliseOrganisations(ctx.Field("organisatie"));
    storage::SchoolSignIn settings{organisations.value_or(""), ctx.Posted("wachtwoorden")};
    core::Validation v;
    if (!organisations || ctx.Field("organisatie").size() > 253)
        v.Add("organisatie",
              "Vul het domein van de school bij SURFconext in (bijvoorbeeld veldzicht.nl) en/of "
              "de BRIN-code bij Entree (bijvoorbeeld 21VZ), met een komma ertussen, of laat het "
              "veld leeg.");
    if (!settings.passwords && ctx.app.federation.providers().empty())
        v.Add("wachtwoorden",
              "Koers is met geen enkele federatie verbonden: zonder wachtwoord kan dan niemand "
              "van deze school inloggen.");
    if (!v.ok())
        return SchoolForm(ctx, id, {s->name, s->brin, s->sector, s->onderwijstypes, s->region_id},
                          v, 400);
    ctx.app.federation.SetSchoolSettings(id, settings);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"school.sign_in_changed", "Inloggen van een school gewijzigd"}, s->brin,
                         (settings.passwords ? "wachtwoorden aan" : "wachtwoorden uit") +
                             std::string(settings.organisation.empty() ? "" : ", ") +
                             settings.organisation,
                         ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kEditSchool.With(id));
}

}  // namespace

void AddAdminOrgRoutes(Router& r) {
    r.Get(kAdmin, Access::Beheer(), Overview);
    r.Get(kRegions, Access::Beheer(), ShowRegions);
    r.Post(kRegions, Access::Beheer(), AddRegion);
    r.Get(kSchools, Access::Beheer(), ShowSchools);
    r.Post(kSchools, Access::Beheer(), CreateSchool);
    r.Get(kNewSchool, Access::Beheer(), NewSchool);
    r.Get(kEditSchool, Access::Beheer(), EditSchool);
    r.Post(kEditSchool, Access::Beheer(), UpdateSchool);
    r.Post(kEditSchoolTeams, Access::Beheer(), AddSchoolTeam);
    r.Post(kEditSchoolSignIn, Access::Beheer(), SaveSignIn);
}

}  // namespace koers::web
