#pragma once
// What the organisers' pages share: whose events a page is about (the national ones, from
// /redactie/bijeenkomsten, or a region's, from /regios/{region}/bijeenkomsten), links to that
// organiser's pages, and the {bijeenkomst} of that organiser (404 for another's).
#include <cstdint>
#include <optional>
#include <string>

#include "modules/agenda/storage/agenda_repo.hpp"
#include "modules/agenda/web/paths.hpp"

namespace koers::web {

struct Ctx;

// One organiser's routes: the national ones or a region's (with {region} first).
struct OrganiserPaths {
    RoutePath list, add, edit, registrations, csv, xlsx, presence, message, files, remove_file;
};
inline constexpr OrganiserPaths kNationalPaths{
    agenda_paths::kNational,          agenda_paths::kNationalNew,     agenda_paths::kNationalEdit,
    agenda_paths::kNationalList,      agenda_paths::kNationalCsv,     agenda_paths::kNationalXlsx,
    agenda_paths::kNationalPresence,  agenda_paths::kNationalMessage, agenda_paths::kNationalFiles,
    agenda_paths::kNationalRemoveFile};
inline constexpr OrganiserPaths kRegionalPaths{
    agenda_paths::kRegional,          agenda_paths::kRegionalNew,     agenda_paths::kRegionalEdit,
    agenda_paths::kRegionalList,      agenda_paths::kRegionalCsv,     agenda_paths::kRegionalXlsx,
    agenda_paths::kRegionalPresence,  agenda_paths::kRegionalMessage, agenda_paths::kRegionalFiles,
    agenda_paths::kRegionalRemoveFile};

// Whose events a page is about: a region's ({region}) or the national ones.
struct Organiser {
    std::optional<int64_t> region;
    std::string name;  // "Regio Twente" or "Landelijk"

    // A link to one of the organiser's pages: `path` of kNationalPaths or kRegionalPaths.
    template <class... Ids>
    std::string Link(RoutePath OrganiserPaths::*path, Ids... ids) const {
        return region ? (kRegionalPaths.*path).With(*region, ids...)
                      : (kNationalPaths.*path).With(ids...);
    }
};

// The organiser of the request's route; 404 for a region that does not exist.
Organiser OrganiserOf(const Ctx& ctx);
// The {bijeenkomst} of this organiser; 404 when it is another's or does not exist.
storage::StoredEvent LoadOwnEvent(const Ctx& ctx, const Organiser& o);

}  // namespace koers::web
