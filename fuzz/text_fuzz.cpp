// Fuzz target: validation of user text (names, e-mail addresses, BRIN codes, passwords).
#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/core/account/password_policy.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/org/school.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string in(reinterpret_cast<const char*>(data), size);
    using namespace koers::core;
    bool clean = IsCleanText(in, true);
    if (LooksLikeEmail(in) && !clean) __builtin_trap();
    CheckNewPassword(in, in, in);
    SchoolInput school{in, in, in.substr(0, 3), {in}, {}};
    auto v = ValidateSchool(school);
    if (v.ok() && !IsValidBrin(school.brin)) __builtin_trap();
    CheckName(in, "naam");
    Trim(in);
    return 0;
}
