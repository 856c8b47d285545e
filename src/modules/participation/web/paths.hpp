#pragma once
// Participation's routes by name: registered from these and linked to with `.With(...)`.
// {activiteit} is an activity of a werkplan of the school (a quality record).
#include "platform/web/http/route_path.hpp"

namespace koers::web::participation_paths {

// The schooljaar's activities with how many took part.
inline constexpr RoutePath kOverview{"/scholen/{school}/deelname"};
// One activity: the figures per cohort and per group.
inline constexpr RoutePath kActivity{"/scholen/{school}/deelname/{activiteit}"};
// Who of a group took part (the mentor of the group or the decaan records it).
inline constexpr RoutePath kGroup{"/scholen/{school}/deelname/{activiteit}/groepen/{groep}"};

// The activities one student took part in (the student, their mentor, the decaan).
inline constexpr RoutePath kStudent{"/scholen/{school}/leerlingen/{leerling}/activiteiten"};
}  // namespace koers::web::participation_paths
