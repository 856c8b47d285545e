#pragma once
// The files of a bewijs on its pages: a new bewijs is posted with its first file (multipart), the
// student adds and removes files on the entry's page, and whoever reads the dossier downloads
// them (a look, logged). Every file is checked by its content (platform/core/common/file_type):
// PDF, Word, Excel or an image, at most 10 MB, at most 10 per bewijs and 100 MB per student.
#include <cstdint>

#include "modules/dossier/web/dossier_view.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Adds to a bewijs's page its files ("files": {href, label, size, remove_path}) and, for the
// student, where to add more ("files_path").
void AddEvidenceFiles(Ctx& ctx, const StudentScope& scope, int64_t entry_id, View& v);

}  // namespace koers::web
