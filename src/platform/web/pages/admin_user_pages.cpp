// Beheer: users, invitations and roles per school or region. Beheerder only.
#include "platform/core/access/roles.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/utf8.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/org/school.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/federation_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/render/pagination.hpp"
#include "platform/web/render/rows.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

using core::Permission;

// Everyone with an account is a row here, every leerling included: a page at a time, found by
// name or address.
constexpr int64_t kUsersPerPage = 50;
constexpr size_t kMaxWords = 100;

constexpr RowField<storage::UserRecord> kUserRow[] = {
    {"path",
     [](const storage::UserRecord& u, std::string& made) -> std::string_view {
         return made = kUser.With(u.id);
     }},
    {"name",
     [](const storage::UserRecord& u, std::string&) -> std::string_view { return u.display_name; }},
    {"email",
     [](const storage::UserRecord& u, std::string&) -> std::string_view { return u.email; }},
    {"pending",
     [](const storage::UserRecord& u, std::string&) -> std::string_view {
         return u.password_hash ? "" : "ja";
     }},
};

Response UsersPage(Ctx& ctx, const core::Validation& errors, int status) {
    const std::string words = core::Trim(ctx.QueryParam("q").value_or(""));
    // In characters, as the search box's maxlength counts them.
    if (core::Utf8Length(words) > kMaxWords)
        throw core::InvalidInput("Zoek met ten hoogste 100 tekens.");
    const auto page_number = core::ParseInt(ctx.QueryParam("pagina").value_or("1"), 1, 1000000);
    if (!page_number) throw core::InvalidInput("Dat paginanummer bestaat niet.");
    auto found = ctx.app.users.Find(words, (*page_number - 1) * kUsersPerPage, kUsersPerPage);
    if (*page_number > 1 && found.users.empty()) throw core::NotFound();
    View v = Object();
    v.set("words", words);
    v.set("found",
          found.total == 1 ? std::string("1 persoon") : std::to_string(found.total) + " personen");
    v.set("pagination", PaginationView(static_cast<size_t>(found.total), kUsersPerPage,
                                       static_cast<size_t>(*page_number), [&](size_t n) {
                                           std::string url =
                                               kUsers.With() + "?pagina=" + std::to_string(n);
                                           if (!words.empty())
                                               url += "&q=" + UrlEncode(words, Slash::kEncode);
                                           return url;
                                       }));
    v.set("users", RowList(std::move(found.users), kUserRow));
    v.set("invite_name", ctx.Field("name"));
    v.set("invite_email", ctx.Field("email"));
    v.set("smtp", ctx.app.config.smtp_configured);
    AddErrors(v, errors);
    return RenderPage(ctx, "admin/users", std::move(v), "Gebruikers", status);
}

Response ShowUsers(Ctx& ctx) { return UsersPage(ctx, {}, 200); }

Response Invite(Ctx& ctx) {
    core::Validation v;
    std::string name = core::Trim(ctx.Field("name"));
    std::string email = core::AsciiLower(core::Trim(ctx.Field("email")));
    if (auto e = core::CheckName(name, "naam")) v.Add("name", *e);
    if (!core::LooksLikeEmail(email))
        v.Add("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.");
    int64_t id = 0;
    if (v.ok()) {
        try {
            id = ctx.app.accounts.Invite(*ctx.user, email, name, ctx.req.remote_address);
        } catch (const core::Conflict& e) {
            v.Add("email", e.what());
        } catch (const storage::ConstraintError&) {
            v.Add("email", "Er bestaat al een account met dit e-mailadres.");
        }
    }
    if (!v.ok()) return UsersPage(ctx, v, 400);
    SetFlash(ctx, "uitnodiging-verstuurd");
    return Redirect(kUser.With(id));
}

