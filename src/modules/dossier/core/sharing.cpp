#include "modules/dossier/core/sharing.hpp"

#include <array>

#include "modules/dossier/core/entries.hpp"

namespace koers::core {
namespace {

struct StateInfo {
    ShareState state;
    std::string_view code;
    std::string_view label;
};

constexpr std::array<StateInfo, 5> kStates = {{
    {ShareState::kConcept, "concept", "Nog niet verstuurd"},
    {ShareState::kOffered, "aangeboden", "Aangeboden, wacht op de school"},
    {ShareState::kAccepted, "geaccepteerd", "Geaccepteerd: de school kan het lezen"},
    {ShareState::kDeclined, "afgewezen", "Afgewezen door de school"},
    {ShareState::kRevoked, "ingetrokken", "Ingetrokken"},
}};

}  // namespace

std::string_view ShareStateCode(ShareState s) { return kStates[static_cast<size_t>(s)].code; }
std::string_view ShareStateLabel(ShareState s) { return kStates[static_cast<size_t>(s)].label; }

std::optional<ShareState> ShareStateFromCode(std::string_view code) {
    for (const auto& s : kStates)
        if (s.code == code) return s.state;
    return std::nullopt;
}

Form ShareForm() {
    std::vector<Option> parts;
    for (const auto& k : EntryKinds())
        if (k.by_student) parts.push_back({std::string(k.code), std::string(k.label)});
    parts.push_back({"gesprek", "Loopbaangesprekken met je mentor"});
    return {{
        Required(Typed(FieldType::kChoices, "delen", "Wat mag de school lezen?",
                       "Kies wat de school nodig heeft om je goed te begeleiden.", parts)),
        Required(Text("motivatie", "Waarom kies je voor deze school en opleiding?",
                      "Dit is je motivatie in je doorstroomdossier. De school leest het.")),
    }};
}

bool Revocable(ShareState s) { return s != ShareState::kRevoked && s != ShareState::kDeclined; }

}  // namespace koers::core
