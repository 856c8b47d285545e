#pragma once
// Who a connection is and how many the server may hold: the client address behind trusted
// proxies, and the connection cap that follows from the open-file limit.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace koers::web {

bool IsTrustedProxy(std::string_view address, const std::vector<std::string>& trusted);

// The client's address: the socket's peer, or, when the peer is a trusted proxy, the right-most
// address in X-Forwarded-For that is not itself a trusted proxy (the one the proxies saw).
// Entries that are not IP addresses are not believed.
std::string ClientAddress(std::string_view peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted);

// The connections a process may hold open with `open_files` file descriptors, keeping a reserve
// for the database, logs and the files it reads.
int MaxConnectionsFor(int64_t open_files);

// The soft limit on open file descriptors of this process.
int64_t OpenFileLimit();

}  // namespace koers::web
