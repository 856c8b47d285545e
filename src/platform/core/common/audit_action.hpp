#pragma once
// What the audit log records: a code for filters and scripts ("content.saved") and the words a
// beheerder reads ("Item opgeslagen"). Every AuditRepo::Record takes one, so no action can be
// logged without its Dutch description.
#include <cstdint>
#include <string_view>

namespace koers::core {

struct AuditAction {
    std::string_view code;
    std::string_view description;
};

// How long the audit log keeps what it records (decision 0048): the client address of a line six
// months (long enough to look into a wave of failed sign-ins), the line itself two years (who
// granted a role, who erased a dossier and why, for the questions that come after a school year).
inline constexpr int64_t kAuditAddressSeconds = int64_t{183} * 24 * 3600;
inline constexpr int64_t kAuditLineSeconds = int64_t{731} * 24 * 3600;

}  // namespace koers::core
