#pragma once
// The doorstroom figures kept in memory, so a dashboard adds up nothing in the database: every
// school's figures as sums (by BRIN code) and the country's, of both kinds (the flows, and uitval
// en overstap). Read whole at start and after this
// process imported; another process's import is seen at most a second later (its year's stamp
// changed), so every node shows the same figures within a second. The copy is replaced whole,
// and a reader keeps the one it took for its request.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "modules/doorstroom/core/attrition.hpp"
#include "modules/doorstroom/core/flows.hpp"
#include "modules/doorstroom/core/inflow.hpp"
#include "modules/doorstroom/storage/doorstroom_repo.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/change_watch.hpp"

namespace koers::web {

// A vestiging's own figures.
struct VestigingFigures {
    core::VestigingName vestiging;
    std::vector<core::FlowSum> sums;
};

struct FlowSnapshot {
    // By BRIN code: the whole school's figures (its vestigingen's added up, where it has them),
    // and its vestigingen's, by number.
    std::unordered_map<std::string, std::vector<core::FlowSum>> schools;
    std::unordered_map<std::string, std::vector<VestigingFigures>> vestigingen;
    std::vector<core::FlowSum> national;
    // Uitval en overstap by BRIN code (of whole schools), and the country's added up.
    std::unordered_map<std::string, std::vector<core::AttritionSum>> attrition;
    std::vector<core::AttritionSum> attrition_national;
    // Instroom by receiving institution's BRIN code: only ever shown to that institution.
    std::unordered_map<std::string, std::vector<core::InflowCell>> inflow;
    storage::FigureStamps stamps;  // what it was read from

    // The figures of these schools added up (a region's, a network's).
    std::vector<core::FlowSum> Added(std::span<const std::string> brins) const;
    // One school's; empty when there are none.
    const std::vector<core::FlowSum>& OfSchool(const std::string& brin) const;
    // The same for uitval en overstap.
    std::vector<core::AttritionSum> AttritionAdded(std::span<const std::string> brins) const;
    const std::vector<core::AttritionSum>& AttritionOfSchool(const std::string& brin) const;
    const std::vector<core::InflowCell>& InflowOfSchool(const std::string& brin) const;
    // A school's vestigingen with figures; empty when its figures are of the whole school only.
    const std::vector<VestigingFigures>& VestigingenOf(const std::string& brin) const;
};

class FlowFigures {
public:
    FlowFigures(storage::DoorstroomRepo& repo, core::Clock& clock);

    // Reads everything (at start, and after this process imported).
    void LoadAll();
    // The current copy; looks for other processes' imports when the last look is a second old.
    std::shared_ptr<const FlowSnapshot> Current();

private:
    storage::DoorstroomRepo& repo_;
    core::Clock& clock_;
    std::shared_ptr<const FlowSnapshot> snapshot_;  // std::atomic_load / std::atomic_store
    storage::ChangeWatch watch_;
};

}  // namespace koers::web
