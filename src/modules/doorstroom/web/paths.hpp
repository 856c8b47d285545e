#pragma once
// Doorstroom's routes by name: registered from these and linked to with `.With(...)`. The
// dashboards take ?type=<onderwijstype>&jaar=<year> (both optional).
#include "platform/web/http/route_path.hpp"

namespace koers::web::doorstroom_paths {

// Where the school's leavers went, with its region and the country beside it.
inline constexpr RoutePath kSchool{"/scholen/{school}/doorstroom"};
inline constexpr RoutePath kSchoolCsv{"/scholen/{school}/doorstroom/doorstroom.csv"};
inline constexpr RoutePath kSchoolXlsx{"/scholen/{school}/doorstroom/doorstroom.xlsx"};
// The same for a region's schools added up, beside the country.
inline constexpr RoutePath kRegion{"/regios/{region}/doorstroom"};
inline constexpr RoutePath kRegionCsv{"/regios/{region}/doorstroom/doorstroom.csv"};
inline constexpr RoutePath kRegionXlsx{"/regios/{region}/doorstroom/doorstroom.xlsx"};
// The beheerder imports the published figures (the whole country, a year at a time or more).
inline constexpr RoutePath kImport{"/beheer/doorstroom"};

}  // namespace koers::web::doorstroom_paths
