#pragma once
// The networks' routes by name: registered from these and linked to with `.With(...)`.
// {netwerk} is a network of the {region} (or of which the {school} is a member); {lid}, {verslag}
// and {actie} a member, a meeting's record and an action of that network; {document} one of its
// shared documents.
#include "platform/web/http/route_path.hpp"

namespace koers::web::networks_paths {

// The regiocoördinator's: the region's networks, one network and what is kept of it.
inline constexpr RoutePath kRegionNetworks{"/regios/{region}/netwerken"};
inline constexpr RoutePath kRegionNetwork{"/regios/{region}/netwerken/{netwerk}"};
inline constexpr RoutePath kEdit{"/regios/{region}/netwerken/{netwerk}/bewerken"};
inline constexpr RoutePath kMembers{"/regios/{region}/netwerken/{netwerk}/leden"};
inline constexpr RoutePath kRemoveMember{
    "/regios/{region}/netwerken/{netwerk}/leden/{lid}/verwijderen"};
inline constexpr RoutePath kNewMeeting{"/regios/{region}/netwerken/{netwerk}/verslagen/nieuw"};
inline constexpr RoutePath kMeeting{"/regios/{region}/netwerken/{netwerk}/verslagen/{verslag}"};
inline constexpr RoutePath kActions{"/regios/{region}/netwerken/{netwerk}/acties"};
inline constexpr RoutePath kAction{"/regios/{region}/netwerken/{netwerk}/acties/{actie}"};
inline constexpr RoutePath kDocuments{"/regios/{region}/netwerken/{netwerk}/documenten"};
inline constexpr RoutePath kDocument{"/regios/{region}/netwerken/{netwerk}/documenten/{document}"};
inline constexpr RoutePath kRemoveDocument{
    "/regios/{region}/netwerken/{netwerk}/documenten/{document}/verwijderen"};

// A member school's staff: the networks the school is in, and one of them to read.
inline constexpr RoutePath kSchoolNetworks{"/scholen/{school}/netwerken"};
inline constexpr RoutePath kSchoolNetwork{"/scholen/{school}/netwerken/{netwerk}"};
inline constexpr RoutePath kSchoolDocument{
    "/scholen/{school}/netwerken/{netwerk}/documenten/{document}"};

}  // namespace koers::web::networks_paths
