#pragma once
// The records of a school's quality cycle (kwaliteitscyclus) in one schooljaar: the LOB-visie,
// the LOB-beleid with its SMART goals, a werkplan per team with its activities, evaluations,
// leadership conversations and the rows of the LOB-taken matrix. Each record is a set of named
// text fields (platform/core/records; its form, see forms.hpp) plus the few properties the cycle
// reasons about.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/records/fields.hpp"

namespace koers::core {

enum class Kind {
    kVisie,        // one per school and year
    kBeleid,       // one per school and year
    kDoel,         // a SMART goal of the beleid
    kWerkplan,     // one per team and year
    kActiviteit,   // an activity of a werkplan (parent)
    kEvaluatie,    // one for the beleid (no team) and one per werkplan (team)
    kLeiderschap,  // a leiderschapsgesprek
    kTaak,         // a row of the LOB-taken matrix (no team: the school's matrix)
};

std::string_view KindCode(Kind kind);  // stored: "visie", "doel", ...
std::optional<Kind> KindFromCode(std::string_view code);
std::string_view KindLabel(Kind kind);  // "LOB-visie", "Doel", ...

inline constexpr std::string_view kDraft = "concept";  // not yet vastgesteld
inline constexpr std::string_view kVastgesteld = "vastgesteld";
inline constexpr std::string_view kGepland = "gepland";
inline constexpr std::string_view kUitgevoerd = "uitgevoerd";
inline constexpr std::string_view kVervallen = "vervallen";

struct Record {
    int64_t id = 0;
    Kind kind = Kind::kVisie;
    std::optional<int64_t> team_id;
    std::optional<int64_t> parent_id;  // the werkplan of an activity
    std::string status;                // concept/vastgesteld, or an activity's status
    std::string due;                   // "YYYY-MM" for an activity, else ""
    int64_t status_at = 0;             // when it was vastgesteld
    std::string status_by;             // by whom (name)
    int position = 0;
    Fields fields;
};

// Takes `fields` into a record after an edit: the status and month of an activity follow its
// fields, and a vastgesteld visie, beleid or werkplan whose text changes is a concept again
// (it has to be vastgesteld anew). Returns whether any field changed.
bool ApplyEdit(Record& record, Fields fields);

// The school's LOB-taken matrix (or a team's) as it starts: the starter tasks.
std::vector<Record> StarterMatrix(std::optional<int64_t> team_id);

}  // namespace koers::core
