#pragma once
// Shared pieces of the quality-cycle pages: the school and schooljaar a request is about (and
// links within it), who is saving and the forms with the choices that depend on the school's own
// records (the views of a record's form come from platform/web/records).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/quality/core/forms.hpp"
#include "modules/quality/storage/quality_repo.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/route_path.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// The school and schooljaar of a request ("/scholen/{school}/kwaliteit/{jaar}/...").
struct YearScope {
    storage::SchoolRecord school;
    storage::YearRecord year;

    std::string label() const;  // "2026-2027"
    // A route of this schooljaar (quality/web/paths.hpp): {school} and {jaar} filled in, then
    // `more` for the parameters after them. `scope.Link(kGoal, id)`.
    template <class... Values>
    std::string Link(const RoutePath& route, const Values&... more) const {
        return route.With(school.id, year.start_year, more...);
    }
};

// Reads {school} and {jaar}; throws core::NotFound for an unknown school or schooljaar.
YearScope LoadYear(Ctx& ctx);
// The same from the school's schooljaren, newest first (QualityRepo::Years), for a page that
// lists them too: one query for both.
YearScope LoadYear(Ctx& ctx, storage::SchoolRecord school,
                   const std::vector<storage::YearRecord>& years);
// Throws core::Conflict (409, in Dutch) when the schooljaar is closed: it is read-only.
void RequireOpen(const YearScope& scope);
// The same for writing a record of `kind`: the evaluations of the schooljaar just closed stay
// writable while the next one runs (storage::YearRecord::Writable).
void RequireWritable(const YearScope& scope, core::Kind kind);
// For a save the repository refused because the schooljaar was closed meanwhile.
void ThrowIfClosed(storage::SaveResult result, const YearScope& scope);
// For Access::Within: the {team} path parameter, when it is a team of {school}.
std::optional<core::Target> TeamParam(const Ctx& ctx);
// For Access::Within on the LOB-taken routes: the team of the {record}, else the `team` of the
// query (a team's matrix), when it is a team of {school}. Each reads what its handler acts on.
std::optional<core::Target> TeamOfTaskMatrix(const Ctx& ctx);
// For Access::Within: the posted `team` field, when it is a team of {school}.
std::optional<core::Target> TeamField(const Ctx& ctx);
// A {team} of the scope's school; throws core::NotFound for another school's team.
storage::TeamRecord TeamOf(Ctx& ctx, const YearScope& scope);
bool Can(Ctx& ctx, core::Permission permission, const YearScope& scope);

// The form of `kind` with the choices of this school filled in: the goals of the beleid (for an
// activity) and the themes of the school's LOB-scan (for a goal).
core::Form FormFor(Ctx& ctx, const YearScope& scope, core::Kind kind, bool team_level = false);

// "vastgesteld op 3 oktober 2026 door Saskia de Leeuw" or "concept".
std::string StatusText(const core::Record& record);

}  // namespace koers::web
