// The regiocoördinator's pages for the region's networks: the list (and a new network), one
// network with its members, meeting records and action list, and the forms that change them.
// Everything below a network is found through the network, and the network through the region,
// so an id of another region's network, or of another network's member, record or action, is 404.
#include <algorithm>

#include "modules/networks/core/networks.hpp"
#include "modules/networks/web/network_view.hpp"
#include "modules/networks/web/networks_parts.hpp"
#include "modules/networks/web/paths.hpp"
#include "modules/networks/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/form_field.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace networks_paths;
using core::Permission;
namespace {

storage::RegionRecord RegionOf(const Ctx& ctx) {
    auto region = ctx.app.orgs.Region(ctx.Id("region"));
    if (!region) throw core::NotFound();
    return std::move(*region);
}

// The {netwerk} of the {region}.
core::Network NetworkOf(const Ctx& ctx) {
    auto n = NetworksOf(ctx).networks.Find(ctx.Id("netwerk"));
    if (!n || n->region_id != ctx.Id("region")) throw core::NotFound();
    return std::move(*n);
}

void Audit(Ctx& ctx, std::string_view code, std::string_view text, const core::Network& n,
           const std::string& detail) {
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {std::string(code), std::string(text)}, n.name, detail,
                         ctx.req.remote_address);
}

ViewList NetworkFields(const core::NetworkForm& in, const core::Validation& v) {
    ViewList f;
    f.push_back(FieldView("name", "Naam", in.name, FieldKind::kLine, 150, true, v));
    f.push_back(FieldView("description", "Waar het netwerk voor is", in.description,
                          FieldKind::kText, 4000, false, v));
    f.push_back(FieldView("cycle", "Ritme van de bijeenkomsten", in.cycle, FieldKind::kLine, 300,
                          false, v, "Bijvoorbeeld: elke vier weken; de werkgroep elke zes weken."));
    f.push_back(FieldView("goals", "Gezamenlijke doelen en programmalijnen", in.goals,
                          FieldKind::kText, 4000, false, v));
    return f;
}

core::NetworkForm NetworkFromPost(const Ctx& ctx) {
    return {ctx.Field("name"), ctx.Field("description"), ctx.Field("cycle"), ctx.Field("goals")};
}

Response ListPage(Ctx& ctx, const core::NetworkForm& in, const core::Validation& v, int status) {
    const auto region = RegionOf(ctx);
    ViewList networks;
    for (const auto& n : NetworksOf(ctx).networks.InRegion(region.id)) {
        View item = LinkView(kRegionNetwork.With(region.id, n.id), n.name);
        item.set("cycle", n.cycle);
        networks.push_back(std::move(item));
    }
    View view = Object();
    view.set("region", region.name);
    view.set("has_networks", !networks.empty());
    view.set("networks", std::move(networks));
    view.set("action", kRegionNetworks.With(region.id));
    view.set("fields", NetworkFields(in, v));
    AddErrors(view, v);
    return RenderPage(ctx, "networks/list", std::move(view), "Netwerken · " + region.name, status);
}

Response List(Ctx& ctx) { return ListPage(ctx, {}, {}, 200); }

Response Create(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto in = NetworkFromPost(ctx);
    core::Validation v;
    auto n = core::ValidateNetwork(in, v);
    if (!n) return ListPage(ctx, in, v, 422);
    n->region_id = region.id;
    n->id = NetworksOf(ctx).networks.Add(*n, ctx.app.clock.Now());
    Audit(ctx, "network.added", "Netwerk toegevoegd", *n, region.name);
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n->id));
}

// The forms on a network's page: a member and an action, as posted.
struct Posted {
    core::MemberForm member;
    core::ActionForm action;
    core::Validation errors;
};

