#include "modules/doorstroom/core/flows.hpp"

#include <algorithm>
#include <array>

#include "platform/core/common/validation.hpp"
#include "platform/core/org/school.hpp"

namespace koers::core {
namespace {

struct DestinationInfo {
    Destination d;
    std::string_view code;
    std::string_view label;
};

constexpr std::array<DestinationInfo, 10> kDestinations = {{
    {Destination::kVo, "vo", "voortgezet onderwijs"},
    {Destination::kMbo1, "mbo1", "mbo niveau 1"},
    {Destination::kMbo2, "mbo2", "mbo niveau 2"},
    {Destination::kMbo3, "mbo3", "mbo niveau 3"},
    {Destination::kMbo4, "mbo4", "mbo niveau 4"},
    {Destination::kHbo, "hbo", "hbo"},
    {Destination::kWo, "wo", "wo"},
    {Destination::kOverig, "overig", "ander onderwijs"},
    {Destination::kGeen, "geen", "geen bekostigd onderwijs"},
    {Destination::kAfgeschermd, "afgeschermd", "afgeschermde bestemming"},
}};

constexpr std::array<Destination, 10> kAll = {
    Destination::kVo,   Destination::kMbo1,       Destination::kMbo2, Destination::kMbo3,
    Destination::kMbo4, Destination::kHbo,        Destination::kWo,   Destination::kOverig,
    Destination::kGeen, Destination::kAfgeschermd};

// Other spellings seen in files, lower case with spaces, hyphens and dots removed.
constexpr std::pair<std::string_view, Destination> kAliases[] = {
    {"voortgezetonderwijs", Destination::kVo},
    {"mboniveau1", Destination::kMbo1},
    {"mboentree", Destination::kMbo1},
    {"entree", Destination::kMbo1},
    {"mboniveau2", Destination::kMbo2},
    {"mboniveau3", Destination::kMbo3},
    {"mboniveau4", Destination::kMbo4},
    {"anderonderwijs", Destination::kOverig},
    {"geenbekostigdonderwijs", Destination::kGeen},
    {"geenonderwijs", Destination::kGeen},
    {"xxxx", Destination::kAfgeschermd},
    {"onbekend", Destination::kAfgeschermd},
};

std::string Folded(std::string_view text) {
    std::string out;
    for (char c : AsciiLower(Trim(text)))
        if (c != ' ' && c != '-' && c != '.' && c != '_') out += c;
    return out;
}

}  // namespace

std::span<const Destination> AllDestinations() { return kAll; }

std::string_view DestinationCode(Destination d) {
    return kDestinations[static_cast<size_t>(d)].code;
}

std::string_view DestinationLabel(Destination d) {
    return kDestinations[static_cast<size_t>(d)].label;
}

std::optional<Destination> DestinationFrom(std::string_view text) {
    const std::string folded = Folded(text);
    for (const auto& info : kDestinations)
        if (folded == info.code) return info.d;
    for (const auto& [alias, d] : kAliases)
        if (folded == alias) return d;
    return std::nullopt;
}

std::string VestigingLabel(const VestigingName& v) {
    if (v.name.empty()) return "Vestiging " + v.code;
    return v.name + " (vestiging " + v.code + ")";
}

std::optional<std::string> VestigingFrom(std::string_view text, std::string_view brin) {
    std::string code = Trim(text);
    if (code.empty()) return code;
    if (code.size() == 6 && AsciiLower(code.substr(0, 4)) == AsciiLower(brin)) code.erase(0, 4);
    if (code.size() > 2 || code.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return code.size() == 1 ? "0" + code : code;
}

std::string Count::Text() const { return value ? std::to_string(*value) : std::string("<5"); }

std::string Total::Text() const {
    if (hidden == 0) return std::to_string(known);
    if (known == 0 && hidden == 1) return "<5";
    return std::to_string(known) + " en " + std::to_string(hidden) + "× <5";
}

std::optional<double> FlowSum::Retention() const {
    if (followed == 0) return std::nullopt;
    return 100.0 * static_cast<double>(stayed.known) / static_cast<double>(followed);
}

std::vector<FlowSum> AsSums(std::span<const Flow> flows) {
    std::vector<FlowSum> out;
    out.reserve(flows.size());
    for (const auto& f : flows) {
        FlowSum s{f.year, f.onderwijstype, f.to};
        s.leavers.Add(f.leavers);
        if (f.leavers.known() && f.stayed) {
            s.stayed.Add(*f.stayed);
            if (f.stayed->known()) s.followed = *f.leavers.value;
        }
        out.push_back(std::move(s));
    }
    return out;
}

bool IsFlowOnderwijstype(std::string_view code) {
    for (Sector s : AllSectors()) {
        const auto types = OnderwijstypesFor(s);
        if (std::find(types.begin(), types.end(), code) != types.end()) return true;
    }
    return false;
}

}  // namespace koers::core
