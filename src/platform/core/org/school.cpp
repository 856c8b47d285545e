#include "platform/core/org/school.hpp"

#include <algorithm>
#include <array>

#include "platform/core/common/utf8.hpp"
namespace koers::core {
namespace {

constexpr std::array<Sector, 3> kSectors = {Sector::kVo, Sector::kMbo, Sector::kHbo};
constexpr std::array<std::string_view, 7> kVoTypes = {"vmbo-bb", "vmbo-kb", "vmbo-gl", "vmbo-tl",
                                                      "havo",    "vwo",     "pro"};
constexpr std::array<std::string_view, 6> kMboTypes = {"niveau 1", "niveau 2", "niveau 3",
                                                       "niveau 4", "bol",      "bbl"};
constexpr std::array<std::string_view, 4> kHboTypes = {"associate degree", "bachelor", "master",
                                                       "deeltijd"};

}  // namespace

std::string_view SectorCode(Sector s) {
    switch (s) {
        case Sector::kVo:
            return "vo";
        case Sector::kMbo:
            return "mbo";
        case Sector::kHbo:
            return "hbo";
    }
    return "";
}

std::string_view SectorLabel(Sector s) {
    switch (s) {
        case Sector::kVo:
            return "Voortgezet onderwijs (vo)";
        case Sector::kMbo:
            return "Middelbaar beroepsonderwijs (mbo)";
        case Sector::kHbo:
            return "Hoger beroepsonderwijs (hbo)";
    }
    return "";
}

std::optional<Sector> SectorFromCode(std::string_view code) {
    for (auto s : kSectors)
        if (SectorCode(s) == code) return s;
    return std::nullopt;
}

std::span<const Sector> AllSectors() { return kSectors; }

std::span<const std::string_view> OnderwijstypesFor(Sector s) {
    switch (s) {
        case Sector::kVo:
            return kVoTypes;
        case Sector::kMbo:
            return kMboTypes;
        case Sector::kHbo:
            return kHboTypes;
    }
    return {};
}

bool IsValidBrin(std::string_view brin) {
    if (brin.size() != 4) return false;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    return digit(brin[0]) && digit(brin[1]) && (upper(brin[2]) || digit(brin[2])) && upper(brin[3]);
}

std::optional<std::string> CheckName(std::string_view name, std::string_view what) {
    const std::string w(what);
    if (name.empty()) return "Vul de " + w + " in.";
    if (!IsCleanText(name, false)) return "De " + w + " bevat tekens die niet zijn toegestaan.";
    auto len = Utf8Length(name);
    if (len < 2) return "Gebruik minstens 2 tekens voor de " + w + ".";
    if (len > 120) return "Gebruik hoogstens 120 tekens voor de " + w + ".";
    return std::nullopt;
}

Validation ValidateSchool(SchoolInput& in) {
    Validation v;
    in.name = Trim(in.name);
    in.brin = AsciiUpper(Trim(in.brin));
    if (auto e = CheckName(in.name, "naam")) v.Add("name", *e);
    if (in.brin.empty())
        v.Add("brin", "Vul de BRIN-code in.");
    else if (!IsValidBrin(in.brin))
        v.Add("brin", "Een BRIN-code bestaat uit twee cijfers en twee letters, bijvoorbeeld 12AB.");
    auto sector = SectorFromCode(in.sector);
    if (!sector) {
        v.Add("sector", "Kies een sector: vo, mbo of hbo.");
        return v;
    }
    auto allowed = OnderwijstypesFor(*sector);
    std::vector<std::string> kept;
    for (const auto& t : in.onderwijstypes) {
        if (std::find(allowed.begin(), allowed.end(), t) == allowed.end()) {
            v.Add("onderwijstypes", "Kies alleen onderwijstypen die bij de sector passen.");
            break;
        }
        if (std::find(kept.begin(), kept.end(), t) == kept.end()) kept.push_back(t);
    }
    in.onderwijstypes = kept;
    return v;
}

}  // namespace koers::core
