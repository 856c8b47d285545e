#include "platform/web/http/client_limits.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <boost/asio/ip/address.hpp>

namespace koers::web {

bool IsTrustedProxy(std::string_view address, const std::vector<std::string>& trusted) {
    return std::find(trusted.begin(), trusted.end(), address) != trusted.end();
}

std::string ClientAddress(std::string_view peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted) {
    std::string client(peer);
    if (!IsTrustedProxy(peer, trusted)) return client;
    // Walk from the right: each trusted hop vouches for the one before it.
    size_t end = forwarded_for.size();
    while (end > 0) {
        size_t start = forwarded_for.rfind(',', end - 1);
        start = start == std::string_view::npos ? 0 : start + 1;
        std::string_view hop = forwarded_for.substr(start, end - start);
        while (!hop.empty() && hop.front() == ' ') hop.remove_prefix(1);
        while (!hop.empty() && hop.back() == ' ') hop.remove_suffix(1);
        boost::system::error_code ec;
        const auto address = boost::asio::ip::make_address(std::string(hop), ec);
        if (ec) break;  // not an address: believe nothing further left
        client = address.to_string();
        if (!IsTrustedProxy(client, trusted)) break;
        end = start == 0 ? 0 : start - 1;
    }
    return client;
}

int MaxConnectionsFor(int64_t open_files) {
    constexpr int64_t kReserve = 64;  // database connections, logs, files read at start-up
    return static_cast<int>(std::clamp<int64_t>(open_files - kReserve, 8, 100000));
}

int64_t OpenFileLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 1 << 16;
    return static_cast<int64_t>(limit.rlim_cur);
}

}  // namespace koers::web
