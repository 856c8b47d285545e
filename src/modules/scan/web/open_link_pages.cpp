// A group's open link (/scan/open/{token}, shown as a QR code): a landing page that says what the
// vragenlijst is, in the group's words, and starts one response per device (or continues the one
// this device started), which is then answered through its personal link (respond_pages.cpp).
#include "modules/scan/core/round.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/respondent_device.hpp"
#include "modules/scan/web/respondent_link.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/auth/rate_limits.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;
namespace {

constexpr size_t kResponseTokenBytes = 24;
// An open link cannot start more responses than this (a guard against scripted abuse).
constexpr int64_t kMaxResponsesPerRound = 5000;
// Responses one client address may start through one round's open links: a classroom behind
// its school's network starts together, a script that throws its cookies away does not get far.
constexpr core::RateWindow kOpenStartsPerAddress[] = {{40, 60}, {300, 3600}};

std::pair<storage::RoundRecord, core::Group> OpenTarget(Ctx& ctx) {
    const std::string token = Find(ctx.params, "token").value_or("");
    if (!PlausibleToken(token)) throw core::NotFound(kInvalidLink);
    auto target = ScanOf(ctx).scans.OpenLinkTarget(token);
    auto round = target ? ScanOf(ctx).scans.Round(target->first) : std::nullopt;
    if (!round) throw core::NotFound(kInvalidLink);
    RequireRunning(*round, ctx.app.clock.Now(),
                   ScanOf(ctx)
                       .scan.InstrumentOf(round->instrument_id)
                       ->SaysJe(core::AudienceOf(target->second)));
    return {*round, target->second};
}

// The unsubmitted response of `round_id` this browser started, as its answer path.
std::optional<std::string> ResumePath(Ctx& ctx, int64_t round_id) {
    auto resume = StartedToken(ctx);
    if (!resume || !PlausibleToken(*resume)) return std::nullopt;
    auto response = ScanOf(ctx).scans.ResponseByToken(auth::HashToken(*resume));
    if (!response || response->round_id != round_id || response->submitted_at) return std::nullopt;
    return kAnswer.With(*resume);
}

Response OpenLanding(Ctx& ctx) {
    auto [round, group] = OpenTarget(ctx);
    auto school = ctx.app.orgs.School(round.school_id);
    if (!school) throw core::NotFound(kInvalidLink);
    View v = Object();
    v.set("school", school->name);
    v.set("round", round.title);
    v.set("group", core::GroupLabel(group, school->sector));
    v.set("deadline", core::FormatDateTimeLong(round.deadline));
    const auto instrument = ScanOf(ctx).scan.InstrumentOf(round.instrument_id);
    const auto audience = core::AudienceOf(group);
    v.set("duration", core::TimeToAnswer(instrument->StatementsAsked(audience)));
    // What the introduction says: leerlingen read it with "je", ouders and leerlingen with
    // questions of their own are not asked to judge the school in phases.
    const bool own = audience != core::Audience::kStaff && instrument->HasOwnQuestions(audience);
    v.set("je", instrument->SaysJe(audience));
    v.set("alumni", audience == core::Audience::kAlumni);
    v.set("own", own);
    v.set("action", ctx.target.path);
    v.set("submitted", HandedInHere(ctx, round.id));
    // A response started on this device earlier: continue it (never a second one).
    if (auto resume = ResumePath(ctx, round.id)) v.set("resume_path", *resume);
    return RenderPage(ctx, "scan/respond_start", std::move(v), "LOB-scan · " + school->name);
}

Response OpenStart(Ctx& ctx) {
    auto [round, group] = OpenTarget(ctx);
    if (HandedInHere(ctx, round.id))
        throw core::Conflict(
            "Op dit apparaat is deze vragenlijst al ingeleverd. Iedereen vult hem één keer in.");
    if (auto resume = ResumePath(ctx, round.id)) return Redirect(*resume);
    if (ScanOf(ctx).scans.ResponseCount(round.id) >= kMaxResponsesPerRound)
        throw core::Conflict("Deze ronde heeft het hoogste aantal deelnemers bereikt.");
    LimitPerAddress(ctx, "scan-open:" + std::to_string(round.id), kOpenStartsPerAddress,
                    "Vanaf dit netwerk zijn in korte tijd erg veel vragenlijsten begonnen. Wacht "
                    "een paar minuten en probeer het dan opnieuw.");
    const std::string token = ctx.app.random.Token(kResponseTokenBytes);
    ScanOf(ctx).scans.StartResponse(round.id, group, auth::HashToken(token), ctx.app.clock.Now());
    const int64_t keep = std::max<int64_t>(round.deadline - ctx.app.clock.Now(), 60);
    RememberStarted(ctx, token, keep);
    return Redirect(kAnswer.With(token));
}

}  // namespace

void AddScanOpenLinkRoutes(Router& r) {
    r.Get(kOpen, Access::Public(), OpenLanding);
    r.Post(kOpen, Access::Public(), OpenStart);
}

}  // namespace koers::web
