#pragma once
// A request as Beast read it, turned into Koers's own `Request`: header names in lower case,
// the client's address (behind trusted proxies) and a request id for the logs.
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "platform/web/http/message.hpp"

namespace koers::web {

// Moves the body out of `request`. `peer` is the socket's peer address.
Request FromBeast(boost::beast::http::request<boost::beast::http::string_body>& request,
                  std::string_view peer, const std::vector<std::string>& trusted_proxies);

}  // namespace koers::web
