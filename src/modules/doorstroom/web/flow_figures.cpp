#include "modules/doorstroom/web/flow_figures.hpp"

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
        const auto flows = repo_.All();
        const auto sums = core::AsSums(flows);
        for (size_t i = 0; i < flows.size(); ++i) next->schools[flows[i].brin].push_back(sums[i]);
        next->national = repo_.National();
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