Response Overview(Ctx& ctx, const Posted& posted, int status) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    View v = NetworkView(ctx, n, {region.id, std::nullopt});
    v.set("region", region.name);
    v.set("list_href", kRegionNetworks.With(region.id));
    v.set("edit_href", kEdit.With(region.id, n.id));
    v.set("new_meeting_href", kNewMeeting.With(region.id, n.id));
    v.set("member_action", kMembers.With(region.id, n.id));
    v.set("action_action", kActions.With(region.id, n.id));
    const auto& e = posted.errors;
    View school = FieldView("school", "School uit de regio", "", FieldKind::kChoice, 0, false, e,
                            "Of vul hieronder een andere organisatie in.");
    std::vector<int64_t> members;
    for (const auto& m : NetworksOf(ctx).networks.Members(n.id))
        if (m.school_id) members.push_back(*m.school_id);
    ViewList schools;
    for (const auto& s : ctx.app.orgs.SchoolsInRegion(region.id))
        if (std::find(members.begin(), members.end(), s.id) == members.end())
            schools.push_back(
                ChoiceView(std::to_string(s.id), s.name, posted.member.school_id == s.id));
    school.set("options", std::move(schools));
    ViewList member;
    member.push_back(std::move(school));
    member.push_back(FieldView("organisation", "Andere organisatie", posted.member.organisation,
                               FieldKind::kLine, 200, false, e,
                               "Bijvoorbeeld de gemeente, UWV of een opleidingsbedrijf."));
    member.push_back(FieldView("contact_name", "Contactpersoon", posted.member.contact_name,
                               FieldKind::kLine, 120, false, e));
    member.push_back(FieldView("contact_email", "E-mailadres van de contactpersoon",
                               posted.member.contact_email, FieldKind::kEmail, 254, false, e));
    View coordinator = FieldView("coordinator", "Rol", "", FieldKind::kChecks, 0, false, e);
    View yes = ChoiceView("ja", "Regiocontactpersoon van het netwerk", posted.member.coordinator);
    yes.set("id", "coordinator-ja");
    yes.set("name", "coordinator");
    coordinator.set("options", ListOf(std::move(yes)));
    member.push_back(std::move(coordinator));
    v.set("member_fields", std::move(member));
    ViewList action;
    action.push_back(
        FieldView("what", "Actie", posted.action.what, FieldKind::kLine, 300, true, e));
    action.push_back(
        FieldView("owner", "Wie", posted.action.owner, FieldKind::kLine, 120, true, e));
    action.push_back(
        FieldView("due", "Wanneer klaar", posted.action.due, FieldKind::kDate, 0, false, e));
    v.set("action_fields", std::move(action));
    ViewList document;
    document.push_back(FieldView("titel", "Titel", "", FieldKind::kLine, 200, false, e,
                                 "Leeg: de naam van het bestand."));
    document.push_back(FieldView("bestand", "Bestand", "", FieldKind::kFile, 0, true, e,
                                 "PDF, Word, Excel, PowerPoint, OpenDocument of een afbeelding, "
                                 "tot 10 MB. Alle leden van het netwerk kunnen het lezen."));
    v.set("document_fields", std::move(document));
    AddErrors(v, e);
    return RenderPage(ctx, "networks/network", std::move(v), n.name, status);
}

Response Show(Ctx& ctx) { return Overview(ctx, {}, 200); }

Response AddMember(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    Posted posted;
    auto& in = posted.member;
    if (!ctx.Field("school").empty()) {
        const auto id = core::ParseInt(ctx.Field("school"), 1);
        for (const auto& s : ctx.app.orgs.SchoolsInRegion(region.id))
            if (id && s.id == *id) in.school_id = s.id;
        if (!in.school_id) posted.errors.Add("school", "Kies een school uit de regio.");
    }
    in.organisation = ctx.Field("organisation");
    in.contact_name = ctx.Field("contact_name");
    in.contact_email = ctx.Field("contact_email");
    in.coordinator = ctx.Field("coordinator") == "ja";
    auto m = core::ValidateMember(in, posted.errors);
    if (!m || !posted.errors.ok()) return Overview(ctx, posted, 422);
    m->network_id = n.id;
    try {
        NetworksOf(ctx).networks.AddMember(*m);
    } catch (const storage::ConstraintError&) {
        posted.errors.Add("school", "Deze school is al lid van het netwerk.");
        return Overview(ctx, posted, 422);
    }
    Audit(ctx, "network.member_added", "Lid toegevoegd aan een netwerk", n,
          m->school_id ? "school " + std::to_string(*m->school_id) : m->organisation);
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n.id));
}

Response RemoveMember(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    if (!NetworksOf(ctx).networks.RemoveMember(n.id, ctx.Id("lid"))) throw core::NotFound();
    Audit(ctx, "network.member_removed", "Lid uit een netwerk gehaald", n, "");
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n.id));
}

Response AddAction(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    Posted posted;
    posted.action = {ctx.Field("what"), ctx.Field("owner"), ctx.Field("due")};
    auto a = core::ValidateAction(posted.action, posted.errors);
    if (!a) return Overview(ctx, posted, 422);
    a->network_id = n.id;
    NetworksOf(ctx).networks.AddAction(*a);
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n.id));
}

Response ToggleAction(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    if (!NetworksOf(ctx).networks.SetDone(n.id, ctx.Id("actie"), ctx.Field("done") == "ja"))
        throw core::NotFound();
    return Redirect(kRegionNetwork.With(region.id, n.id) + "#acties");
}

Response EditPage(Ctx& ctx, const core::NetworkForm& in, const core::Validation& v, int status) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    View view = Object();
    view.set("back_href", kRegionNetwork.With(region.id, n.id));
    view.set("back_label", n.name);
    view.set("heading", "Netwerk bewerken");
    view.set("action", kEdit.With(region.id, n.id));
    view.set("fields", NetworkFields(in, v));
    AddErrors(view, v);
    return RenderPage(ctx, "networks/form", std::move(view), "Netwerk bewerken", status);
}

Response Edit(Ctx& ctx) {
    const auto n = NetworkOf(ctx);
    return EditPage(ctx, {n.name, n.description, n.cycle, n.goals}, {}, 200);
}

Response Save(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    const auto in = NetworkFromPost(ctx);
    core::Validation v;
    auto changed = core::ValidateNetwork(in, v);
    if (!changed) return EditPage(ctx, in, v, 422);
    changed->id = n.id;
    changed->region_id = region.id;
    NetworksOf(ctx).networks.Update(*changed);
    Audit(ctx, "network.changed", "Netwerk gewijzigd", *changed, region.name);
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n.id));
}

