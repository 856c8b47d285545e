#pragma once
// The demo world: two regions, nine schools (four with demo staff) and one account per role. Used
// by the demo seeder (src/app/demo_seed.cpp) and, in demo mode only, listed on the sign-in page.
// All names are invented.
#include <span>
#include <string>
#include <string_view>

#include "platform/core/access/roles.hpp"

namespace koers::core {

struct DemoSchool {
    std::string_view name;
    std::string_view brin;
    std::string_view sector;
    std::string_view onderwijstypes;  // comma-separated
    std::string_view region;
    std::span<const std::string_view> teams;
};

struct DemoAccount {
    Role role;
    std::string_view name;
    std::string_view email;
    std::string_view place;  // school BRIN or region name; empty for platform roles
    std::string_view team;   // a team of that school the role is tied to, or empty
};

std::span<const std::string_view> DemoRegions();
std::span<const DemoSchool> DemoSchools();
std::span<const DemoAccount> DemoAccounts();
inline constexpr std::string_view kDemoPassword = "koers-demo-2026";

// A one-page PDF that shows `line` (plain ASCII), for the demo's shared files.
std::string DemoPdf(std::string_view line);

}  // namespace koers::core
