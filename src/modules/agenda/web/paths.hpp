#pragma once
// The agenda's routes by name: registered from these and linked to with `.With(...)`.
// {bijeenkomst} is an event; {token} the secret code of one registration (its link in the
// confirmation mail). National events are organised from /redactie, a region's from its page.
#include "platform/web/http/route_path.hpp"

namespace koers::web::agenda_paths {

// For everyone: the coming events, one event (with the registration form), the calendar files.
inline constexpr RoutePath kAgenda{"/agenda"};
inline constexpr RoutePath kFeed{"/agenda/agenda.ics"};
inline constexpr RoutePath kEvent{"/agenda/{bijeenkomst}"};
inline constexpr RoutePath kEventIcs{"/agenda/{bijeenkomst}/bijeenkomst.ics"};
inline constexpr RoutePath kRegister{"/agenda/{bijeenkomst}/aanmelden"};
// A presentation or other file of the event ({bestand}).
inline constexpr RoutePath kEventFile{"/agenda/{bijeenkomst}/bestanden/{bestand}"};
// Events that are over, with what they yielded.
inline constexpr RoutePath kLookBack{"/agenda/terugblik"};
// One registration, seen and cancelled through its code.
inline constexpr RoutePath kRegistration{"/agenda/aanmelding/{token}"};
inline constexpr RoutePath kCancel{"/agenda/aanmelding/{token}/afmelden"};

// A school's staff: the coming events of the networks the school is a member of.
inline constexpr RoutePath kSchoolEvents{"/scholen/{school}/bijeenkomsten"};

// The organiser's pages: national events (redactie) and a region's events (regiocoördinator).
inline constexpr RoutePath kNational{"/redactie/bijeenkomsten"};
inline constexpr RoutePath kNationalNew{"/redactie/bijeenkomsten/nieuw"};
inline constexpr RoutePath kNationalEdit{"/redactie/bijeenkomsten/{bijeenkomst}"};
inline constexpr RoutePath kNationalList{"/redactie/bijeenkomsten/{bijeenkomst}/aanmeldingen"};
inline constexpr RoutePath kNationalCsv{
    "/redactie/bijeenkomsten/{bijeenkomst}/aanmeldingen/aanmeldingen.csv"};
inline constexpr RoutePath kNationalXlsx{
    "/redactie/bijeenkomsten/{bijeenkomst}/aanmeldingen/aanmeldingen.xlsx"};
inline constexpr RoutePath kNationalPresence{
    "/redactie/bijeenkomsten/{bijeenkomst}/aanmeldingen/presentielijst"};
inline constexpr RoutePath kNationalMessage{
    "/redactie/bijeenkomsten/{bijeenkomst}/aanmeldingen/bericht"};
inline constexpr RoutePath kNationalFiles{"/redactie/bijeenkomsten/{bijeenkomst}/bestanden"};
inline constexpr RoutePath kNationalRemoveFile{
    "/redactie/bijeenkomsten/{bijeenkomst}/bestanden/{bestand}/verwijderen"};
inline constexpr RoutePath kRegional{"/regios/{region}/bijeenkomsten"};
inline constexpr RoutePath kRegionalNew{"/regios/{region}/bijeenkomsten/nieuw"};
inline constexpr RoutePath kRegionalEdit{"/regios/{region}/bijeenkomsten/{bijeenkomst}"};
inline constexpr RoutePath kRegionalList{
    "/regios/{region}/bijeenkomsten/{bijeenkomst}/aanmeldingen"};
inline constexpr RoutePath kRegionalCsv{
    "/regios/{region}/bijeenkomsten/{bijeenkomst}/aanmeldingen/aanmeldingen.csv"};
inline constexpr RoutePath kRegionalXlsx{
    "/regios/{region}/bijeenkomsten/{bijeenkomst}/aanmeldingen/aanmeldingen.xlsx"};
inline constexpr RoutePath kRegionalPresence{
    "/regios/{region}/bijeenkomsten/{bijeenkomst}/aanmeldingen/presentielijst"};
inline constexpr RoutePath kRegionalMessage{
    "/regios/{region}/bijeenkomsten/{bijeenkomst}/aanmeldingen/bericht"};
inline constexpr RoutePath kRegionalFiles{"/regios/{region}/bijeenkomsten/{bijeenkomst}/bestanden"};
inline constexpr RoutePath kRegionalRemoveFile{
    "/regios/{region}/bijeenkomsten/{bijeenkomst}/bestanden/{bestand}/verwijderen"};

}  // namespace koers::web::agenda_paths
