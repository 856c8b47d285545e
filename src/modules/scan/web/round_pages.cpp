// Running a LOB-scan round, for the school's LOB-coördinator and schoolleider: the list of
// rounds, starting one (or a copy of the previous one), inviting respondents, showing the open
// links as QR codes, reminders, the deadline and closing.
#include "modules/scan/core/round.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/render/qr_svg.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;
namespace {

using core::Group;
using core::Permission;

constexpr size_t kMaxInvitesPerPost = 300;
constexpr size_t kOpenTokenBytes = 12;
constexpr size_t kPersonalTokenBytes = 24;

storage::SchoolRecord SchoolOf(Ctx& ctx) { return SchoolParam(ctx); }

storage::RoundRecord RoundFrom(Ctx& ctx) {
    return ScanOf(ctx).scan.RoundOf(ctx.Id("school"), ctx.Id("round"));
}

bool CanRun(Ctx& ctx, int64_t school) {
    return core::Allowed(ctx.user, Permission::kRunScan, core::Target::School(school));
}

std::string OpenLinkUrl(const Ctx& ctx, const std::string& token) {
    return AbsoluteUrl(ctx, kOpen.With(token));
}

// --- the list of rounds --------------------------------------------------------------------

Response ListRounds(Ctx& ctx) {
    const auto school = SchoolOf(ctx);
    const int64_t now = ctx.app.clock.Now();
    View v = Object();
    v.set("school", school.name);
    v.set("school_path", platform_paths::kSchool.With(school.id));
    v.set("can_run", CanRun(ctx, school.id));
    v.set("new_path", kNewRound.With(school.id));
    ViewList rounds;
    std::optional<int64_t> latest;
    bool team_rounds = false;
    for (const auto& r : ScanOf(ctx).scans.RoundsOf(school.id)) {
        // Another team's rounds are not listed for someone tied to one team.
        if (r.team_id && !core::Allowed(ctx.user, Permission::kViewScanResults,
                                        core::Target::Team(school.id, *r.team_id)))
            continue;
        if (!latest) latest = r.id;
        team_rounds = team_rounds || r.team_id.has_value();
        View item = RoundSummary(r, now);
        int64_t submitted = 0;
        for (const auto& c : ScanOf(ctx).scans.Counts(r.id)) submitted += c.submitted;
        item.set("submitted", std::to_string(submitted));
        rounds.push_back(std::move(item));
    }
    // Teams are compared by who may read results, once some team held a round of its own.
    if (team_rounds &&
        core::Allowed(ctx.user, Permission::kViewScanResults, core::Target::School(school.id)))
        v.set("teams_path", kTeams.With(school.id));
    v.set("has_rounds", !rounds.empty());
    v.set("rounds", std::move(rounds));
    if (latest) v.set("copy_path", kNewRound.With(school.id) + "?kopie=" + std::to_string(*latest));
    return RenderPage(ctx, "scan/rounds", std::move(v), "LOB-scan · " + school.name);
}

// --- starting a round ------------------------------------------------------------------------

// The groups to ask, each with what it answers in `ins` (the version a new round starts with).
ViewList GroupOptions(const std::vector<Group>& chosen, const std::string& sector,
                      const core::Instrument* ins) {
    ViewList out;
    for (Group g : core::AllGroups()) {
        bool on = false;
        for (Group c : chosen) on = on || c == g;
        View item = ChoiceView(std::string(core::GroupCode(g)), core::GroupLabel(g, sector), on);
        const auto a = core::AudienceOf(g);
        if (ins ? !core::CanAsk(g, *ins) : a == core::Audience::kAlumni) continue;
        std::string note;
        if (ins && a != core::Audience::kStaff)
            note = (ins->HasOwnQuestions(a) ? "eigen vragenlijst, " : "korte versie, ") +
                   std::to_string(ins->StatementsAsked(a)) + " vragen";
        item.set("note", note);
        out.push_back(std::move(item));
    }
    return out;
}

Response RoundForm(Ctx& ctx, const storage::SchoolRecord& school, const core::RoundInput& in,
                   const core::Validation& errors, int status) {
    View v = Object();
    v.set("school", school.name);
    v.set("action", kRounds.With(school.id));
    v.set("back", kRounds.With(school.id));
    v.set("title", in.title);
    v.set("deadline", in.deadline);
    ViewList teams;
    for (const auto& t : ctx.app.orgs.Teams(school.id))
        teams.push_back(ChoiceView(std::to_string(t.id), "Team " + t.name, in.team_id == t.id));
    v.set("teams", std::move(teams));
    std::shared_ptr<const core::Instrument> instrument;
    if (auto ins = ScanOf(ctx).scans.LatestInstrument(school.sector)) {
        v.set("instrument", ins->title + " (versie " + std::to_string(ins->version) + ")");
        instrument = ScanOf(ctx).scan.InstrumentOf(ins->id);
    } else {
        v.set("no_instrument", true);
    }
    v.set("groups", GroupOptions(in.groups, school.sector, instrument.get()));
    AddErrors(v, errors);
    return RenderPage(ctx, "scan/round_form", std::move(v), "Nieuwe ronde · LOB-scan", status);
}

Response NewRound(Ctx& ctx) {
    const auto school = SchoolOf(ctx);
    core::RoundInput in;
    in.groups = {Group::kSchoolleiding, Group::kCoordinator, Group::kMentoren, Group::kDocenten};
    if (auto copy = ctx.QueryParam("kopie")) {
        // "Kopiëren van vorige ronde": the settings of an earlier round of this school.
        const auto id = ParsePositiveId(*copy);
        if (!id) throw core::NotFound();
        const auto previous = ScanOf(ctx).scan.RoundOf(school.id, *id);
        in.title = previous.title;
        in.team_id = previous.team_id;
        in.groups = previous.groups;
    }
    return RoundForm(ctx, school, in, {}, 200);
}

core::RoundInput ReadRound(Ctx& ctx, const storage::SchoolRecord& school) {
    core::RoundInput in;
    in.title = ctx.Field("title");
    in.deadline = ctx.Field("deadline");
    if (const auto team = ctx.Field("team"); !team.empty()) {
        bool found = false;
        for (const auto& t : ctx.app.orgs.Teams(school.id))
            if (std::to_string(t.id) == team) in.team_id = t.id, found = true;
        if (!found) throw core::InvalidInput("Dit team hoort niet bij deze school.");
    }
    for (const auto& code : ctx.FieldValues("groups")) {
        auto g = core::GroupFromCode(code);
        if (!g) throw core::InvalidInput("Onbekende groep respondenten.");
        in.groups.push_back(*g);
    }
    return in;
}

Response CreateRound(Ctx& ctx) {
    const auto school = SchoolOf(ctx);
    const auto in = ReadRound(ctx, school);
    const int64_t now = ctx.app.clock.Now();
    int64_t deadline = 0;
    auto v = core::ValidateRound(in, now, deadline);
    const auto instrument = ScanOf(ctx).scans.LatestInstrument(school.sector);
    if (!instrument)
        v.Add("instrument", "Er is nog geen LOB-scan voor deze sector.");
    else
        core::CheckGroupsAsked(in.groups, *ScanOf(ctx).scan.InstrumentOf(instrument->id), v);
    if (!v.ok()) return RoundForm(ctx, school, in, v, 400);
    storage::RoundRecord r;
    r.school_id = school.id;
    r.team_id = in.team_id;
    r.instrument_id = instrument->id;
    r.title = core::Trim(in.title);
    r.groups = core::SplitGroups(core::JoinGroups(in.groups));  // ordered, each once
    r.deadline = deadline;
    r.created_by = ctx.user->user_id;
    r.created_at = now;
    std::vector<storage::OpenLink> links;
    for (Group g : r.groups) links.push_back({g, ctx.app.random.Token(kOpenTokenBytes)});
    r.id = ScanOf(ctx).scans.CreateRound(r, links);
    SetFlash(ctx, "ronde-gestart");
    return Redirect(kRound.With(r.school_id, r.id));
}

// --- running a round -------------------------------------------------------------------------

Response RoundPage(Ctx& ctx, const storage::RoundRecord& round, const std::string& invite_text,
                   const std::string& invite_group, const core::Validation& errors, int status) {
    const auto school = SchoolOf(ctx);
    const int64_t now = ctx.app.clock.Now();
    View v = RoundSummary(round, now);
    v.set("school", school.name);
    v.set("back", kRounds.With(school.id));
    v.set("invite_action", kInvite.With(round.school_id, round.id));
    v.set("remind_action", kRemind.With(round.school_id, round.id));
    v.set("deadline_action", kDeadline.With(round.school_id, round.id));
    v.set("close_action", kClose.With(round.school_id, round.id));
    const auto counts = ScanOf(ctx).scans.Counts(round.id);
    const auto links = ScanOf(ctx).scans.OpenLinks(round.id);
    ViewList groups;
    int64_t total = 0;
    for (Group g : round.groups) {
        View item = ChoiceView(std::string(core::GroupCode(g)), core::GroupLabel(g, school.sector),
                               invite_group == core::GroupCode(g));
        storage::GroupCount c{g};
        for (const auto& x : counts)
            if (x.group == g) c = x;
        item.set("invited", std::to_string(c.invited));
        item.set("started", std::to_string(c.started));
        item.set("submitted", std::to_string(c.submitted));
        total += c.submitted;
        for (const auto& l : links) {
            if (l.group != g) continue;
            item.set("open_url", OpenLinkUrl(ctx, l.token));
            item.set("qr_path", kRoundQr.With(round.school_id, round.id, core::GroupCode(g)));
        }
        groups.push_back(std::move(item));
    }
    v.set("groups", std::move(groups));
    v.set("total", std::to_string(total));
    const size_t pending = ScanOf(ctx).scans.PendingInvitations(round.id).size();
    v.set("pending", std::to_string(pending));
    v.set("has_pending", pending > 0);
    v.set("invite_text", invite_text);
    v.set("mail_note", !ctx.app.config.smtp_configured);
    AddErrors(v, errors);
    return RenderPage(ctx, "scan/round", std::move(v), round.title + " · LOB-scan", status);
}

Response ShowRound(Ctx& ctx) { return RoundPage(ctx, RoundFrom(ctx), "", "", {}, 200); }

Response ShowQr(Ctx& ctx) {
    const auto round = RoundFrom(ctx);
    const auto school = SchoolOf(ctx);
    auto group = core::GroupFromCode(Find(ctx.params, "group").value_or(""));
    if (!group) throw core::NotFound();
    for (const auto& l : ScanOf(ctx).scans.OpenLinks(round.id)) {
        if (l.group != *group) continue;
        View v = RoundSummary(round, ctx.app.clock.Now());
        v.set("school", school.name);
        v.set("group", core::GroupLabel(*group, school.sector));
        v.set("url", OpenLinkUrl(ctx, l.token));
        v.set("qr", QrSvg(OpenLinkUrl(ctx, l.token), "QR-code voor " + round.title));
        return RenderPage(ctx, "scan/qr", std::move(v), "Meedoen · " + round.title);
    }
    throw core::NotFound();
}

void RequireOpen(const storage::RoundRecord& round, int64_t now) {
    if (core::StateOf(round.closed_at, round.deadline, now) == core::RoundState::kClosed)
        throw core::Conflict("Deze ronde is gesloten; er kan niets meer aan veranderen.");
}

// Addresses separated by new lines, commas, semicolons or spaces.
std::vector<std::string> SplitAddresses(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text + "\n") {
        if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == ' ' || c == '\t') {
            if (!current.empty()) out.push_back(core::AsciiLower(current));
            current.clear();
        } else {
            current += c;
        }
    }
    return out;
}

