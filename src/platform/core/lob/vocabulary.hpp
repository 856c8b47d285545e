#pragma once
// The words LOB is planned in, shared by every capability that plans or records it: the five
// loopbaancompetenties (Kuijpers) and the three elements of a loopbaangerichte leeromgeving, as
// staff name them. The codes are stored (quality_records, curriculum_assignments): never change
// one. The loopbaandossier asks a student the same competencies as questions of their own
// (modules/dossier/core/entries.hpp).
#include <vector>

#include "platform/core/records/form.hpp"

namespace koers::core {

// kwaliteiten, motieven, werkexploratie, loopbaansturing, netwerken.
const std::vector<Option>& LoopbaanCompetencies();
// ervaren, reflecteren, kiezen.
const std::vector<Option>& LeeromgevingElements();

}  // namespace koers::core
