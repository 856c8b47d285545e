#pragma once
// One field of a form as the partial form_field draws it (label, help, error, the input of its
// kind), every key set so that nothing falls back to a parent's: {{#fields}}{{> form_field}}
// {{/fields}}. The input's id is the field's name, so the error summary's links (form_errors)
// reach it.
#include <string>
#include <string_view>

#include "platform/core/common/validation.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// kChoice is a select and kChecks a group of checkboxes: their `options` are ChoiceViews, a
// check's with an `id` too. kFile takes one file of the kinds CheckUploadedFile keeps (its form
// is sent as multipart/form-data).
enum class FieldKind { kLine, kEmail, kDate, kDateTime, kNumber, kText, kChoice, kChecks, kFile };

// One field: its error from `v`, `help` under the label.
View FieldView(std::string_view name, std::string_view label, std::string value, FieldKind kind,
               int maxlength, bool required, const core::Validation& v, std::string_view help = {});
// One checkbox of a kChecks field called `name`: its id is "<name>-<value>".
View CheckOption(std::string_view name, const std::string& value, std::string label, bool chosen);

}  // namespace koers::web
