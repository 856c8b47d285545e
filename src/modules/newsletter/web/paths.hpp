#pragma once
// The nieuwsbrief's routes by name: registered from these and linked to with `.With(...)`.
// {token} is the secret code of one link in a mail (hashed in the database, hidden in the access
// log); {editie} an issue.
#include "platform/web/http/route_path.hpp"

namespace koers::web::newsletter_paths {

// For everyone: what the nieuwsbrief is and the form to subscribe.
inline constexpr RoutePath kNewsletter{"/nieuwsbrief"};
// The link of the confirmation mail (double opt-in): a page with a button, so that a mail
// program that opens links to check them confirms nothing.
inline constexpr RoutePath kConfirm{"/nieuwsbrief/bevestigen/{token}"};
// The link of every issue's mail: the subscriber's preferences, and unsubscribing (one click:
// the List-Unsubscribe header's POST needs no form token).
inline constexpr RoutePath kPreferences{"/nieuwsbrief/voorkeuren/{token}"};
inline constexpr RoutePath kUnsubscribe{"/nieuwsbrief/afmelden/{token}"};

// The redactie: the issues, composing one, sending it and following how far it is.
inline constexpr RoutePath kIssues{"/redactie/nieuwsbrief"};
inline constexpr RoutePath kNewIssue{"/redactie/nieuwsbrief/nieuw"};
inline constexpr RoutePath kIssue{"/redactie/nieuwsbrief/{editie}"};
inline constexpr RoutePath kSendIssue{"/redactie/nieuwsbrief/{editie}/verzenden"};
inline constexpr RoutePath kDeleteIssue{"/redactie/nieuwsbrief/{editie}/verwijderen"};
inline constexpr RoutePath kIssueProgress{"/redactie/nieuwsbrief/{editie}/voortgang"};

}  // namespace koers::web::newsletter_paths
