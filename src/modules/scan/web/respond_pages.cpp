// Answering a LOB-scan: public pages reached through a personal link (/scan/antwoord/{token}),
// which an invitation carries or a group's open link starts (open_link_pages.cpp). One page per
// theme, saved as you go (each page, and with JavaScript every change), resumable, submitted
// once. A closed, expired, reused or tampered link gets a Dutch explanation; saved answers are
// never lost.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "modules/scan/core/round.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/respondent_device.hpp"
#include "modules/scan/web/respondent_link.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_service.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;
namespace {

// What a respondent works with: their response, its round, the instrument and what they see.
struct Respondent {
    storage::ResponseRecord response;
    storage::RoundRecord round;
    storage::SchoolRecord school;
    std::shared_ptr<const core::Instrument> instrument;
    std::vector<size_t> themes;  // theme indexes with statements for this respondent
    core::Audience audience = core::Audience::kStaff;
    std::string token;  // from the link
    std::string path;   // kAnswer with the token

    bool Asks(const core::Statement& s) const { return instrument->Asks(audience, s); }
    bool Je() const { return instrument->SaysJe(audience); }
};

Respondent Load(Ctx& ctx) {
    const std::string token = Find(ctx.params, "token").value_or("");
    if (!PlausibleToken(token)) throw core::NotFound(kInvalidLink);
    auto response = ScanOf(ctx).scans.ResponseByToken(auth::HashToken(token));
    if (!response) throw core::NotFound(kInvalidLink);
    auto round = ScanOf(ctx).scans.Round(response->round_id);
    auto school = round ? ctx.app.orgs.School(round->school_id) : std::nullopt;
    if (!round || !school) throw core::NotFound(kInvalidLink);
    Respondent r{*response, *round,
                 *school,   ScanOf(ctx).scan.InstrumentOf(round->instrument_id),
                 {},        core::AudienceOf(response->group),
                 token,     kAnswer.With(token)};
    for (size_t t = 0; t < r.instrument->themes.size(); ++t)
        for (const auto& s : r.instrument->themes[t].statements)
            if (r.Asks(s)) {
                r.themes.push_back(t);
                break;
            }
    return r;
}

View Header(const Respondent& r) {
    View v = Object();
    v.set("school", r.school.name);
    v.set("round", r.round.title);
    v.set("group", core::GroupLabel(r.response.group, r.school.sector));
    v.set("overview_path", kAnswerOverview.With(r.token));
    v.set("je", r.Je());
    v.set("alumni", r.audience == core::Audience::kAlumni);
    return v;
}

Response Done(Ctx& ctx, const Respondent& r) {
    View v = Header(r);
    v.set("invited", r.response.invited);  // only they gave an e-mail address
    return RenderPage(ctx, "scan/respond_done", std::move(v), "Ingeleverd · LOB-scan");
}

// A respondent's saved answers by statement code.
using SavedAnswers = std::unordered_map<std::string, storage::AnswerRecord>;

SavedAnswers Saved(Ctx& ctx, const Respondent& r) {
    SavedAnswers out;
    for (auto& a : ScanOf(ctx).scans.Answers(r.response.id)) out.emplace(a.statement, std::move(a));
    return out;
}

using Count = std::pair<size_t, size_t>;  // answered, asked

// Answered and asked statements of one theme, as this respondent sees it.
Count ThemeProgress(const Respondent& r, size_t theme, const SavedAnswers& saved) {
    size_t answered = 0, asked = 0;
    for (const auto& s : r.instrument->themes[theme].statements) {
        if (!r.Asks(s)) continue;
        ++asked;
        answered += saved.count(s.code);
    }
    return {answered, asked};
}

// The same over all themes the respondent sees.
Count Progress(const Respondent& r, const SavedAnswers& saved) {
    Count total{0, 0};
    for (size_t t : r.themes) {
        const auto [answered, asked] = ThemeProgress(r, t, saved);
        total.first += answered;
        total.second += asked;
    }
    return total;
}

// The 1-based theme page of a "thema" value; 404 for anything else.
size_t ThemePage(const Respondent& r, const std::string& text) {
    size_t page = 1;
    if (!text.empty()) {
        if (text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos)
            throw core::NotFound();
        page = std::stoul(text);
    }
    if (page < 1 || page > r.themes.size()) throw core::NotFound();
    return page;
}

// --- answering -----------------------------------------------------------------------------

// A theme page with the saved answers; `unsaved` holds comments typed without an answer, which
// are shown again with an error instead of being dropped.
Response ThemePageView(Ctx& ctx, const Respondent& r, size_t page,
                       const std::unordered_map<std::string, std::string>& unsaved) {
    const auto& theme = r.instrument->themes[r.themes[page - 1]];
    const auto saved = Saved(ctx, r);
    View v = Header(r);
    const auto wording = theme.For(r.audience);
    v.set("theme", wording.title);
    v.set("intro", wording.intro);
    v.set("page", std::to_string(page));
    v.set("pages", std::to_string(r.themes.size()));
    const auto [answered, asked] = Progress(r, saved);
    v.set("answered", std::to_string(answered));
    v.set("asked", std::to_string(asked));
    v.set("action", r.path);
    v.set("has_previous", page > 1);
    v.set("is_last", page == r.themes.size());
    ViewList statements;
    for (const auto& s : theme.statements) {
        if (!r.Asks(s)) continue;
        auto it = saved.find(s.code);
        View item = Object();
        item.set("code", s.code);
        item.set("text", s.text);
        item.set("help", s.help);
        ViewList options;
        for (int value : {1, 2, 3, 4, core::kDontKnow}) {
            View o = ChoiceView(std::to_string(value),
                                std::string(r.instrument->AnswerLabel(value, r.audience)),
                                it != saved.end() && it->second.answer == value);
            o.set("name", "a_" + s.code);
            // The phases are explained at the first statement of a page only; an empty value
            // keeps the statement's own help text from showing through.
            o.set("help",
                  value > 0 && statements.empty()
                      ? r.instrument->ScaleFor(r.audience).at(static_cast<size_t>(value - 1)).help
                      : std::string());
            options.push_back(std::move(o));
        }
        item.set("options", std::move(options));
        item.set("comment", it != saved.end() ? it->second.comment : "");
        if (auto u = unsaved.find(s.code); u != unsaved.end()) {
            item.set("comment", u->second);
            item.set("error", r.Je() ? "Kies ook een antwoord bij deze zin (of \"Weet ik niet\"); "
                                       "anders kunnen we je toelichting niet bewaren."
                                     : "Kies ook een antwoord bij deze stelling (of \"Weet ik "
                                       "niet\"); anders kan uw toelichting niet worden bewaard.");
        }
        statements.push_back(std::move(item));
    }
    v.set("statements", std::move(statements));
    core::Validation errors;
    for (const auto& [code, text] : unsaved)
        errors.Add("s-" + code, "Een toelichting zonder antwoord: kies ook een antwoord.");
    AddErrors(v, errors);
    return RenderPage(ctx, "scan/respond", std::move(v), wording.title + " · LOB-scan",
                      unsaved.empty() ? 200 : 400);
}

Response ShowTheme(Ctx& ctx) {
    const Respondent r = Load(ctx);
    if (r.response.submitted_at) return Done(ctx, r);
    RequireRunning(r.round, ctx.app.clock.Now(), r.Je());
    return ThemePageView(ctx, r, ThemePage(r, ctx.QueryParam("thema").value_or("")), {});
}

Response SaveTheme(Ctx& ctx) {
    const Respondent r = Load(ctx);
    if (r.response.submitted_at) return Done(ctx, r);
    RequireRunning(r.round, ctx.app.clock.Now(), r.Je());
    const size_t page = ThemePage(r, ctx.Field("thema"));
    const auto& theme = r.instrument->themes[r.themes[page - 1]];
    std::unordered_set<std::string> asked;
    for (const auto& s : theme.statements)
        if (r.Asks(s)) asked.insert(s.code);
    std::vector<storage::AnswerRecord> answers;
    for (const auto& [name, value] : ctx.form) {
        if (name.rfind("a_", 0) != 0) continue;
        const std::string code = name.substr(2);
        if (!asked.count(code) || value.size() != 1 || value[0] < '0' || value[0] > '4')
            throw core::InvalidInput(
                "Dit formulier past niet bij de vragenlijst. Laad de pagina opnieuw.");
        std::string comment = core::Trim(ctx.Field("c_" + code));
        if (comment.size() > core::kMaxComment || !core::IsCleanText(comment, true))
            throw core::InvalidInput(
                "Een toelichting is hoogstens 2000 tekens, zonder bijzondere tekens.");
        answers.push_back({code, value[0] - '0', std::move(comment)});
    }
    std::unordered_map<std::string, std::string> unsaved;
    for (const auto& code : asked) {
        std::string comment = core::Trim(ctx.Field("c_" + code));
        if (!comment.empty() && !ctx.Posted("a_" + code))
            unsaved.emplace(code, comment.substr(0, core::kMaxComment));
    }
    if (!ScanOf(ctx).scans.SaveAnswers(r.response.id, answers, ctx.app.clock.Now())) {
        // Submitted or closed in between: say which; what was saved before stays.
        const Respondent now = Load(ctx);
        if (now.response.submitted_at) return Done(ctx, now);
        RequireRunning(now.round, ctx.app.clock.Now(), now.Je());
        throw core::Gone("Deze LOB-scan neemt geen antwoorden meer aan.");
    }
    if (ctx.req.Header("x-koers-autosave")) {
        Response res;
        res.status = 204;
        return res;
    }
    if (!unsaved.empty()) return ThemePageView(ctx, r, page, unsaved);
    const std::string go = ctx.Field("ga");
    if (go == "vorige" && page > 1) return Redirect(r.path + "?thema=" + std::to_string(page - 1));
    if (go == "volgende" && page < r.themes.size())
        return Redirect(r.path + "?thema=" + std::to_string(page + 1));
    return Redirect(kAnswerOverview.With(r.token));
}

Response Overview(Ctx& ctx) {
    const Respondent r = Load(ctx);
    if (r.response.submitted_at) return Done(ctx, r);
    RequireRunning(r.round, ctx.app.clock.Now(), r.Je());
    const auto saved = Saved(ctx, r);
    View v = Header(r);
    ViewList themes;
    for (size_t i = 0; i < r.themes.size(); ++i) {
        const auto [answered, asked] = ThemeProgress(r, r.themes[i], saved);
        View item = Object();
        item.set("title", r.instrument->themes[r.themes[i]].For(r.audience).title);
        item.set("path", r.path + "?thema=" + std::to_string(i + 1));
        item.set("answered", std::to_string(answered));
        item.set("asked", std::to_string(asked));
        item.set("complete", answered == asked);
        themes.push_back(std::move(item));
    }
    const auto [answered, asked] = Progress(r, saved);
    v.set("themes", std::move(themes));
    v.set("answered", std::to_string(answered));
    v.set("asked", std::to_string(asked));
    v.set("incomplete", answered < asked);
    v.set("nothing", answered == 0);
    v.set("action", kSubmit.With(r.token));
    v.set("deadline", core::FormatDateTimeLong(r.round.deadline));
    return RenderPage(ctx, "scan/respond_overview", std::move(v), "Overzicht · LOB-scan");
}

Response Submit(Ctx& ctx) {
    const Respondent r = Load(ctx);
    if (r.response.submitted_at) return Done(ctx, r);
    RequireRunning(r.round, ctx.app.clock.Now(), r.Je());
    if (ScanOf(ctx).scans.Answers(r.response.id).empty())
        throw core::InvalidInput(r.Je() ? "Beantwoord eerst ten minste één vraag, dan kun je "
                                          "inleveren."
                                        : "Beantwoord ten minste één stelling voordat u inlevert.");
    if (!ScanOf(ctx).scans.Submit(r.response.id, ctx.app.clock.Now())) {
        const Respondent now = Load(ctx);
        if (now.response.submitted_at) return Done(ctx, now);
        throw core::Gone("Deze LOB-scan neemt geen antwoorden meer aan.");
    }
    RememberHandedIn(ctx, r.round.id);
    return Redirect(r.path);  // shows the thank-you page from now on
}

}  // namespace

void AddScanRespondRoutes(Router& r) {
    r.Get(kAnswer, Access::Public(), ShowTheme);
    r.Post(kAnswer, Access::Public(), SaveTheme);
    r.Get(kAnswerOverview, Access::Public(), Overview);
    r.Post(kSubmit, Access::Public(), Submit);
}

}  // namespace koers::web
