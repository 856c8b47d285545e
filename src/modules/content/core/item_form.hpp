#pragma once
// The fields two versions of a content item are compared by, declared as a form of the
// platform's record kernel (platform/core/records), so the revision comparison and the conflict
// of a stale save list what changed the way every record does. The Markdown text itself is
// compared line by line (diff.hpp): a field-by-field "before / after" of a whole article helps
// nobody.
#include "platform/core/records/form.hpp"

namespace koers::core {

// title, slug, summary, status, publish_at, school_name, cover_alt, highlighted ("ja" or "").
const Form& ItemForm();

}  // namespace koers::core
