#pragma once
// Schools, regions and teams: the tenants of Koers.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/validation.hpp"

namespace koers::core {

enum class Sector { kVo, kMbo, kHbo };

std::string_view SectorCode(Sector s);   // "vo", "mbo", "hbo"
std::string_view SectorLabel(Sector s);  // "Voortgezet onderwijs", ...
std::optional<Sector> SectorFromCode(std::string_view code);
std::span<const Sector> AllSectors();
// The onderwijstypes a school of this sector can offer (codes are also the labels).
std::span<const std::string_view> OnderwijstypesFor(Sector s);

struct SchoolInput {
    std::string name;
    std::string brin;
    std::string sector;                       // code as submitted
    std::vector<std::string> onderwijstypes;  // codes as submitted
    std::optional<int64_t> region_id;
};

// Normalises (trims, upper-cases the BRIN code) and validates a school form.
Validation ValidateSchool(SchoolInput& input);
// A BRIN code: two digits and two capital letters, e.g. "12AB".
bool IsValidBrin(std::string_view brin);
// A name for a school, team or region: 2..120 characters of clean text. `what` names the
// field in the message, e.g. "naam van het team" ("Vul de naam van het team in.").
std::optional<std::string> CheckName(std::string_view name, std::string_view what);

}  // namespace koers::core
