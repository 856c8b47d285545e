#pragma once
// The LOB-scan's routes by name: registered from these and linked to with `.With(...)`.
#include "platform/web/http/route_path.hpp"

namespace koers::web::scan_paths {

// Rounds of a school, and running one.
inline constexpr RoutePath kRounds{"/scholen/{school}/scan"};
inline constexpr RoutePath kTeams{"/scholen/{school}/scan/teams"};  // teams side by side
inline constexpr RoutePath kNewRound{"/scholen/{school}/scan/nieuw"};
inline constexpr RoutePath kRound{"/scholen/{school}/scan/{round}"};
inline constexpr RoutePath kRoundQr{"/scholen/{school}/scan/{round}/deelnemen/{group}"};
inline constexpr RoutePath kInvite{"/scholen/{school}/scan/{round}/uitnodigen"};
inline constexpr RoutePath kRemind{"/scholen/{school}/scan/{round}/herinneren"};
inline constexpr RoutePath kDeadline{"/scholen/{school}/scan/{round}/einddatum"};
inline constexpr RoutePath kClose{"/scholen/{school}/scan/{round}/sluiten"};

// Results, their downloads and the actions taken from them; a region's figures.
inline constexpr RoutePath kResults{"/scholen/{school}/scan/{round}/resultaten"};
inline constexpr RoutePath kResultsCsv{"/scholen/{school}/scan/{round}/resultaten.csv"};
inline constexpr RoutePath kResultsXlsx{"/scholen/{school}/scan/{round}/resultaten.xlsx"};
inline constexpr RoutePath kActions{"/scholen/{school}/scan/{round}/acties"};
inline constexpr RoutePath kDeleteAction{
    "/scholen/{school}/scan/{round}/acties/{action}/verwijderen"};
inline constexpr RoutePath kRegion{"/regios/{region}/scan"};

// Answering, through a group's open link or a personal link.
inline constexpr RoutePath kOpen{"/scan/open/{token}"};
inline constexpr RoutePath kAnswer{"/scan/antwoord/{token}"};
inline constexpr RoutePath kAnswerOverview{"/scan/antwoord/{token}/overzicht"};
inline constexpr RoutePath kSubmit{"/scan/antwoord/{token}/inleveren"};

// The instrument's versions (beheer).
inline constexpr RoutePath kInstruments{"/beheer/scan"};
inline constexpr RoutePath kInstrument{"/beheer/scan/{instrument}"};
inline constexpr RoutePath kNewVersion{"/beheer/scan/{instrument}/nieuw"};

}  // namespace koers::web::scan_paths
