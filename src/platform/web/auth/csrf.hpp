#pragma once
// The CSRF token as a page carries it: masked afresh for every page, so that a compressed page
// gives away nothing about it (BREACH: an attacker who can put text in a compressed page and
// watch its size could otherwise learn a secret that is the same in every response). The token
// itself (the session's, or the anonymous visitor's cookie) never changes per page.
#include <string>
#include <string_view>

#include "platform/core/common/environment.hpp"

namespace koers::web::auth {

// `token` masked with fresh randomness: the mask followed by the token XOR the mask, in hex
// (three times as long as the token).
std::string MaskCsrf(std::string_view token, core::Random& random);

// Whether `sent` (from a form or the X-CSRF-Token header) is `token`, masked by MaskCsrf or as it
// is; compared in constant time.
bool CsrfMatches(std::string_view sent, std::string_view token);

}  // namespace koers::web::auth
