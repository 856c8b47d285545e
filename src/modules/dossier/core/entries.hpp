#pragma once
// What a loopbaandossier holds: what the student writes, ervaringen (ervaren), reflecties
// (reflecteren) and keuzes (kiezen), their zelfbeeld now and then (self_assessment.hpp), and the
// loopbaangesprekken their mentor records (talks.hpp), each tied to the five loopbaancompetenties,
// declared as forms of the platform's record kernel (platform/core/records). The student's words
// are "je", plain enough for a 13-year-old and still right for a 20-year-old.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/records/form.hpp"

namespace koers::core {

enum class EntryKind { kErvaring, kReflectie, kKeuze, kGesprek, kZelfbeeld, kBewijs };

struct EntryKindInfo {
    EntryKind kind;
    std::string_view code;     // "ervaring"; stored, and in the URL of a new entry
    std::string_view label;    // "Ervaring"
    std::string_view element;  // "ervaren", "reflecteren" or "kiezen"
    std::string_view invite;   // on the button: "Schrijf op wat je hebt gedaan"
    bool by_student = true;    // written by the student (else by the mentor: a gesprek)
};

// Every kind; the student writes those marked by_student.
std::span<const EntryKindInfo> EntryKinds();
const EntryKindInfo& InfoOf(EntryKind kind);
std::optional<EntryKind> EntryKindFromCode(std::string_view code);

// The five loopbaancompetenties (code, the question a student recognises it by).
std::span<const Option> Competencies();
// A competency by its short name, the words in its label's brackets: "kwaliteiten" for "Wat kan
// ik? (kwaliteiten)"; the code itself for an unknown one.
std::string CompetencyShortName(std::string_view code);
// The three elements of a loopbaangerichte leeromgeving, in order.
std::span<const std::string_view> Elements();

// Six weeks without writing: the mentor should ask how it goes (the group page, the dashboard).
inline constexpr int64_t kQuietSeconds = int64_t{42} * 86400;
inline bool IsQuiet(std::optional<int64_t> last_written, int64_t now) {
    return !last_written || now - *last_written > kQuietSeconds;
}

// The form of an entry. A reflectie asks the guided questions of one competency (`competency`,
// a code of Competencies(); the first when empty or unknown).
Form EntryForm(EntryKind kind, std::string_view competency = {});

// Validate() of the entry's form, plus what a kind asks besides (a bewijs's link is a web
// address).
Validation CheckEntry(EntryKind kind, const Form& form, const Fields& fields);

// The competencies an entry is about: a reflectie's one, the chosen ones of the others (a
// zelfbeeld scores all five and is about none in particular).
std::vector<std::string> CompetenciesOf(EntryKind kind, const Fields& fields);
// The line an entry is listed by.
std::string EntryTitle(EntryKind kind, const Fields& fields);

}  // namespace koers::core
