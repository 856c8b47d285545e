#pragma once
// The platform's own routes by name (schools, regions, accounts, beheer): registered from these
// and linked to with `.With(...)`, also by modules.
#include "platform/web/http/route_path.hpp"

namespace koers::web::platform_paths {

inline constexpr RoutePath kDashboard{"/dashboard"};
inline constexpr RoutePath kSchool{"/scholen/{school}"};
inline constexpr RoutePath kSchoolTeams{"/scholen/{school}/teams"};
inline constexpr RoutePath kRegion{"/regios/{region}"};

// Signing in and out, passwords.
inline constexpr RoutePath kLogin{"/inloggen"};
inline constexpr RoutePath kLogout{"/uitloggen"};
inline constexpr RoutePath kLogoutEverywhere{"/account/overal-uitloggen"};
inline constexpr RoutePath kForgotPassword{"/wachtwoord-vergeten"};
inline constexpr RoutePath kSetPassword{"/wachtwoord-instellen"};
inline constexpr RoutePath kChangePassword{"/account/wachtwoord"};
// Signing in through a federation (OpenID Connect): begun with a provider, answered at one
// address for all providers (the redirect URI registered with each).
inline constexpr RoutePath kFederatedSignIn{"/inloggen/extern/{aanbieder}"};
inline constexpr RoutePath kFederatedReturn{"/inloggen/extern/terug"};
// A person removes their own link with a federation (on the account page).
inline constexpr RoutePath kRemoveOwnLink{"/account/koppelingen/{aanbieder}/verwijderen"};
// A student without e-mail activates their account with the code their mentor gave them.
inline constexpr RoutePath kActivate{"/activeren"};

// Beheer.
inline constexpr RoutePath kAdmin{"/beheer"};
inline constexpr RoutePath kRegions{"/beheer/regios"};
inline constexpr RoutePath kSchools{"/beheer/scholen"};
inline constexpr RoutePath kNewSchool{"/beheer/scholen/nieuw"};
inline constexpr RoutePath kEditSchool{"/beheer/scholen/{school}"};
inline constexpr RoutePath kEditSchoolTeams{"/beheer/scholen/{school}/teams"};
inline constexpr RoutePath kEditSchoolSignIn{"/beheer/scholen/{school}/inloggen"};
inline constexpr RoutePath kUsers{"/beheer/gebruikers"};
inline constexpr RoutePath kUser{"/beheer/gebruikers/{user}"};
inline constexpr RoutePath kUserRoles{"/beheer/gebruikers/{user}/rollen"};
inline constexpr RoutePath kRemoveUser{"/beheer/gebruikers/{user}/verwijderen"};
// A beheerder links an identity's request to the account, or removes a link.
inline constexpr RoutePath kUserLinks{"/beheer/gebruikers/{user}/koppelingen"};
inline constexpr RoutePath kRemoveUserLink{
    "/beheer/gebruikers/{user}/koppelingen/{aanbieder}/verwijderen"};
inline constexpr RoutePath kRemoveUserRole{
    "/beheer/gebruikers/{user}/rollen/{membership}/verwijderen"};
inline constexpr RoutePath kOutbox{"/beheer/e-mail"};
inline constexpr RoutePath kAudit{"/beheer/audit"};

// Operations.
inline constexpr RoutePath kHealth{"/healthz"};
inline constexpr RoutePath kMetrics{"/metrics"};

}  // namespace koers::web::platform_paths
