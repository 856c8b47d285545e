#pragma once
// Rounds of the LOB-scan: who is asked (respondent groups), the rules for starting a round and
// its state over time. A round belongs to a school, optionally to one team, and keeps the
// instrument version it was started with.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/scan/core/instrument.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {

enum class Group {
    kSchoolleiding,
    kCoordinator,
    kMentoren,
    kDocenten,
    kLeerlingen,
    kOuders,
    kAlumni
};

std::span<const Group> AllGroups();
std::string_view GroupCode(Group g);  // "mentoren"
std::optional<Group> GroupFromCode(std::string_view code);
// A code read back from the database (always one Koers wrote; anything else reads as docenten).
Group StoredGroup(std::string_view code);
// "Mentoren/SLB'ers", with "Leerlingen" and "Oud-leerlingen" in vo, "Studenten" and
// "Oud-studenten" in mbo and hbo.
std::string GroupLabel(Group g, std::string_view sector);
// Leerlingen/studenten, ouders and alumni answer their own questions; the other groups are staff.
Audience AudienceOf(Group g);

// A group with fewer respondents is merged into "overig" (or hidden when that is still small).
inline constexpr int kMinGroupSize = 3;
// Results are shown once at least this many respondents have submitted.
inline constexpr int kMinRespondents = 3;
// Peer figures need at least this many other schools.
inline constexpr int kMinPeerSchools = 5;

struct RoundInput {
    std::string title;
    std::string deadline;  // "2026-12-20" or "2026-12-20T17:00", Amsterdam time
    std::optional<int64_t> team_id;
    std::vector<Group> groups;
};

inline constexpr size_t kMaxRoundTitle = 200;
// A round runs at most this long.
inline constexpr int64_t kMaxRoundSeconds = 366LL * 24 * 3600;

// Checks a new round; sets `deadline` (end of the given day when no time is given).
Validation ValidateRound(const RoundInput& in, int64_t now, int64_t& deadline);
// Whether a round on `instrument` can ask `g`: alumni only in a version with `[alumni]` questions.
bool CanAsk(Group g, const Instrument& instrument);
// Refuses, in words, a group CanAsk says no to (the round form does not offer it).
void CheckGroupsAsked(std::span<const Group> groups, const Instrument& instrument, Validation& v);
// Checks a new deadline for a running round.
Validation ValidateDeadline(std::string_view text, int64_t now, int64_t& deadline);

enum class RoundState { kOpen, kExpired, kClosed };
RoundState StateOf(std::optional<int64_t> closed_at, int64_t deadline, int64_t now);
std::string_view StateLabel(RoundState s);  // "Loopt", "Verlopen", "Gesloten"

// An action point recorded from the results: what, who, by when, optionally for one theme.
struct ActionInput {
    std::string what;
    std::string who;
    std::string due;    // "2027-03-01"
    std::string theme;  // a theme code of the round's instrument, or empty
};
inline constexpr size_t kMaxActionWhat = 300;
inline constexpr size_t kMaxActionWho = 120;
// Checks an action point; `themes` are the instrument's theme codes.
Validation ValidateAction(const ActionInput& in, std::span<const std::string> themes);

// Groups as stored ("schoolleiding,mentoren"); unknown codes are skipped.
std::string JoinGroups(std::span<const Group> groups);
std::vector<Group> SplitGroups(std::string_view csv);

}  // namespace koers::core
