#pragma once
// The student list's routes by name: registered from these and linked to with `.With(...)`.
#include "platform/web/http/route_path.hpp"

namespace koers::web::roster_paths {

inline constexpr RoutePath kStudents{"/scholen/{school}/leerlingen"};
inline constexpr RoutePath kInvite{"/scholen/{school}/leerlingen/uitnodigen"};
inline constexpr RoutePath kImport{"/scholen/{school}/leerlingen/importeren"};
inline constexpr RoutePath kPreview{"/scholen/{school}/leerlingen/importeren/{import}"};
inline constexpr RoutePath kApply{"/scholen/{school}/leerlingen/importeren/{import}/verwerken"};
inline constexpr RoutePath kUndo{"/scholen/{school}/leerlingen/importeren/{import}/terugdraaien"};
// How far "Verwerken" is, as JSON for the waiting page.
inline constexpr RoutePath kProgress{"/scholen/{school}/leerlingen/importeren/{import}/voortgang"};
// The school's staff and their LOB roles, and importing the staff list.
inline constexpr RoutePath kStaff{"/scholen/{school}/medewerkers"};
inline constexpr RoutePath kStaffInvite{"/scholen/{school}/medewerkers/uitnodigen"};
inline constexpr RoutePath kStaffImport{"/scholen/{school}/medewerkers/importeren"};
inline constexpr RoutePath kStaffPreview{"/scholen/{school}/medewerkers/importeren/{import}"};
inline constexpr RoutePath kStaffApply{
    "/scholen/{school}/medewerkers/importeren/{import}/verwerken"};
inline constexpr RoutePath kStaffUndo{
    "/scholen/{school}/medewerkers/importeren/{import}/terugdraaien"};
// A mentor's activation codes for the students of a group who have no account yet.
inline constexpr RoutePath kCodes{"/scholen/{school}/groepen/{groep}/activeringscodes"};

}  // namespace koers::web::roster_paths
