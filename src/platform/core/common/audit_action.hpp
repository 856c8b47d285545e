#pragma once
// What the audit log records: a code for filters and scripts ("content.saved") and the words a
// beheerder reads ("Item opgeslagen"). Every AuditRepo::Record takes one, so no action can be
// logged without its Dutch description.
#include <string_view>

namespace koers::core {

struct AuditAction {
    std::string_view code;
    std::string_view description;
};

}  // namespace koers::core
