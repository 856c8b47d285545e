#pragma once
// The loopbaandossier's housekeeping (Module::housekeeping): a month before a leaver's dossier
// reaches the end of the school's term the student gets a mail with where to download it; at the
// end it is erased completely with the enrolment, and the accounts only it held (decision 0049),
// and the audit log says so (without content).
namespace koers::web {

struct Services;

void KeepDossierRetention(Services& app);

}  // namespace koers::web
