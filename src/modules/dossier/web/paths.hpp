#pragma once
// The loopbaandossier's routes by name: registered from these and linked to with `.With(...)`.
// A dossier is reached through the student's enrolment at the school ({leerling}).
#include "platform/web/http/route_path.hpp"

namespace koers::web::dossier_paths {

// The student's own way in: to their dossier at this school.
inline constexpr RoutePath kMine{"/scholen/{school}/mijn-dossier"};

inline constexpr RoutePath kDossier{"/scholen/{school}/leerlingen/{leerling}/dossier"};
inline constexpr RoutePath kNewEntry{
    "/scholen/{school}/leerlingen/{leerling}/dossier/nieuw/{soort}"};
inline constexpr RoutePath kEntry{"/scholen/{school}/leerlingen/{leerling}/dossier/{entry}"};
inline constexpr RoutePath kDeleteEntry{
    "/scholen/{school}/leerlingen/{leerling}/dossier/{entry}/verwijderen"};
// A new bewijs with its first file (multipart), more files for it, a file, removing one.
inline constexpr RoutePath kNewEvidence{
    "/scholen/{school}/leerlingen/{leerling}/dossier/nieuw-bewijs"};
inline constexpr RoutePath kEvidenceFiles{
    "/scholen/{school}/leerlingen/{leerling}/dossier/{entry}/bestanden"};
inline constexpr RoutePath kEvidenceFile{
    "/scholen/{school}/leerlingen/{leerling}/dossier/{entry}/bestanden/{bestand}"};
inline constexpr RoutePath kRemoveEvidenceFile{
    "/scholen/{school}/leerlingen/{leerling}/dossier/{entry}/bestanden/{bestand}/verwijderen"};
// The student shares an entry with their parents, or stops sharing it.
inline constexpr RoutePath kShareParents{
    "/scholen/{school}/leerlingen/{leerling}/dossier/{entry}/ouders"};
// A reaction on an entry, by the student, the mentor or the decaan.
inline constexpr RoutePath kComment{
    "/scholen/{school}/leerlingen/{leerling}/dossier/{entry}/reageren"};
// The student ticks an agreed action of a gesprek off their to-do list, or back on.
inline constexpr RoutePath kTickAction{"/scholen/{school}/leerlingen/{leerling}/dossier/afspraken"};
// The student asks for a loopbaangesprek.
inline constexpr RoutePath kAskTalk{
    "/scholen/{school}/leerlingen/{leerling}/dossier/gesprek-vragen"};
// Loopbaangesprekken, recorded by the mentor or decaan.
inline constexpr RoutePath kNewTalk{"/scholen/{school}/leerlingen/{leerling}/dossier/gesprek"};
inline constexpr RoutePath kSaveTalk{
    "/scholen/{school}/leerlingen/{leerling}/dossier/gesprek/{entry}"};
// The student's keuzes over the years, from every school's dossier (for the student).
inline constexpr RoutePath kChoices{"/scholen/{school}/leerlingen/{leerling}/dossier/keuzes"};
// Taking the dossier along (for the student): the page, with the upload of a document from a
// previous school, and the downloads.
inline constexpr RoutePath kCarry{"/scholen/{school}/leerlingen/{leerling}/dossier/meenemen"};
inline constexpr RoutePath kExportZip{
    "/scholen/{school}/leerlingen/{leerling}/dossier/loopbaandossier.zip"};
inline constexpr RoutePath kExportJson{
    "/scholen/{school}/leerlingen/{leerling}/dossier/loopbaandossier.json"};
// The published schema of the exported document (public).
inline constexpr RoutePath kSchema{"/schemas/loopbaandossier-v1.json"};
// Erasing the dossier completely: by the student, or by a parent while the student is under 16.
inline constexpr RoutePath kErase{"/scholen/{school}/leerlingen/{leerling}/dossier/wissen"};
inline constexpr RoutePath kParentErase{"/scholen/{school}/leerlingen/{leerling}/ouders/wissen"};
// The school's own questions for loopbaangesprekken, and removing one.
inline constexpr RoutePath kQuestions{"/scholen/{school}/loopbaandossiers/vragen"};
inline constexpr RoutePath kRemoveQuestion{
    "/scholen/{school}/loopbaandossiers/vragen/{vraag}/verwijderen"};
// How long the school keeps a leaver's dossier.
inline constexpr RoutePath kRetention{"/scholen/{school}/loopbaandossiers/bewaartermijn"};
// Sharing with the next school: the student's shares and a new one, one share (preview, status),
// sending it after signing off, revoking it; the receiving school's list, one share, its decision.
inline constexpr RoutePath kShares{"/scholen/{school}/leerlingen/{leerling}/dossier/delen"};
inline constexpr RoutePath kShare{"/scholen/{school}/leerlingen/{leerling}/dossier/delen/{deel}"};
inline constexpr RoutePath kSendShare{
    "/scholen/{school}/leerlingen/{leerling}/dossier/delen/{deel}/versturen"};
inline constexpr RoutePath kRevokeShare{
    "/scholen/{school}/leerlingen/{leerling}/dossier/delen/{deel}/intrekken"};
inline constexpr RoutePath kReceived{"/scholen/{school}/gedeelde-dossiers"};
inline constexpr RoutePath kReceivedShare{"/scholen/{school}/gedeelde-dossiers/{deel}"};
inline constexpr RoutePath kDecideShare{"/scholen/{school}/gedeelde-dossiers/{deel}/besluit"};
// Who looked at the dossier (for the student).
inline constexpr RoutePath kLooks{"/scholen/{school}/leerlingen/{leerling}/dossier/inzage"};

// What parents see of their children, by the age rules.
inline constexpr RoutePath kChildren{"/scholen/{school}/mijn-kinderen"};
inline constexpr RoutePath kForParents{"/scholen/{school}/leerlingen/{leerling}/ouders"};

// The groups a mentor or decaan follows.
inline constexpr RoutePath kGroups{"/scholen/{school}/groepen"};
inline constexpr RoutePath kGroup{"/scholen/{school}/groepen/{groep}"};

}  // namespace koers::web::dossier_paths
