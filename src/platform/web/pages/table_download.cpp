#include "platform/web/pages/table_download.hpp"

namespace koers::web {

Response TableDownload(const std::vector<Sheet>& sheets, const std::string& name, bool xlsx) {
    Response res;
    res.content_type = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            : "text/csv; charset=utf-8";
    res.body = xlsx ? ToXlsx(sheets) : ToCsv(sheets);
    res.SetHeader("Content-Disposition",
                  "attachment; filename=\"" + name + (xlsx ? ".xlsx\"" : ".csv\""));
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

}  // namespace koers::web