// Puts an invitation or reminder with a respondent's personal link in the outbox.
void MailLink(Ctx& ctx, storage::OutboxRepo& outbox, const std::string& school,
              const storage::RoundRecord& round, Group group, const std::string& to,
              const std::string& token, bool reminder) {
    const auto instrument = ScanOf(ctx).scan.InstrumentOf(round.instrument_id);
    outbox.Enqueue(
        to, (reminder ? "Herinnering: LOB-scan van " : "Uitnodiging: LOB-scan van ") + school,
        InvitationMail(school, round, *instrument, core::AudienceOf(group),
                       AbsoluteUrl(ctx, kAnswer.With(token)), reminder),
        ctx.app.clock.Now());
}

Response Invite(Ctx& ctx) {
    const auto round = RoundFrom(ctx);
    const int64_t now = ctx.app.clock.Now();
    RequireOpen(round, now);
    const std::string text = ctx.Field("emails");
    const std::string group_code = ctx.Field("group");
    auto group = core::GroupFromCode(group_code);
    bool in_round = false;
    for (Group g : round.groups) in_round = in_round || (group && g == *group);
    if (!in_round) throw core::InvalidInput("Kies een groep die in deze ronde meedoet.");
    core::Validation v;
    if (core::StateOf(round.closed_at, round.deadline, now) != core::RoundState::kOpen)
        v.Add("emails", "De einddatum is verstreken. Verleng eerst de ronde.");
    auto addresses = SplitAddresses(text);
    std::sort(addresses.begin(), addresses.end());
    addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
    if (addresses.empty()) v.Add("emails", "Vul ten minste één e-mailadres in.");
    if (addresses.size() > kMaxInvitesPerPost)
        v.Add("emails", "Nodig hoogstens 300 mensen tegelijk uit.");
    std::string wrong;
    for (const auto& a : addresses)
        if (!core::LooksLikeEmail(a)) wrong += (wrong.empty() ? "" : ", ") + a.substr(0, 80);
    if (!wrong.empty())
        v.Add("emails", "Deze adressen kloppen niet: " + wrong + ". Er is niemand uitgenodigd.");
    if (!v.ok()) return RoundPage(ctx, round, text, group_code, v, 400);

    const auto school = SchoolOf(ctx);
    for (const auto& address : addresses) {
        const std::string token = ctx.app.random.Token(kPersonalTokenBytes);
        try {  // the invitation and its mail, or neither
            storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
                storage::ScanRepo(tx).AddInvitation(round.id, *group, auth::HashToken(token),
                                                    address, now);
                storage::OutboxRepo outbox(tx);
                MailLink(ctx, outbox, school.name, round, *group, address, token, false);
            });
        } catch (const storage::ConstraintError&) {
            continue;  // already invited in this round: the reminder reaches them
        }
    }
    SetFlash(ctx, "uitnodigingen-verstuurd");
    return Redirect(kRound.With(round.school_id, round.id));
}

