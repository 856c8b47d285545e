#pragma once
// Sharing a loopbaandossier with the next school (DOMAIN.md §6): the student chooses the school
// and the parts, writes why (the doorstroomdossier's motivation), reads exactly what the school
// will see and signs it off; the school accepts or declines; the student revokes at any time.
// Only an accepted share is read, and only while it stays accepted.
#include <optional>
#include <string_view>

#include "platform/core/records/form.hpp"

namespace koers::core {

enum class ShareState { kConcept, kOffered, kAccepted, kDeclined, kRevoked };

std::string_view ShareStateCode(ShareState s);   // stored: "aangeboden"
std::string_view ShareStateLabel(ShareState s);  // shown: "Aangeboden, wacht op de school"
std::optional<ShareState> ShareStateFromCode(std::string_view code);

// What the student fills in: the parts ("delen", codes of the student's entry kinds) and the
// motivation ("motivatie", required).
Form ShareForm();

// Whether the student can still revoke (every state but revoked and declined).
bool Revocable(ShareState s);

}  // namespace koers::core
