#pragma once
// One way to show, save, adopt and delete any quality-cycle record: the form of its kind with
// the user's input kept on every error, optimistic saving (a stale save shows both versions and
// never overwrites silently), "vaststellen" with its preconditions, and soft deletion. The pages
// per kind only say what the record is and what else its page shows.
#include <functional>
#include <optional>
#include <string>

#include "modules/quality/core/record.hpp"
#include "modules/quality/storage/quality_repo.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_view.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

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
    std::string action;       // where the form posts
    std::string adopt_path;   // "vaststellen", for a record that is adopted
    std::string delete_path;  // for a record that can be deleted
    std::string done_path;    // where saving leads
    bool may_edit = false;
    bool may_adopt = false;  // shows "Vaststellen" (or what still blocks it)
    int children = 0;        // goals of the beleid, activities of a werkplan
    bool may_delete = false;
    // Above the form when saving would undo a vaststelling (a goal of the vastgestelde beleid);
    // a vastgesteld document itself gets its warning without it.
    std::string adopted_warning;
    // The printable version (`?afdrukken`, kShow of a stored record): read-only, without the
    // forms and buttons of the page.
    bool print = false;
    View view = Object();  // what else the page shows (goals, activities), for the template
};

// Makes `page` the page of one record of a list (`paths`): a new record when `existing` is false
// (its form posts to the list), else the {record} of the path, which must be of the page's kind
// and team (core::NotFound otherwise). A werkplan's activities have the {team} in their paths
// (`team_segment`). `query` ("?team=4") is kept on the form's and the removal's address.
void OpenListed(Ctx& ctx, const YearScope& scope, RecordPage& page, bool existing,
                const quality_paths::ListedPaths& paths, const std::string& query = {},
                std::optional<int64_t> team_segment = std::nullopt);

// What a route does with the record its page describes. kNew shows the empty form of a record
// to add (only in an open schooljaar, only to who may edit); kAdopt is "vaststellen", which needs
// the version the user saw and nothing blocking it.
enum class RecordAction { kShow, kNew, kSave, kAdopt, kDelete };

// Builds the page of a route's record for a request (throws core::NotFound for a record that is
// not of this school, schooljaar, team or kind).
using PageBuilder = std::function<RecordPage(Ctx&, const YearScope&)>;

// The handler of a record route: loads the schooljaar, builds the page, checks who may do it,
// and shows, saves, adopts or deletes.
Handler RecordRoute(RecordAction action, PageBuilder build);

}  // namespace koers::web
