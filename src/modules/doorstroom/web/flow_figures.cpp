#include "modules/doorstroom/web/flow_figures.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace koers::web {

std::vector<core::FlowSum> FlowSnapshot::Added(std::span<const std::string> brins) const {
    std::map<std::tuple<int, std::string, core::Destination>, core::FlowSum> sums;
    for (const auto& brin : brins) {
        const auto found = schools.find(brin);
        if (found == schools.end()) continue;
        for (const auto& s : found->second) {
            auto [at, fresh] = sums.try_emplace({s.year, s.onderwijstype, s.to}, s);
            if (!fresh) at->second.Add(s);
        }
    }
    std::vector<core::FlowSum> out;
    out.reserve(sums.size());
    for (auto& [key, sum] : sums) out.push_back(std::move(sum));
    return out;
}

const std::vector<core::FlowSum>& FlowSnapshot::OfSchool(const std::string& brin) const {
    static const std::vector<core::FlowSum> kNone;
    const auto found = schools.find(brin);
    return found == schools.end() ? kNone : found->second;
}

const std::vector<VestigingFigures>& FlowSnapshot::VestigingenOf(const std::string& brin) const {
    static const std::vector<VestigingFigures> kNone;
    const auto found = vestigingen.find(brin);
    return found == vestigingen.end() ? kNone : found->second;
}

std::vector<core::AttritionSum> FlowSnapshot::AttritionAdded(
    std::span<const std::string> brins) const {
    std::vector<core::AttritionSum> all;
    for (const auto& brin : brins)
        if (const auto found = attrition.find(brin); found != attrition.end())
            all.insert(all.end(), found->second.begin(), found->second.end());
    return core::AddedUp(all);
}

const std::vector<core::AttritionSum>& FlowSnapshot::AttritionOfSchool(
    const std::string& brin) const {
    static const std::vector<core::AttritionSum> kNone;
    const auto found = attrition.find(brin);
    return found == attrition.end() ? kNone : found->second;
}

const std::vector<core::InflowCell>& FlowSnapshot::InflowOfSchool(const std::string& brin) const {
    static const std::vector<core::InflowCell> kNone;
    const auto found = inflow.find(brin);
    return found == inflow.end() ? kNone : found->second;
}

namespace {

// Puts one cell into its school's figures (adding a vestiging's to the school's cell of the same
// year, onderwijstype and destination, which All() gives right before it) and into its
// vestiging's.
void Keep(FlowSnapshot& into, const core::Flow& flow, const core::FlowSum& sum) {
    auto& school = into.schools[flow.brin];
    const bool same = !school.empty() && school.back().year == sum.year &&
                      school.back().onderwijstype == sum.onderwijstype &&
                      school.back().to == sum.to;
    if (same)
        school.back().Add(sum);
    else
        school.push_back(sum);
    if (flow.vestiging.empty()) return;
    auto& parts = into.vestigingen[flow.brin];
    auto part = std::find_if(parts.begin(), parts.end(), [&](const VestigingFigures& v) {
        return v.vestiging.code == flow.vestiging;
    });
    if (part == parts.end())
        part = parts.insert(std::upper_bound(parts.begin(), parts.end(), flow.vestiging,
                                             [](const std::string& code, const auto& v) {
                                                 return code < v.vestiging.code;
                                             }),
                            VestigingFigures{{flow.brin, flow.vestiging, ""}, {}});
    part->sums.push_back(sum);
}

}  // namespace

FlowFigures::FlowFigures(storage::DoorstroomRepo& repo, core::Clock& clock)
    : repo_(repo), clock_(clock), snapshot_(std::make_shared<FlowSnapshot>()), watch_(clock) {}

void FlowFigures::LoadAll() {
    const int64_t started = clock_.NowMillis();
    auto next = std::make_shared<FlowSnapshot>();
    // An import between the reads would change the stamps: then read again, so the copy is of
    // one moment.
    for (;;) {
        next->stamps = repo_.Stamps();
        next->schools.clear();
        next->vestigingen.clear();
        const auto flows = repo_.All();
        const auto sums = core::AsSums(flows);
        for (size_t i = 0; i < flows.size(); ++i) Keep(*next, flows[i], sums[i]);
        for (const auto& named : repo_.Names())
            if (const auto school = next->vestigingen.find(named.brin);
                school != next->vestigingen.end())
                for (auto& v : school->second)
                    if (v.vestiging.code == named.code) v.vestiging.name = named.name;
        next->national = repo_.National();
        next->attrition.clear();
        std::vector<core::AttritionSum> every;
        for (const auto& cell : repo_.Attrition()) {
            every.push_back(core::AttritionSum::Of(cell));
            next->attrition[cell.brin].push_back(every.back());
        }
        next->attrition_national = core::AddedUp(every);
        next->inflow.clear();
        for (auto& cell : repo_.Inflow()) next->inflow[cell.brin].push_back(std::move(cell));
        if (repo_.Stamps() == next->stamps) break;
    }
    std::atomic_store(&snapshot_, std::shared_ptr<const FlowSnapshot>(std::move(next)));
    watch_.Loaded(started);
}

std::shared_ptr<const FlowSnapshot> FlowFigures::Current() {
    watch_.LookIfDue([&](int64_t /*since*/) {
        if (repo_.Stamps() != std::atomic_load(&snapshot_)->stamps) LoadAll();
    });
    return std::atomic_load(&snapshot_);
}

}  // namespace koers::web
