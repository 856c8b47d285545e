#pragma once
// The sign-in page, also where a federated sign-in that did not work ends, with its reason:
// signing in with an e-mail address and password is always one step away.
#include <string>

#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// `terug` when it is a path on this site, else the dashboard (no open redirects).
std::string SafeReturn(const std::string& terug);
Response LoginPage(Ctx& ctx, const std::string& email, const std::string& error,
                   const std::string& terug, int status);
// The buttons that begin a sign-in with each federation the installation is registered with;
// with an invitation, the sign-in links that invitation's account.
void AddFederationButtons(Ctx& ctx, View& view, const std::string& terug,
                          const std::string& invitation);

}  // namespace koers::web
