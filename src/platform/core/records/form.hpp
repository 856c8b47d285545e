#pragma once
// The declared form of a record (the record kernel, with fields.hpp): its fields with Dutch
// labels and help, their types and choices, reading what a user posted, and the checks on it.
// Validation rejects only what is malformed (a date that is no date, a choice that is not
// offered, text that is too long or holds control characters), with a Dutch message naming the
// field; whether a record is complete is the capability's own rule.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/common/validation.hpp"
#include "platform/core/records/fields.hpp"

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
    std::vector<FieldSpec> fields;

    FieldSpec* Find(std::string_view name);
    const FieldSpec* Find(std::string_view name) const;
};

inline constexpr size_t kMaxLineLength = 300;
inline constexpr size_t kMaxTextLength = 20000;

// Declaring fields: a line or several lines of text, a typed field, a required one.
FieldSpec Line(std::string name, std::string label, std::string help = {});
FieldSpec Text(std::string name, std::string label, std::string help = {});
FieldSpec Typed(FieldType type, std::string name, std::string label, std::string help = {},
                std::vector<Option> options = {});
FieldSpec Required(FieldSpec f);

// Reads posted name/value pairs: keeps only the form's fields, trims them, writes line ends as
// "\n", and joins the chosen options of a multiple-choice field in the order of the form.
Fields Normalise(const Form& form, const std::vector<std::pair<std::string, std::string>>& posted);

// A stored record's fields with what a link proposes to add (read with Normalise), for a form
// the user still saves: a text field's addition goes below what is there (unless it is there
// already), a multiple-choice field gains the proposed options; every other field keeps its
// stored value.
Fields WithAdditions(const Form& form, Fields stored, const Fields& additions);

// Checks normalised fields against the form. Messages are Dutch and name the field.
Validation Validate(const Form& form, const Fields& fields);

// The label of an option of a choice field, or the code itself.
std::string OptionLabel(const FieldSpec& field, std::string_view code);

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
