#include "modules/curriculum/web/dossier_start.hpp"

#include <array>
#include <string>
#include <utility>

namespace koers::web {
namespace {

// The platform's codes (the planner and the bank) against the dossier's, which were chosen for
// short URLs before the vocabulary was shared; both are stored and never change.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kCompetencies = {{
    {"kwaliteiten", "kwaliteiten"},
    {"motieven", "motieven"},
    {"werkexploratie", "werk"},
    {"loopbaansturing", "sturing"},
    {"netwerken", "netwerk"},
}};

// An assignment's werkvorm as the sort of ervaring a student recognises.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kErvaringen = {{
    {"open-dag", "open-dag"},
    {"meeloopdag", "meeloopdag"},
    {"stage", "stage"},
    {"bedrijfsbezoek", "bedrijfsbezoek"},
    {"gastles", "voorlichting"},
    {"interview", "beroepsgesprek"},
}};

std::string_view Lookup(std::span<const std::pair<std::string_view, std::string_view>> table,
                        std::string_view key) {
    for (const auto& [from, to] : table)
        if (from == key) return to;
    return {};
}

bool Has(const core::Fields& fields, std::string_view name, std::string_view code) {
    for (const auto& c : core::SplitChoices(core::FieldOf(fields, name)))
        if (c == code) return true;
    return false;
}

}  // namespace

std::string_view DossierCompetency(std::string_view code) { return Lookup(kCompetencies, code); }

EntryStart StartOf(const core::Fields& activity, const core::Fields& assignment) {
    std::string competencies;
    for (const auto& c : core::SplitChoices(core::FieldOf(activity, "competenties")))
        if (const auto code = DossierCompetency(c); !code.empty()) {
            if (!competencies.empty()) competencies += ',';
            competencies += code;
        }
    EntryStart out;
    out.fields["titel"] = std::string(core::FieldOf(activity, "titel"));
    if (Has(activity, "elementen", "ervaren")) {
        out.kind = core::EntryKind::kErvaring;
        const auto sort = Lookup(kErvaringen, core::FieldOf(assignment, "werkvorm"));
        out.fields["soort"] = sort.empty() ? "anders" : std::string(sort);
        out.fields["competenties"] = competencies;
    } else if (Has(activity, "elementen", "reflecteren")) {
        out.kind = core::EntryKind::kReflectie;
        out.fields["competentie"] = competencies.substr(0, competencies.find(','));
    } else {
        out.kind = core::EntryKind::kKeuze;
        out.fields["soort"] = "stap";
        out.fields["competenties"] = competencies;
    }
    return out;
}

}  // namespace koers::web
