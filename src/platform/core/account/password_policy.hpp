#pragma once
// Rules for a new password. Hashing itself is done outside core (web/auth/password.hpp).
#include <optional>
#include <string>
#include <string_view>

namespace koers::core {

inline constexpr size_t kMinPasswordLength = 12;   // characters (OWASP ASVS 2.1.1)
inline constexpr size_t kMaxPasswordLength = 256;  // bytes

// Dutch error message when `password` is not acceptable, else nullopt. `email` and `name` are
// used to reject passwords that merely repeat them.
std::optional<std::string> CheckNewPassword(std::string_view password, std::string_view email,
                                            std::string_view name);

}  // namespace koers::core
