#pragma once
// What the personal link and the open link share: the shape of a link's token, the answer to a
// link that does not work, and whether a round still takes answers.
#include <cstdint>
#include <string_view>

#include "modules/scan/storage/scan_repo.hpp"

namespace koers::web {

// Before the link is known nobody knows who follows it: neither "u" nor "je".
inline constexpr const char* kInvalidLink =
    "Deze link werkt niet (meer). Kijk of de hele link is overgenomen. Is er een herinnering "
    "gestuurd? Gebruik dan de link uit de nieuwste e-mail.";

// Whether `t` can be a token Koers made (8-64 letters, digits, '-' and '_'), before any lookup.
bool PlausibleToken(std::string_view t);

// Throws core::Gone, in the respondent's words, when the round no longer takes answers; `je`:
// the respondent is a leerling in a questionnaire of their own.
void RequireRunning(const storage::RoundRecord& round, int64_t now, bool je);

}  // namespace koers::web
