#pragma once
// Doorstroomgegevens: where a school's leavers went. Published aggregate figures, never about
// one person: per school (BRIN), onderwijstype, year of leaving and destination, how many went
// there and how many of them were still there a year later. A count under 5 is not known to
// Koers: it arrives suppressed ("<5") or is suppressed on import, and stays so (decision 0038).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

// Where leavers went: back into vo, mbo by level, hbo, wo, other education, no funded education,
// or a destination the source suppressed (DUO writes `XXXX` where a destination is too small).
enum class Destination { kVo, kMbo1, kMbo2, kMbo3, kMbo4, kHbo, kWo, kOverig, kGeen, kAfgeschermd };

std::span<const Destination> AllDestinations();
std::string_view DestinationCode(Destination d);   // "mbo4": in files and URLs
std::string_view DestinationLabel(Destination d);  // "mbo niveau 4": on pages
// The destination a file names, by code or by the usual spellings ("MBO niveau 4", "mbo-4",
// "XXXX"); nullopt for anything else.
std::optional<Destination> DestinationFrom(std::string_view text);

// Figures below this are never shown or kept.
inline constexpr int64_t kSmallestShown = 5;

// A count that is known, or suppressed (fewer than kSmallestShown, or hidden by the source).
struct Count {
    std::optional<int64_t> value;  // nullopt: "<5"
    bool known() const { return value.has_value(); }
    // The text on a page: "<5" or the number.
    std::string Text() const;
    static Count Of(int64_t n) {  // suppresses 1..4 (a 0 is shown: nobody went there)
        return n > 0 && n < kSmallestShown ? Count{} : Count{n};
    }
    bool operator==(const Count&) const = default;
};

// One cell of the figures: of the whole school, or of one of its vestigingen (locations).
struct Flow {
    std::string brin;
    std::string onderwijstype;  // as the platform's school codes: "havo", "vmbo-kb", "niveau 4"
    int year = 0;               // the calendar year in which the schooljaar of leaving ended
    Destination to = Destination::kOverig;
    Count leavers;                // went there
    std::optional<Count> stayed;  // of whom still there a year later; nullopt: not in the file
    // "" for the whole school, or the vestiging's two-digit number ("01"). A school's cells of one
    // year are all of the whole school or all per vestiging, never both (decision 0041).
    std::string vestiging;
};

// A vestiging's name as the latest year's file gave it ("" when it gave none).
struct VestigingName {
    std::string brin;
    std::string code;  // "01"
    std::string name;  // "Locatie Noord"
    bool operator==(const VestigingName&) const = default;
};

// How a vestiging is named on a page: "Locatie Noord (vestiging 01)", or "Vestiging 01".
std::string VestigingLabel(const VestigingName& v);
// The vestiging a file names: its number ("1", "01") or the BRIN code with it ("21VZ01", of
// `brin`), as its two digits; nullopt for anything else. "" (the whole school) for an empty text.
std::optional<std::string> VestigingFrom(std::string_view text, std::string_view brin);

// Counts added up (a region's schools, the country): the sum of the known ones, and how many
// "<5" cells are not in it. A suppressed cell never becomes 0 and is never estimated.
struct Total {
    int64_t known = 0;
    int64_t hidden = 0;
    void Add(const Count& c) { c.known() ? known += *c.value : ++hidden; }
    void Add(const Total& t) {
        known += t.known;
        hidden += t.hidden;
    }
    // "123", "<5", or "123 en 2× <5".
    std::string Text() const;
    bool operator==(const Total&) const = default;
};

// The figures of one year, onderwijstype and destination, of one school or added up.
struct FlowSum {
    int year = 0;
    std::string onderwijstype;
    Destination to = Destination::kOverig;
    Total leavers;
    // Still there a year later: `stayed.known` of the `followed` leavers, the known leavers of
    // the cells whose stay is known. A cell whose stay is "<5" is in neither (it counts in
    // `stayed.hidden`), so the share tells nothing about it.
    Total stayed;
    int64_t followed = 0;
    std::optional<double> Retention() const;  // percent
    // Adds the counts of another cell (of another school, or another onderwijstype).
    void Add(const FlowSum& other) {
        leavers.Add(other.leavers);
        stayed.Add(other.stayed);
        followed += other.followed;
    }
};

// A school's flows as sums (one per cell), in the order given.
std::vector<FlowSum> AsSums(std::span<const Flow> flows);

// The onderwijstypes a flow may name: every type a vo, mbo or hbo school can offer.
bool IsFlowOnderwijstype(std::string_view code);

}  // namespace koers::core
