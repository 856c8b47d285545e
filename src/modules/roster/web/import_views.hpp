#pragma once
// What the pages for importing a student list and a staff list share: the uploaded file checked
// for presence and size, the history of the school's imports of one kind with the undo button on
// the last applied import, and lists of messages.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/roster/storage/roster_repo.hpp"
#include "platform/core/common/audit_action.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/web/http/route_path.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Sets "has_history" and "history" on `v`: the school's imports of `kind`, latest first, each a
// link to its preview (`preview`) with when, by whom, its result, and the undo form (`undo`)
// for the school's last applied import.
void SetImportHistory(View& v, const Ctx& ctx, int64_t school, storage::ImportKind kind,
                      const RoutePath& preview, const RoutePath& undo);

// The one uploaded file of a form's field "bestand", or an error on `v` (with the HTTP status
// to answer in `status`): no file (`missing` says what to choose) or one over 2 MB.
std::optional<std::string_view> UploadedList(const Ctx& ctx, core::Validation& v, int& status,
                                             std::string_view missing);

// The uploaded file's name as the history shows it, or `fallback` for none or an odd one.
std::string UploadName(const Ctx& ctx, std::string_view fallback);

// The import of `kind` named by the path's {school} and {import}; core::NotFound otherwise.
storage::RosterImport LoadImport(const Ctx& ctx, storage::ImportKind kind);

// Undoes the import of `kind` named by the path (the school's last applied one, of either kind;
// RosterService::Undo), tells the sessions of everyone whose roles changed, writes `audit_action`
// to the audit log and returns to `back` ({school}).
Response UndoImport(Ctx& ctx, storage::ImportKind kind, const core::AuditAction& audit_action,
                    const RoutePath& back);

ViewList Texts(const std::vector<std::string>& texts);

}  // namespace koers::web