Response Remind(Ctx& ctx) {
    const auto round = RoundFrom(ctx);
    const int64_t now = ctx.app.clock.Now();
    RequireOpen(round, now);
    if (core::StateOf(round.closed_at, round.deadline, now) != core::RoundState::kOpen)
        throw core::Conflict("De einddatum is verstreken. Verleng eerst de ronde.");
    const auto school = SchoolOf(ctx);
    for (const auto& p : ScanOf(ctx).scans.PendingInvitations(round.id)) {
        const std::string token = ctx.app.random.Token(kPersonalTokenBytes);
        // The old link stops working only when the mail with the new one is in the outbox.
        storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
            storage::ScanRepo(tx).RotateToken(p.response_id, auth::HashToken(token), now);
            storage::OutboxRepo outbox(tx);
            MailLink(ctx, outbox, school.name, round, p.group, p.email, token, true);
        });
    }
    SetFlash(ctx, "herinneringen-verstuurd");
    return Redirect(kRound.With(round.school_id, round.id));
}

Response ChangeDeadline(Ctx& ctx) {
    const auto round = RoundFrom(ctx);
    const int64_t now = ctx.app.clock.Now();
    RequireOpen(round, now);
    int64_t deadline = 0;
    auto v = core::ValidateDeadline(ctx.Field("deadline"), now, deadline);
    if (!v.ok()) return RoundPage(ctx, round, "", "", v, 400);
    if (!ScanOf(ctx).scans.SetDeadline(round.id, deadline))
        throw core::Conflict("Deze ronde is gesloten; er kan niets meer aan veranderen.");
    SetFlash(ctx, "einddatum-gewijzigd");
    return Redirect(kRound.With(round.school_id, round.id));
}

