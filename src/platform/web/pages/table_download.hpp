#pragma once
// The one way a page offers its tables as a download: CSV or XLSX (render/table_export), as an
// attachment, never cached (the tables hold a school's own figures or a list of people).
#include <string>
#include <vector>

#include "platform/web/http/message.hpp"
#include "platform/web/render/table_export.hpp"

namespace koers::web {

// `sheets` as "<name>.xlsx" when `xlsx`, else as "<name>.csv".
Response TableDownload(const std::vector<Sheet>& sheets, const std::string& name, bool xlsx);

}  // namespace koers::web
