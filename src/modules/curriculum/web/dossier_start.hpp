#pragma once
// Where the curriculumplanner meets the loopbaandossier (so in the web part, which links both
// modules; the cores know only the platform). What a student's loopbaandossier gets when they begin
// an activity of the curriculumplanner: an entry of the kind the activity asks for, filled in with
// what the school already knows (the title, what sort of ervaring, the competencies), in the
// dossier's own codes. What the student did, saw and thinks stays theirs to write.
#include <string_view>

#include "modules/dossier/core/entries.hpp"
#include "platform/core/records/form.hpp"

namespace koers::web {

struct EntryStart {
    core::EntryKind kind = core::EntryKind::kErvaring;
    core::Fields fields;
};

// The entry a student begins from `activity` (the planner's fields) and `assignment` (the
// opdrachtenbank's fields it was taken from; empty when none or no longer visible). An activity
// with ervaren starts an ervaring, else one with reflecteren a reflectie, else a keuze.
EntryStart StartOf(const core::Fields& activity, const core::Fields& assignment);

// The dossier's code of a loopbaancompetentie of the platform's vocabulary (lob/vocabulary):
// "werk" for "werkexploratie"; empty for an unknown code.
std::string_view DossierCompetency(std::string_view code);

}  // namespace koers::web
