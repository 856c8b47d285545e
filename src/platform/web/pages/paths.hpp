#pragma once
// The platform's own routes by name (schools, regions, accounts, beheer): registered from these
// and linked to with `.With(...)`, also by modules.
#include "platform/web/http/route_path.hpp"

namespace koers::web::platform_paths {

inline constexpr RoutePath kSchool{"/scholen/{school}"};
inline constexpr RoutePath kSchoolTeams{"/scholen/{school}/teams"};
inline constexpr RoutePath kRegion{"/regios/{region}"};

}  // namespace koers::web::platform_paths
