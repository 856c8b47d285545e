#pragma once
// Koers's requests to an OpenID provider (discovery, keys, the token endpoint), through
// libcurl: HTTPS or HTTP only, no redirects followed, answers of at most 256 KB, three seconds to
// connect and five in all, so a provider that hangs holds a handler for seconds, not minutes.
#include <string>
#include <utility>
#include <vector>

namespace koers::web::auth {

struct ProviderAnswer {
    long status = 0;    // 0 when no answer came
    std::string body;   // at most kMaxAnswerBytes
    std::string error;  // libcurl's reason when status is 0, or "te groot"
    bool ok() const { return status == 200 && error.empty(); }
};

inline constexpr size_t kMaxAnswerBytes = 256 * 1024;

ProviderAnswer ProviderGet(const std::string& url);
// Posts `fields` as application/x-www-form-urlencoded, with HTTP basic authentication
// (client_secret_basic) when `user` is not empty.
ProviderAnswer ProviderPost(const std::string& url,
                            const std::vector<std::pair<std::string, std::string>>& fields,
                            const std::string& user, const std::string& password);

}  // namespace koers::web::auth
