#pragma once
// One way to show, add and save an entry of a loopbaandossier, whoever writes it: the student
// their ervaringen, reflecties and keuzes, the mentor or decaan a loopbaangesprek. The form of
// its kind with the writer's input kept on every error, optimistic saving (a save from an older
// page shows both versions and overwrites nothing), and the student's words ("je") or the
// staff's ("u") in the messages.
#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/records/form.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct EntryPage {
    const StudentScope& scope;
    core::EntryKind kind;
    const storage::DossierEntry* stored = nullptr;  // nullptr: a new entry
};

// Whether the signed-in person writes entries of this kind in this dossier: the student their
// own kinds, a mentor of the student's group or the decaan a gesprek.
bool MayWrite(const Ctx& ctx, const StudentScope& scope, core::EntryKind kind);

// The form of an entry of `kind` (a reflectie's questions are those of its competency).
core::Form FormFor(core::EntryKind kind, const core::Fields& fields);

// The {entry} of the dossier; throws core::NotFound.
storage::DossierEntry LoadEntry(Ctx& ctx, const StudentScope& scope);

// The page of an entry: its form when the signed-in person writes it, else its fields to read.
// `more` adds what the kind's page shows besides (the reflectie's choice, the question library).
Response ShowEntryForm(Ctx& ctx, const EntryPage& page, const core::Form& form,
                       const core::Fields& fields, const core::Validation& errors, int status,
                       View more = {});

// Validates the post and adds an entry of `kind`; the form again (400) on errors.
Response CreateEntry(Ctx& ctx, const StudentScope& scope, core::EntryKind kind, View more = {});
// Validates the post and saves `entry` on the version the form was loaded with; both versions
// (409) when someone saved in between.
Response SaveEntry(Ctx& ctx, const StudentScope& scope, const storage::DossierEntry& entry,
                   View more = {});

}  // namespace koers::web
