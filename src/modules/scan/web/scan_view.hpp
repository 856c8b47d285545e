#pragma once
// Shared pieces of the LOB-scan pages: number formats and round summaries (paths: paths.hpp).
#include <cstdint>
#include <optional>
#include <string>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;
// The team of the {round} of a route under /scholen/{school}: a team round's team; nullopt for a
// school-wide round or one that is not this school's. For Access::Within.
std::optional<core::Target> TeamOfRound(const Ctx& ctx);
// "67%" or "–" when there is no value.
std::string Percent(const std::optional<double>& v);
// "2,8" or "–".
std::string MeanPhase(const std::optional<double>& v);
// A change in percentage points: "+12", "−5", "gelijk", or "" when there is nothing to compare.
std::string Delta(const std::optional<double>& v);
// "koers-delta--up" / "--down" / "--same" for a change.
std::string DeltaClass(const std::optional<double>& v);

// Title, scope ("Hele school" or the team), state, deadline and paths of a round.
View RoundSummary(const storage::RoundRecord& round, int64_t now);

// The e-mail to a respondent of `audience` (invitation or reminder), in the words of the
// questionnaire they get: "je" for leerlingen with questions of their own, "u" for the others.
std::string InvitationMail(const std::string& school, const storage::RoundRecord& round,
                           const core::Instrument& instrument, core::Audience audience,
                           const std::string& link, bool reminder);

}  // namespace koers::web
