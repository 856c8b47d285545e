#pragma once
// Koers's own request and response types. Handlers and the router see only these, never Beast
// types, so request handling is a pure function of the request that tests call without a socket.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace koers::web {

using Pairs = std::vector<std::pair<std::string, std::string>>;

struct Request {
    std::string method;  // "GET", "POST", ...
    std::string target;  // raw request target, e.g. "/beheer/scholen?pagina=2"
    Pairs headers;       // names lower-case
    std::string body;
    std::string remote_address;
    std::string request_id;

    // Header value by lower-case name.
    std::optional<std::string_view> Header(std::string_view name) const;
};

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    Pairs headers;  // extra headers; Set-Cookie may repeat
    std::string body;
    // Instead of `body`: bytes owned elsewhere that outlive the response (static assets, held
    // by Assets for the life of the server), sent without a copy.
    std::string_view static_body;
    // The request's target as it may be written to a log: one-time secrets replaced (set by the
    // router, see LoggableTarget).
    std::string log_target;
    // For a published page (Router::Published): when the data it shows was last known to be
    // current, in Unix milliseconds, if earlier than when it was made. The page is kept a second
    // from then, so a cached copy never adds its second to the data's own (0: when made).
    int64_t current_as_of_ms = 0;

    size_t BodySize() const { return static_body.empty() ? body.size() : static_body.size(); }

    void SetHeader(std::string name, std::string value) {
        headers.emplace_back(std::move(name), std::move(value));
    }
    std::optional<std::string_view> Header(std::string_view name) const;
};

// A 303 See Other to a local path (never an absolute URL).
Response Redirect(std::string_view local_path);
// A redirect off the site, only to an OpenID provider's address (from the installation's
// configuration or the provider's discovery document), never to one a request names.
Response RedirectToProvider(std::string_view url);
Response Text(int status, std::string body);
Response Json(int status, std::string body);
// A stored file: PDF and images open in the browser, anything else is downloaded. `filename` is
// already safe (core::SafeFileName); `shared_cache` lets shared caches keep public files for five
// minutes, else nothing keeps it.
Response FileResponse(std::string media_type, const std::string& filename, std::string body,
                      bool shared_cache);

}  // namespace koers::web