Response CloseRound(Ctx& ctx) {
    const auto round = RoundFrom(ctx);
    RequireOpen(round, ctx.app.clock.Now());
    if (ctx.Field("zeker") != "ja") {  // final: only with the box ticked
        core::Validation v;
        v.Add("zeker",
              "Vink aan dat u de ronde definitief wilt sluiten. De ronde is nog open en er is "
              "niets veranderd.");
        return RoundPage(ctx, round, "", "", v, 400);
    }
    ScanOf(ctx).scan.Close(round, ctx.app.clock.Now());  // a second close changes nothing
    SetFlash(ctx, "ronde-gesloten");
    return Redirect(kResults.With(round.school_id, round.id));
}

}  // namespace

void AddScanRoundRoutes(Router& r) {
    const auto run = Access::School(Permission::kRunScan, "school");
    const auto run_round = run.Within(TeamOfRound);
    r.Get(kRounds, Access::School(Permission::kViewScanResults, "school"), ListRounds);
    r.Get(kNewRound, run, NewRound);
    r.Post(kRounds, run, CreateRound);
    r.Get(kRound, run_round, ShowRound);
    r.Get(kRoundQr, run_round, ShowQr);
    r.Post(kInvite, run_round, Invite);
    r.Post(kRemind, run_round, Remind);
    r.Post(kDeadline, run_round, ChangeDeadline);
    r.Post(kClose, run_round, CloseRound);
}

}  // namespace koers::web