Response UserPage(Ctx& ctx, const core::Validation& errors, int status) {
    auto user = ctx.app.users.ById(ctx.Id("user"));
    if (!user) throw core::NotFound();
    View v = Object();
    v.set("roles_action", kUserRoles.With(user->id));
    v.set("remove_action", kRemoveUser.With(user->id));
    v.set("self", user->id == ctx.user->user_id);
    v.set("student", !ctx.app.students.OfUser(user->id).empty());
    v.set("name", user->display_name);
    v.set("email", user->email);
    // Without a password, someone whose account is linked with a federation still signs in.
    v.set("pending", !user->password_hash && ctx.app.federation.IdentitiesOf(user->id).empty());
    ViewList memberships;
    for (const auto& m : ctx.app.users.Memberships(user->id)) {
        View item = Object();
        item.set("remove_action", kRemoveUserRole.With(user->id, m.id));
        item.set("role", std::string(core::RoleLabel(m.membership.role)));
        item.set("place", m.membership.place_name);
        memberships.push_back(std::move(item));
    }
    v.set("memberships", std::move(memberships));
    ViewList roles;
    for (auto r : core::AllRoles())
        roles.push_back(ChoiceView(std::string(core::RoleCode(r)), std::string(core::RoleLabel(r)),
                                   ctx.Field("role") == core::RoleCode(r)));
    v.set("roles", std::move(roles));
    ViewList places;
    for (const auto& s : ctx.app.orgs.Schools()) {
        const std::string school = "school:" + std::to_string(s.id);
        places.push_back(
            ChoiceView(school, s.name + " (" + s.brin + ")", ctx.Field("place") == school));
        for (const auto& t : ctx.app.orgs.Teams(s.id)) {
            const std::string team = "team:" + std::to_string(t.id);
            places.push_back(
                ChoiceView(team, s.name + " · team " + t.name, ctx.Field("place") == team));
        }
    }
    ViewList regions;
    for (const auto& r : ctx.app.orgs.Regions()) {
        const std::string region = "region:" + std::to_string(r.id);
        regions.push_back(ChoiceView(region, r.name, ctx.Field("place") == region));
    }
    v.set("schools", std::move(places));
    v.set("regions", std::move(regions));
    AddLinksView(ctx, v, user->id, LinksFor::kBeheer);
    AddErrors(v, errors);
    return RenderPage(ctx, "admin/user", std::move(v), user->display_name, status);
}

Response ShowUser(Ctx& ctx) { return UserPage(ctx, {}, 200); }

// Parses "school:12" / "team:4" / "region:3" into the membership's place and checks it fits the
// role.
core::Validation ParsePlace(Ctx& ctx, core::Role role, std::optional<int64_t>& school,
                            std::optional<int64_t>& region, std::optional<int64_t>& team) {
    core::Validation v;
    const std::string place = ctx.Field("place");
    auto id_after = [&](std::string_view prefix) -> std::optional<int64_t> {
        if (place.rfind(prefix, 0) != 0) return std::nullopt;
        return ParsePositiveId(std::string_view(place).substr(prefix.size()));
    };
    switch (core::RoleReach(role)) {
        case core::Reach::kPlatform:
            if (!place.empty())
                v.Add("place", "Deze rol geldt voor het hele platform; kies geen school of regio.");
            break;
        case core::Reach::kRegion:
            region = id_after("region:");
            if (!region || !ctx.app.orgs.Region(*region))
                v.Add("place", "Kies de regio waarvoor deze rol geldt.");
            break;
        case core::Reach::kSchool:
            if (auto team_id = id_after("team:")) {
                const auto t = ctx.app.orgs.Team(*team_id);
                if (!t) {
                    v.Add("place", "Kies de school of het team waarvoor deze rol geldt.");
                } else if (!core::RoleMayHaveTeam(role)) {
                    v.Add("place",
                          "Alleen een teamleider of mentor hoort bij één team; kies "
                          "voor deze rol de school.");
                } else {
                    team = t->id;
                    school = t->school_id;
                }
                break;
            }
            school = id_after("school:");
            if (!school || !ctx.app.orgs.School(*school))
                v.Add("place", "Kies de school waarvoor deze rol geldt.");
            break;
    }
    return v;
}

Response AddRole(Ctx& ctx) {
    const int64_t user_id = ctx.Id("user");
    auto user = ctx.app.users.ById(user_id);
    if (!user) throw core::NotFound();
    auto role = core::RoleFromCode(ctx.Field("role"));
    if (!role) {
        core::Validation v;
        v.Add("role", "Kies een rol.");
        return UserPage(ctx, v, 400);
    }
    std::optional<int64_t> school, region, team;
    auto v = ParsePlace(ctx, *role, school, region, team);
    if (v.ok()) {
        try {
            ctx.app.users.AddMembership(user_id, *role, school, region, ctx.app.clock.Now(), team);
        } catch (const storage::ConstraintError&) {
            v.Add("role", "Deze persoon heeft deze rol hier al.");
        }
    }
    if (!v.ok()) return UserPage(ctx, v, 400);
    ctx.app.accounts.RolesChanged(user_id);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id, {"role.granted", "Rol toegekend"},
                         user->email, std::string(core::RoleCode(*role)) + " " + ctx.Field("place"),
                         ctx.req.remote_address);
    SetFlash(ctx, "rol-toegevoegd");
    return Redirect(kUser.With(user_id));
}

