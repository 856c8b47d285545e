#pragma once
// The form of each record kind: its fields with Dutch labels and help, their types and
// choices, and the checks on what a user typed. Validation rejects only what is malformed (a
// date that is no date, a choice that is not offered, text that is too long); a record that is
// merely unfinished is saved and shown as unfinished (see Gaps), never rejected silently.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/quality/core/record.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {

enum class FieldType {
    kLine,     // one line of text
    kText,     // several lines
    kDate,     // "YYYY-MM-DD"
    kMonth,    // "YYYY-MM"
    kChoice,   // one of the options (or empty when not required)
    kChoices,  // any of the options, stored comma-separated
};

struct Option {
    std::string code;
    std::string label;
};

struct FieldSpec {
    std::string name;
    std::string label;
    std::string help;
    FieldType type = FieldType::kLine;
    std::vector<Option> options;
    bool required = false;
};

struct Form {
    Kind kind = Kind::kVisie;
    std::vector<FieldSpec> fields;

    FieldSpec* Find(std::string_view name);
    const FieldSpec* Find(std::string_view name) const;
};

inline constexpr size_t kMaxLineLength = 300;
inline constexpr size_t kMaxTextLength = 20000;

// The form of `kind` at a school of `sector` ("vo", "mbo", "hbo"); `team_level` tells a
// werkplan's evaluation from the beleid's. Choices that depend on the school's own records (the
// goals an activity serves, the LOB-scan themes a goal relates to) are empty here; the caller
// fills them from its data.
Form FormOf(Kind kind, std::string_view sector, bool team_level = false);

// Reads posted name/value pairs: keeps only the form's fields, trims them, writes line ends as
// "\n", and joins the chosen options of a multiple-choice field in the order of the form.
Fields Normalise(const Form& form, const std::vector<std::pair<std::string, std::string>>& posted);

// Checks normalised fields against the form. Messages are Dutch and name the field.
Validation Validate(const Form& form, const Fields& fields);

// What keeps a record from being complete, in Dutch ("indicator", "deadline"): for a goal the
// SMART parts, for a visie its three parts. Empty when complete.
std::vector<std::string> Gaps(Kind kind, const Fields& fields);

// Why a record cannot be vastgesteld yet (empty when it can). `children` counts the beleid's
// goals or the werkplan's activities.
std::vector<std::string> AdoptionBlockers(Kind kind, const Fields& fields, int children);

// The label of an option of a choice field, or the code itself.
std::string OptionLabel(const FieldSpec& field, std::string_view code);

// The name of the participation body that evaluates with the school yearly: the MR in vo,
// the studentenraad in mbo.
std::string_view ParticipationBody(std::string_view sector);

struct FieldChange {
    std::string label;
    std::string before;  // as shown: option labels for choices
    std::string after;
};

// The fields that differ between two versions of a record, in the order of the form. Fields the
// form does not know (from an older form) are compared under their own name.
std::vector<FieldChange> Changes(const Form& form, const Fields& before, const Fields& after);

// A field's value as shown: the labels of the chosen options, joined by ", ".
std::string DisplayValue(const FieldSpec& field, std::string_view value);

}  // namespace koers::core
