#pragma once
// A record's content as named text fields, and how it is stored: the part of the record kernel
// every capability with user-edited records shares (the kwaliteitscyclus's visie, beleid and
// werkplannen today; dossier entries, assignments and events next). See form.hpp for the fields'
// declaration and checks.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

// Field name -> value. Multiple choices are stored comma-separated ("a,b").
using Fields = std::map<std::string, std::string, std::less<>>;

// The stored form of a record's fields: one "name=value" line each, with '\\' and newlines
// escaped. An empty field is the same as a missing one and is not stored. DecodeFields ignores
// lines it cannot read, so a damaged body loses a field, never the record.
std::string EncodeFields(const Fields& fields);
Fields DecodeFields(std::string_view body);

// The value of `name`, or "" (a missing field reads as empty).
std::string_view FieldOf(const Fields& fields, std::string_view name);
// Splits a comma-separated choice value; empty parts are dropped.
std::vector<std::string> SplitChoices(std::string_view value);

}  // namespace koers::core
