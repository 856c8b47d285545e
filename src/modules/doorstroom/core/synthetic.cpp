#include "modules/doorstroom/core/synthetic.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <tuple>

#include "platform/core/org/school.hpp"

namespace koers::core {
namespace {

// A small, fast, deterministic generator (SplitMix64).
struct Random {
    uint64_t state;
    uint64_t Next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double Unit() { return static_cast<double>(Next() >> 11) / static_cast<double>(1ULL << 53); }
    int Between(int lo, int hi) { return lo + static_cast<int>(Next() % (hi - lo + 1)); }
};

struct Route {
    Destination to;
    double weight;
};

// Where leavers of a type usually go, roughly as in the published national figures.
std::vector<Route> RoutesOf(std::string_view type) {
    using D = Destination;
    if (type == "vmbo-bb")
        return {{D::kMbo2, 70}, {D::kMbo1, 12}, {D::kMbo3, 8}, {D::kGeen, 8}, {D::kAfgeschermd, 2}};
    if (type == "vmbo-kb")
        return {{D::kMbo3, 45}, {D::kMbo2, 35}, {D::kMbo4, 10}, {D::kGeen, 7}, {D::kOverig, 3}};
    if (type == "vmbo-gl" || type == "vmbo-tl")
        return {{D::kMbo4, 62}, {D::kVo, 18}, {D::kMbo3, 12}, {D::kGeen, 5}, {D::kOverig, 3}};
    if (type == "havo")
        return {{D::kHbo, 68}, {D::kMbo4, 12}, {D::kVo, 8}, {D::kGeen, 10}, {D::kWo, 2}};
    if (type == "vwo") return {{D::kWo, 72}, {D::kHbo, 16}, {D::kGeen, 11}, {D::kOverig, 1}};
    if (type == "pro") return {{D::kGeen, 55}, {D::kMbo1, 40}, {D::kMbo2, 5}};
    if (type == "niveau 1") return {{D::kMbo2, 45}, {D::kGeen, 55}};
    if (type == "niveau 2") return {{D::kMbo3, 30}, {D::kGeen, 70}};
    if (type == "niveau 3") return {{D::kMbo4, 25}, {D::kGeen, 75}};
    if (type == "niveau 4") return {{D::kHbo, 42}, {D::kGeen, 56}, {D::kOverig, 2}};
    return {};  // bol, bbl and the hbo's types: their leavers are counted by level
}

constexpr std::array<std::string_view, 6> kVoTypes = {"vmbo-bb", "vmbo-kb", "vmbo-gl",
                                                      "vmbo-tl", "havo",    "vwo"};

bool IsHboType(std::string_view type) {
    const auto hbo = OnderwijstypesFor(Sector::kHbo);
    return std::find(hbo.begin(), hbo.end(), type) != hbo.end();
}

constexpr std::array<std::string_view, 5> kPlaces = {"Centrum", "Noord", "Zuid", "Oost", "West"};

// "01", "02", ...: the number of the i-th vestiging.
std::string VestigingCode(size_t i) {
    return std::string(1, static_cast<char>('0' + (i + 1) / 10)) +
           static_cast<char>('0' + (i + 1) % 10);
}

std::string BrinOf(int n) {
    std::string brin = "00AA";
    brin[3] = static_cast<char>('A' + n % 26);
    brin[2] = static_cast<char>('A' + n / 26 % 26);
    brin[1] = static_cast<char>('0' + n / 676 % 10);
    brin[0] = static_cast<char>('0' + n / 6760 % 10);
    return brin;
}

}  // namespace

std::vector<SyntheticSchool> SyntheticSchools(int vo, int mbo, std::span<const std::string> taken,
                                              uint64_t seed, int hbo) {
    Random random{seed};
    Random places{seed ^ 0x5EEDULL};  // its own, so the other figures stay as they were
    std::vector<SyntheticSchool> out;
    int n = 0;
    auto next_brin = [&] {
        std::string brin;
        do brin = BrinOf(n++);
        while (std::find(taken.begin(), taken.end(), brin) != taken.end());
        return brin;
    };
    for (int i = 0; i < vo; ++i) {
        SyntheticSchool s{next_brin(), {}, random.Between(25, 140)};
        const int kind = random.Between(0, 3);  // vmbo, havo/vwo, a scholengemeenschap, all of it
        for (size_t t = 0; t < kVoTypes.size(); ++t) {
            const bool vmbo = t < 4;
            if ((kind == 0 && vmbo) || (kind == 1 && !vmbo) || (kind == 2 && t >= 2) || kind == 3)
                s.onderwijstypes.emplace_back(kVoTypes[t]);
        }
        if (kind == 0 && random.Between(0, 4) == 0) s.onderwijstypes.emplace_back("pro");
        if (places.Between(0, 3) == 0) {
            const int count = places.Between(2, 3);
            const int first = places.Between(0, static_cast<int>(kPlaces.size()) - 1);
            for (int v = 0; v < count; ++v)
                s.vestigingen.push_back("Locatie " +
                                        std::string(kPlaces[(first + v) % kPlaces.size()]));
        }
        out.push_back(std::move(s));
    }
    for (int i = 0; i < mbo; ++i)
        out.push_back({next_brin(),
                       {"niveau 1", "niveau 2", "niveau 3", "niveau 4"},
                       random.Between(300, 1400)});
    for (int i = 0; i < hbo; ++i)
        out.push_back(
            {next_brin(), {"associate degree", "bachelor", "master"}, random.Between(400, 2500)});
    return out;
}

std::vector<Flow> SyntheticFlows(std::span<const SyntheticSchool> schools, int last_year, int years,
                                 uint64_t seed) {
    Random random{seed};
    std::vector<Flow> out;
    for (const auto& school : schools) {
        const size_t parts = std::max<size_t>(1, school.vestigingen.size());
        const int per_part = std::max(1, school.leavers / static_cast<int>(parts));
        for (size_t part = 0; part < parts; ++part)
            for (const auto& type : school.onderwijstypes) {
                const auto routes = RoutesOf(type);
                for (int year = last_year - years + 1; year <= last_year; ++year) {
                    const int leavers =
                        std::max(1, per_part + random.Between(-15, 15) * per_part / 100);
                    for (const auto& route : routes) {
                        const double share = route.weight / 100.0 * (0.75 + 0.5 * random.Unit());
                        const auto n = static_cast<int64_t>(leavers * share);
                        const auto still = static_cast<int64_t>(
                            static_cast<double>(n) *
                            (route.to == Destination::kGeen ? 0.6 : 0.8 + 0.15 * random.Unit()));
                        // Of a "<5", who stayed is "<5" too (flow_file.hpp).
                        const auto went = Count::Of(n);
                        out.push_back({school.brin, type, year, route.to, went,
                                       went.known() ? Count::Of(still) : Count{},
                                       school.vestigingen.empty() ? "" : VestigingCode(part)});
                    }
                }
            }
    }
    return out;
}

std::vector<VestigingName> SyntheticNames(std::span<const SyntheticSchool> schools) {
    std::vector<VestigingName> out;
    for (const auto& school : schools)
        for (size_t i = 0; i < school.vestigingen.size(); ++i)
            out.push_back({school.brin, VestigingCode(i), school.vestigingen[i]});
    return out;
}

std::string ToFlowCsv(std::span<const Flow> flows, std::span<const VestigingName> names) {
    const bool split =
        std::any_of(flows.begin(), flows.end(), [](const Flow& f) { return !f.vestiging.empty(); });
    std::string out = "brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar";
    out += split ? ";vestiging;vestigingsnaam\n" : "\n";
    out.reserve(flows.size() * 48);
    using Key = std::pair<std::string_view, std::string_view>;  // school, number
    std::map<Key, std::string_view> named;
    for (const auto& n : names) named.emplace(Key(n.brin, n.code), n.name);
    for (const auto& f : flows) {
        out += f.brin + ';' + f.onderwijstype + ';' + std::to_string(f.year) + ';' +
               std::string(DestinationCode(f.to)) + ';' + f.leavers.Text() + ';' +
               (f.stayed ? f.stayed->Text() : std::string());
        if (split) {
            const auto name = named.find(Key(f.brin, f.vestiging));
            out += ';' + f.vestiging + ';';
            if (name != named.end()) out += name->second;
        }
        out += '\n';
    }
    return out;
}

std::vector<AttritionCell> SyntheticAttrition(std::span<const SyntheticSchool> schools,
                                              int last_year, int years, uint64_t seed) {
    Random random{seed};
    std::vector<AttritionCell> out;
    for (const auto& school : schools)
        for (const auto& type : school.onderwijstypes) {
            // Percent uitgevallen and overgestapt, about: a percent or two in vo, more in mbo
            // (most at niveau 1), most in the first year of hbo.
            const bool mbo = type.rfind("niveau", 0) == 0;
            const bool hbo = IsHboType(type);
            const double dropped = hbo                  ? 15
                                   : !mbo               ? 1.5
                                   : type == "niveau 1" ? 18
                                   : type == "niveau 2" ? 11
                                                        : 6;
            const double switched = hbo ? 10 : mbo ? 8 : 3;
            for (int year = last_year - years + 1; year <= last_year; ++year) {
                const int enrolled = school.leavers * 3 * (85 + random.Between(0, 30)) / 100;
                auto part = [&](double percent) {
                    return Count::Of(static_cast<int64_t>(enrolled * percent / 100.0 *
                                                          (0.6 + 0.8 * random.Unit())));
                };
                out.push_back(SmallGroupHidden(
                    {school.brin, type, year, Count::Of(enrolled), part(dropped), part(switched)}));
            }
        }
    return out;
}

std::string ToAttritionCsv(std::span<const AttritionCell> cells) {
    std::string out = "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n";
    out.reserve(cells.size() * 40);
    for (const auto& c : cells)
        out += c.brin + ';' + c.onderwijstype + ';' + std::to_string(c.year) + ';' +
               c.enrolled.Text() + ';' + c.dropped.Text() + ';' + c.switched.Text() + '\n';
    return out;
}

std::vector<InflowCell> SyntheticInflow(std::span<const Flow> flows,
                                        std::span<const SyntheticSchool> schools) {
    std::vector<std::string_view> mbo, hbo;
    for (const auto& s : schools)
        for (const auto& t : s.onderwijstypes) {
            if (t == "niveau 4") mbo.push_back(s.brin);
            if (t == "bachelor") hbo.push_back(s.brin);
        }
    using Key = std::tuple<std::string_view, std::string_view, std::string_view, int>;
    std::map<Key, int64_t> came;  // receiver, origin, onderwijstype, year
    for (const auto& f : flows) {
        const bool to_mbo = f.to == Destination::kMbo1 || f.to == Destination::kMbo2 ||
                            f.to == Destination::kMbo3 || f.to == Destination::kMbo4;
        const auto& receivers = to_mbo ? mbo : hbo;
        if (!f.leavers.known() || (!to_mbo && f.to != Destination::kHbo) || receivers.empty())
            continue;
        size_t first = 0;
        for (char c : f.brin) first = first * 31 + static_cast<unsigned char>(c);
        first %= receivers.size();
        const int64_t most = receivers.size() == 1 ? *f.leavers.value : *f.leavers.value * 7 / 10;
        came[{receivers[first], f.brin, f.onderwijstype, f.year}] += most;
        if (most < *f.leavers.value)
            came[{receivers[(first + 1) % receivers.size()], f.brin, f.onderwijstype, f.year}] +=
                *f.leavers.value - most;
    }
    std::vector<InflowCell> out;
    for (const auto& [key, n] : came)
        if (n > 0)
            out.push_back({std::string(std::get<0>(key)), std::string(std::get<1>(key)),
                           std::string(std::get<2>(key)), std::get<3>(key), Count::Of(n)});
    return out;
}

std::string ToInflowCsv(std::span<const InflowCell> cells) {
    std::string out = "instelling;herkomst;onderwijstype;jaar;aantal\n";
    out.reserve(cells.size() * 36);
    for (const auto& c : cells)
        out += c.brin + ';' + c.origin + ';' + c.onderwijstype + ';' + std::to_string(c.year) +
               ';' + c.count.Text() + '\n';
    return out;
}

}  // namespace koers::core
