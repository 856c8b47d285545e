#pragma once
// One way to show, save, adopt and delete any quality-cycle record: the form of its kind with
// the user's input kept on every error, optimistic saving (a stale save shows both versions and
// never overwrites silently), "vaststellen" with its preconditions, and soft deletion. The pages
// per kind only say what the record is and what else its page shows.
#include <optional>
#include <string>

#include "core/quality/record.hpp"
#include "storage/repos/quality_repo.hpp"
#include "web/http/router.hpp"
#include "web/pages/quality/quality_view.hpp"
#include "web/render/view.hpp"

namespace koers::web {

struct RecordPage {
    core::Kind kind = core::Kind::kVisie;
    bool team_level = false;                      // a werkplan's evaluation
    std::optional<int64_t> team_id;               // for a new record
    std::optional<int64_t> parent_id;             // for a new activity
    std::optional<storage::StoredRecord> stored;  // nullopt: a new record
    std::string heading;                          // "LOB-visie"
    std::string intro;
    std::string form_heading;  // above the form; "Bewerken" when empty
    std::string back_path;
    std::string back_label;
    std::string action;     // where the form posts
    std::string done_path;  // where saving leads
    bool may_edit = false;
    bool may_adopt = false;  // shows "Vaststellen" (or what still blocks it)
    int children = 0;        // goals of the beleid, activities of a werkplan
    bool may_delete = false;
    View view = Object();  // what else the page shows (goals, activities), for the template
};

Response ShowRecord(Ctx& ctx, const YearScope& scope, RecordPage page);
Response SaveRecord(Ctx& ctx, const YearScope& scope, RecordPage page);
// "Vaststellen": needs the page's record, the version the user saw and no blockers.
Response AdoptRecord(Ctx& ctx, const YearScope& scope, const RecordPage& page);
Response DeleteRecord(Ctx& ctx, const YearScope& scope, const RecordPage& page);

}  // namespace koers::web