ViewList MeetingFields(const core::MeetingForm& in, const core::Validation& v) {
    ViewList f;
    f.push_back(FieldView("held_on", "Datum", in.held_on, FieldKind::kDate, 0, true, v));
    View kind = FieldView("kind", "Soort bijeenkomst", in.kind, FieldKind::kChoice, 0, true, v);
    ViewList kinds;
    for (auto k : core::MeetingKinds())
        kinds.push_back(ChoiceView(std::string(k), std::string(k), k == in.kind));
    kind.set("options", std::move(kinds));
    f.push_back(std::move(kind));
    f.push_back(FieldView("agenda", "Agenda", in.agenda, FieldKind::kText, 4000, false, v));
    f.push_back(FieldView("notes", "Verslag", in.notes, FieldKind::kText, 20000, false, v));
    f.push_back(FieldView("agreements", "Afspraken", in.agreements, FieldKind::kText, 4000, false,
                          v, "Acties met wie en wanneer zet u in de actielijst van het netwerk."));
    return f;
}

Response MeetingPage(Ctx& ctx, std::optional<int64_t> id, const core::MeetingForm& in,
                     const core::Validation& v, int status) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    View view = Object();
    view.set("back_href", kRegionNetwork.With(region.id, n.id));
    view.set("back_label", n.name);
    view.set("heading", id ? "Verslag bewerken" : "Verslag van een bijeenkomst");
    view.set("action",
             id ? kMeeting.With(region.id, n.id, *id) : kNewMeeting.With(region.id, n.id));
    view.set("fields", MeetingFields(in, v));
    AddErrors(view, v);
    return RenderPage(ctx, "networks/form", std::move(view), "Verslag · " + n.name, status);
}

core::MeetingForm MeetingFromPost(const Ctx& ctx) {
    return {ctx.Field("held_on"), ctx.Field("kind"), ctx.Field("agenda"), ctx.Field("notes"),
            ctx.Field("agreements")};
}

Response NewMeeting(Ctx& ctx) {
    return MeetingPage(ctx, std::nullopt,
                       {"", std::string(core::MeetingKinds().front()), "", "", ""}, {}, 200);
}

Response CreateMeeting(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    const auto in = MeetingFromPost(ctx);
    core::Validation v;
    auto m = core::ValidateMeeting(in, v);
    if (!m) return MeetingPage(ctx, std::nullopt, in, v, 422);
    m->network_id = n.id;
    NetworksOf(ctx).networks.AddMeeting(*m);
    Audit(ctx, "network.meeting_added", "Verslag van een netwerkbijeenkomst toegevoegd", n,
          m->held_on);
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n.id));
}

core::Meeting MeetingOf(const Ctx& ctx, const core::Network& n) {
    auto m = NetworksOf(ctx).networks.FindMeeting(n.id, ctx.Id("verslag"));
    if (!m) throw core::NotFound();
    return std::move(*m);
}

Response EditMeeting(Ctx& ctx) {
    const auto m = MeetingOf(ctx, NetworkOf(ctx));
    return MeetingPage(ctx, m.id, {m.held_on, m.kind, m.agenda, m.notes, m.agreements}, {}, 200);
}

Response SaveMeeting(Ctx& ctx) {
    const auto region = RegionOf(ctx);
    const auto n = NetworkOf(ctx);
    const auto old = MeetingOf(ctx, n);
    const auto in = MeetingFromPost(ctx);
    core::Validation v;
    auto m = core::ValidateMeeting(in, v);
    if (!m) return MeetingPage(ctx, old.id, in, v, 422);
    m->id = old.id;
    m->network_id = n.id;
    NetworksOf(ctx).networks.UpdateMeeting(*m);
    Audit(ctx, "network.meeting_changed", "Verslag van een netwerkbijeenkomst gewijzigd", n,
          m->held_on);
    SetFlash(ctx, "netwerk-opgeslagen");
    return Redirect(kRegionNetwork.With(region.id, n.id));
}

}  // namespace

Response RegionNetworkPage(Ctx& ctx, const core::Validation& errors, int status) {
    Posted posted;
    posted.errors = errors;
    return Overview(ctx, posted, status);
}

void AddNetworkRoutes(Router& r) {
    const auto manage = Access::Region(Permission::kManageNetworks, "region");
    r.Get(kRegionNetworks, manage, List);
    r.Post(kRegionNetworks, manage, Create);
    r.Get(kRegionNetwork, manage, Show);
    r.Get(kEdit, manage, Edit);
    r.Post(kEdit, manage, Save);
    r.Post(kMembers, manage, AddMember);
    r.Post(kRemoveMember, manage, RemoveMember);
    r.Get(kNewMeeting, manage, NewMeeting);
    r.Post(kNewMeeting, manage, CreateMeeting);
    r.Get(kMeeting, manage, EditMeeting);
    r.Post(kMeeting, manage, SaveMeeting);
    r.Post(kActions, manage, AddAction);
    r.Post(kAction, manage, ToggleAction);
}

}  // namespace koers::web