Response RemoveRole(Ctx& ctx) {
    const int64_t user_id = ctx.Id("user");
    auto user = ctx.app.users.ById(user_id);
    if (!user) throw core::NotFound();
    const int64_t membership = ctx.Id("membership");
    if (!ctx.app.users.RemoveMembership(user_id, membership)) throw core::NotFound();
    ctx.app.accounts.RolesChanged(user_id);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"role.revoked", "Rol ingetrokken"}, user->email,
                         "membership:" + std::to_string(membership), ctx.req.remote_address);
    SetFlash(ctx, "rol-verwijderd");
    return Redirect(kUser.With(user_id));
}

// Removes an account for good (someone who asks to be erased, or who left): its roles, sessions,
// links and everything that is its own; what it made for others stays, without its name
// (Module::forget_account). A student's account goes with the enrolment, through the school's
// student list and term (decision 0049); the beheerder's own only through another beheerder.
Response RemoveUser(Ctx& ctx) {
    const int64_t user_id = ctx.Id("user");
    const auto user = ctx.app.users.ById(user_id);
    if (!user) throw core::NotFound();
    if (user_id == ctx.user->user_id)
        throw core::Conflict(
            "U kunt uw eigen account niet verwijderen. Vraag dat aan een andere beheerder.");
    if (!ctx.app.students.OfUser(user_id).empty())
        throw core::Conflict(
            "Dit account is van een leerling. Een leerling gaat uit Koers via de leerlingenlijst "
            "van de school: na het vertrek en de bewaartermijn wist Koers het dossier, de "
            "inschrijving en het account vanzelf. De leerling kan het dossier eerder zelf wissen.");
    if (ctx.Field("bevestig") != "ja") {
        core::Validation v;
        v.Add("bevestig",
              "Vink aan dat u dit account wilt verwijderen. Er is nog niets veranderd.");
        return UserPage(ctx, v, 400);
    }
    storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
        for (const auto& module : ctx.app.modules)
            if (module.forget_account) module.forget_account(tx, user_id);
        storage::UserRepo(tx).Remove(user_id);
    });
    ctx.app.accounts.RolesChanged(user_id);  // its sessions end at once, also from the cache
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"account.removed", "Account verwijderd"}, user->email, "",
                         ctx.req.remote_address);
    SetFlash(ctx, "account-verwijderd");
    return Redirect(kUsers.With());
}

// Links an identity that asked for it to this account, with the checks an invitation has.
Response ApproveLink(Ctx& ctx) {
    const int64_t id = ctx.Id("user");
    if (!ctx.app.users.ById(id)) throw core::NotFound();
    core::Validation v;
    const auto request = ParsePositiveId(ctx.Field("aanvraag"));
    using Status = auth::FederatedFinish::Status;
    switch (request ? ctx.app.federation.Approve(*request, id, ctx.user->user_id,
                                                 ctx.req.remote_address)
                    : Status::kExpired) {
        case Status::kSignedIn:
            SetFlash(ctx, "opgeslagen");
            return Redirect(kUser.With(id));
        case Status::kWrongOrganisation:
            v.Add("aanvraag",
                  "Deze identiteit hoort bij een andere organisatie dan de scholen van "
                  "dit account.");
            break;
        case Status::kWrongAffiliation:
            v.Add("aanvraag",
                  "Deze identiteit is van een leerling of student en dit account van "
                  "een medewerker, of andersom.");
            break;
        case Status::kLinkedElsewhere:
            v.Add("aanvraag", "Deze identiteit is al aan een ander account gekoppeld.");
            break;
        default:
            v.Add("aanvraag", "Kies een aanvraag uit de lijst; deze is er niet meer.");
    }
    return UserPage(ctx, v, 400);
}

Response RemoveLink(Ctx& ctx) {
    const int64_t id = ctx.Id("user");
    if (!ctx.app.users.ById(id)) throw core::NotFound();
    ctx.app.federation.Unlink(id, Find(ctx.params, "aanbieder").value_or(""), ctx.user->user_id,
                              ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kUser.With(id));
}

}  // namespace

void AddAdminUserRoutes(Router& r) {
    r.Get(kUsers, Access::Beheer(), ShowUsers);
    r.Post(kUsers, Access::Beheer(), Invite);
    r.Get(kUser, Access::Beheer(), ShowUser);
    r.Post(kUserRoles, Access::Beheer(), AddRole);
    r.Post(kRemoveUserRole, Access::Beheer(), RemoveRole);
    r.Post(kRemoveUser, Access::Beheer(), RemoveUser);
    r.Post(kUserLinks, Access::Beheer(), ApproveLink);
    r.Post(kRemoveUserLink, Access::Beheer(), RemoveLink);
}

}  // namespace koers::web
