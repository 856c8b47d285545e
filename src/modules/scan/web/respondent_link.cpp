#include "modules/scan/web/respondent_link.hpp"

#include <cctype>

#include "modules/scan/core/round.hpp"
#include "platform/core/common/errors.hpp"

namespace koers::web {

bool PlausibleToken(std::string_view t) {
    if (t.size() < 8 || t.size() > 64) return false;
    for (char c : t)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    return true;
}

void RequireRunning(const storage::RoundRecord& round, int64_t now, bool je) {
    switch (core::StateOf(round.closed_at, round.deadline, now)) {
        case core::RoundState::kOpen:
            return;
        case core::RoundState::kExpired:
            throw core::Gone(je ? "Deze vragenlijst is voorbij: je kunt geen antwoorden meer "
                                  "inleveren. Wil je toch nog meedoen? Vraag het je mentor of "
                                  "decaan."
                                : "De einddatum van deze LOB-scan is verstreken. Antwoorden "
                                  "kunnen niet meer worden ingeleverd; neem contact op met de "
                                  "LOB-coördinator als u nog wilt meedoen.");
        case core::RoundState::kClosed:
            throw core::Gone(je ? "Deze vragenlijst is gesloten: je kunt geen antwoorden meer "
                                  "inleveren."
                                : "Deze LOB-scan is gesloten. Antwoorden kunnen niet meer worden "
                                  "ingeleverd.");
    }
}

}  // namespace koers::web
