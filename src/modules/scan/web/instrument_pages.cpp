// The LOB-scan instruments for the beheerder: every version per sector, and writing a new
// version in the instrument format (checked by core::ParseInstrument before it is stored).
// Rounds keep the version they started with.
#include "modules/scan/core/instrument.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;
namespace {

using core::Permission;

Response ListInstruments(Ctx& ctx) {
    View v = Object();
    ViewList rows;
    for (const auto& i : ScanOf(ctx).scans.Instruments()) {
        View row = Object();
        row.set("sector", i.sector);
        row.set("version", std::to_string(i.version));
        row.set("title", i.title);
        row.set("created", core::FormatDateLong(i.created_at));
        row.set("by", i.created_by_name.empty() ? std::string("meegeleverd") : i.created_by_name);
        row.set("path", kInstrument.With(i.id));
        rows.push_back(std::move(row));
    }
    v.set("instruments", std::move(rows));
    return RenderPage(ctx, "scan/instruments", std::move(v), "LOB-scan: vragenlijsten");
}

Response ShowInstrument(Ctx& ctx) {
    auto rec = ScanOf(ctx).scans.Instrument(ctx.Id("instrument"));
    if (!rec) throw core::NotFound();
    const auto ins = ScanOf(ctx).scan.InstrumentOf(rec->id);
    View v = Object();
    v.set("title", ins->title);
    v.set("sector", rec->sector);
    v.set("version", std::to_string(rec->version));
    v.set("new_path", kNewVersion.With(rec->id));
    ViewList scales;
    for (auto a : core::kAllAudiences) {
        if (!ins->HasOwnQuestions(a)) continue;
        View scale = Object();
        scale.set("label", core::AudienceLabel(a, ins->sector));
        scale.set("asked", std::to_string(ins->StatementsAsked(a)));
        ViewList points;
        for (const auto& p : ins->scales.at(static_cast<size_t>(a))) {
            View item = Object();
            item.set("label", p.label);
            item.set("help", p.help);
            points.push_back(std::move(item));
        }
        scale.set("points", std::move(points));
        scales.push_back(std::move(scale));
    }
    v.set("scales", std::move(scales));
    ViewList themes;
    for (const auto& t : ins->themes) {
        View item = Object();
        item.set("title", t.title);
        item.set("code", t.code);
        item.set("intro", t.intro);
        ViewList statements;
        for (const auto& s : t.statements) {
            View st = Object();
            st.set("code", s.code);
            st.set("text", s.text);
            st.set("help", s.help);
            st.set("short", s.in_short);
            st.set("audience", s.audience == core::Audience::kStaff
                                   ? std::string()
                                   : core::AudienceLabel(s.audience, ins->sector));
            statements.push_back(std::move(st));
        }
        item.set("statements", std::move(statements));
        themes.push_back(std::move(item));
    }
    v.set("themes", std::move(themes));
    return RenderPage(ctx, "scan/instrument", std::move(v),
                      ins->title + " · versie " + std::to_string(rec->version));
}

Response Form(Ctx& ctx, const std::string& source, const std::vector<std::string>& errors,
              int status) {
    View v = Object();
    v.set("source", source);
    v.set("action", kInstruments.With());
    core::Validation invalid;
    for (const auto& e : errors) invalid.Add("source", e);
    AddErrors(v, invalid);
    return RenderPage(ctx, "scan/instrument_form", std::move(v), "Nieuwe versie · LOB-scan",
                      status);
}

Response NewVersion(Ctx& ctx) {
    auto rec = ScanOf(ctx).scans.Instrument(ctx.Id("instrument"));
    if (!rec) throw core::NotFound();
    return Form(ctx, rec->source, {}, 200);
}

Response SaveVersion(Ctx& ctx) {
    std::string source = ctx.Field("source");
    // Browsers send CRLF line ends from a textarea; store the text as written in the files.
    std::string clean;
    clean.reserve(source.size());
    for (char c : source)
        if (c != '\r') clean += c;
    auto parsed = core::ParseInstrument(clean);
    if (!parsed.instrument) return Form(ctx, clean, parsed.errors, 400);
    const auto& ins = *parsed.instrument;
    auto latest = ScanOf(ctx).scans.LatestInstrument(ins.sector);
    if (latest && latest->source == clean)
        return Form(ctx, clean, {"Er is niets veranderd ten opzichte van de laatste versie."}, 400);
    const int64_t id = ScanOf(ctx).scans.AddInstrument(ins.sector, ins.title, clean,
                                                       ctx.user->user_id, ctx.app.clock.Now());
    SetFlash(ctx, "versie-opgeslagen");
    return Redirect(kInstrument.With(id));
}

}  // namespace

void AddScanInstrumentRoutes(Router& r) {
    const auto manage = Access::Platform(Permission::kManageInstruments);
    r.Get(kInstruments, manage, ListInstruments);
    r.Post(kInstruments, manage, SaveVersion);
    r.Get(kInstrument, manage, ShowInstrument);
    r.Get(kNewVersion, manage, NewVersion);
}

}  // namespace koers::web
