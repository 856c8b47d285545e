#pragma once
// The web half of the record kernel (platform/core/records, platform/storage/record_store): the
// views any module's record pages are made of. A form's fields with the user's values and Dutch
// errors (template partial "record_fields"), the filled fields for reading, the changes between
// two versions (history, year comparison) and the conflict a stale save shows (partial
// "record_conflict": what is stored now against the user's version, which stays in the form).
#include <string>
#include <vector>

#include "platform/core/common/validation.hpp"
#include "platform/core/records/form.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// The fields of a form for the partial "record_fields", with values and errors.
ViewList FieldViews(const core::Form& form, const core::Fields& values,
                    const core::Validation& errors);
// AddErrors for a form of FieldViews: an error of one of the form's fields links to the field's
// input ("#f-<name>"), one of another field to "#<name>".
void AddFieldErrors(View& view, const core::Form& form, const core::Validation& errors);
// Label/value pairs of the filled fields, for reading.
ViewList ReadViews(const core::Form& form, const core::Fields& values);
// Changed fields as label/before/after, for a table of changes.
ViewList ChangeViews(const std::vector<core::FieldChange>& changes);
// The view "conflict" of the partial "record_conflict": `message` and, per field that differs,
// what is stored now (before) and the user's input (after), "(leeg)" for an empty one; `yours`
// heads the user's column ("Jouw versie" for a student).
View ConflictView(const std::string& message, const std::vector<core::FieldChange>& changes,
                  const std::string& yours = "Uw versie");

// The version a record form was loaded with (its hidden field "version"); throws
// core::InvalidInput, in Dutch, for a form without one.
int PostedVersion(const Ctx& ctx);

}  // namespace koers::web
