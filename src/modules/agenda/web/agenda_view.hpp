#pragma once
// Views shared by the agenda's pages: an event as the agenda, its page and the organiser show it,
// and one form field for the partial agenda_field.
#include <string>
#include <string_view>

#include "modules/agenda/storage/agenda_repo.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// title, href (the public page), when, place, online_url, audience, scope ("Landelijk" or the
// region), places, full, open, closed_reason, description and programme (paragraphs).
View EventView(const storage::StoredEvent& s, int64_t now);

// kChoice is a select and kChecks a group of checkboxes: their `options` are ChoiceViews, a
// check's with an `id` too.
enum class FieldKind { kLine, kEmail, kDateTime, kNumber, kText, kChoice, kChecks };

// One field of a form for the partial agenda_field: its error from `v`, `help` under the label.
View FieldView(std::string_view name, std::string_view label, std::string value, FieldKind kind,
               int maxlength, bool required, const core::Validation& v, std::string_view help = {});

}  // namespace koers::web
