#pragma once
// The content item form of the redactie: reading it into a record (with validation) and
// rendering it (new, edit, with errors, or after a conflicting save).
#include <vector>

#include "modules/content/core/diff.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/records/fields.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Another editor saved first: their version and the body differences with this user's text.
struct Conflict {
    storage::ContentRecord current;
    std::vector<core::DiffLine> body_diff;
};

// Reads the posted fields into `rec` (keeping kind and id) and validates them. A cover must be
// one of `attachments` and an image.
core::Validation ReadForm(Ctx& ctx, storage::ContentRecord& rec,
                          const std::vector<storage::AttachmentInfo>& attachments);

Response EditorForm(Ctx& ctx, const storage::ContentRecord& rec, const core::Validation& v,
                    int status, const Conflict* conflict = nullptr);

// The item named by the {item} path parameter; throws core::NotFound.
storage::ContentRecord LoadItem(Ctx& ctx);
// Concept, gepubliceerd, gearchiveerd as {code, label, selected} options.
ViewList StatusOptions(std::string_view selected);

// A version's fields of core::ItemForm(), to compare two versions the record kernel's way.
core::Fields ItemFields(const storage::ContentRecord& rec);

// Diff lines as a view list ({text, added, removed}).
ViewList DiffView(const std::vector<core::DiffLine>& lines);

}  // namespace koers::web
