#include "modules/scan/web/scan_view.hpp"
#include "modules/scan/web/scan_parts.hpp"

#include <cmath>

#include "modules/scan/core/round.hpp"
#include "modules/scan/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;

std::optional<core::Target> TeamOfRound(const Ctx& ctx) {
    const auto school = ctx.FindId("school");
    const auto id = ctx.FindId("round");
    if (!school || !id) return std::nullopt;
    const auto round = ScanOf(ctx).scans.Round(*id);
    if (!round || round->school_id != *school) return std::nullopt;
    return TeamScope(ctx, round->team_id);
}

std::string Percent(const std::optional<double>& v) {
    if (!v) return "–";
    return std::to_string(static_cast<int>(std::lround(*v))) + "%";
}

std::string MeanPhase(const std::optional<double>& v) {
    if (!v) return "–";
    std::string s = core::OneDecimal(*v);
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

std::string Delta(const std::optional<double>& v) {
    if (!v) return "";
    const long points = std::lround(*v);
    if (points == 0) return "gelijk";
    return (points > 0 ? "+" : "−") + std::to_string(std::labs(points));
}

std::string DeltaClass(const std::optional<double>& v) {
    if (!v) return "";
    const long points = std::lround(*v);
    return points > 0 ? "koers-delta--up"
                      : (points < 0 ? "koers-delta--down" : "koers-delta--same");
}

View RoundSummary(const storage::RoundRecord& round, int64_t now) {
    View v = Object();
    const auto state = core::StateOf(round.closed_at, round.deadline, now);
    v.set("id", std::to_string(round.id));
    v.set("title", round.title);
    v.set("scope", round.team_id ? "Team " + round.team_name : std::string("Hele school"));
    v.set("state", std::string(core::StateLabel(state)));
    v.set("state_class",
          state == core::RoundState::kOpen ? "koers-state--open" : "koers-state--closed");
    v.set("is_open", state == core::RoundState::kOpen);
    v.set("is_closed", state == core::RoundState::kClosed);
    v.set("deadline", core::FormatDateTime(round.deadline));
    v.set("deadline_input", core::FormatLocalInput(round.deadline).substr(0, 10));
    v.set("created", core::FormatDateLong(round.created_at));
    if (round.closed_at) v.set("closed", core::FormatDateLong(*round.closed_at));
    v.set("path", kRound.With(round.school_id, round.id));
    v.set("results_path", kResults.With(round.school_id, round.id));
    return v;
}

std::string InvitationMail(const std::string& school, const storage::RoundRecord& round,
                           const core::Instrument& instrument, core::Audience audience,
                           const std::string& link, bool reminder) {
    const std::string duration = core::TimeToAnswer(instrument.StatementsAsked(audience));
    const std::string closes = core::FormatDateTimeLong(round.deadline);
    if (instrument.SaysJe(audience)) {
        std::string body = reminder ? "Hoi,\n\nNog even een herinnering: " : "Hoi,\n\n";
        body += school + " vraagt je mee te doen aan de vragenlijst \"" + round.title +
                (audience == core::Audience::kAlumni
                     ? "\". Je zat op deze school. Je vertelt hoe de school je hielp bij het "
                       "kiezen van een opleiding of werk, en hoe het nu met je gaat. Het "
                       "invullen duurt "
                     : "\". Je vertelt hoe de school je helpt bij het kiezen van een opleiding en "
                       "een beroep. Het invullen duurt ") +
                duration +
                ". Je antwoorden worden steeds bewaard, dus je kunt stoppen en later verder "
                "gaan.\n\nJe eigen link:\n" +
                link + "\n\nDe vragenlijst sluit op " + closes +
                ". Niemand ziet jouw antwoorden apart: de school ziet alleen wat groepen van "
                "minstens drie mensen samen hebben geantwoord. Als je klaar bent, wordt je "
                "e-mailadres bij je antwoorden gewist.\n";
        if (reminder) body += "\nDeze link vervangt die uit eerdere e-mails.\n";
        return body;
    }
    const bool ouders = audience == core::Audience::kOuders && instrument.HasOwnQuestions(audience);
    std::string body = reminder ? "Goedendag,\n\nEen vriendelijke herinnering: " : "Goedendag,\n\n";
    body += school + " vraagt u mee te doen aan de LOB-scan \"" + round.title + "\". " +
            (ouders ? "U vertelt hoe u de begeleiding van uw kind bij het kiezen van een "
                      "opleiding en een beroep ervaart."
                    : "U geeft aan hoe ver de school is met loopbaanoriëntatie en -begeleiding.") +
            " Het invullen duurt " + duration +
            "; uw antwoorden worden tussendoor bewaard, dus u kunt later verder gaan.\n\nUw "
            "persoonlijke link:\n" +
            link + "\n\nDe scan sluit op " + closes +
            ". Niemand ziet uw antwoorden apart: de school ziet alleen samengevatte uitkomsten "
            "van groepen van ten minste drie mensen. Na het inleveren wordt uw e-mailadres bij "
            "uw antwoorden gewist.\n";
    if (reminder) body += "\nDeze link vervangt die uit eerdere e-mails.\n";
    return body;
}

}  // namespace koers::web
