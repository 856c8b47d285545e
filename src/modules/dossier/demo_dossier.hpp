#pragma once
// The loopbaandossiers of the demo world, and the generator the benchmark shares: groups with
// their students (accounts that cannot sign in, except the demo leerling) and entries drawn from
// a set of realistic ervaringen, reflecties and keuzes.
#include <cstdint>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::modules {

struct DemoGroup {
    std::string name;           // "H4A"
    std::string onderwijstype;  // "havo"
    int leerjaar = 0;
    int students = 0;
    std::vector<int64_t> mentors;  // accounts
};

// Adds the groups to `school_id` with generated students (e-mail addresses under `mail_domain`,
// local ids from `first_local_id`) and, per student, 0 to `max_entries` entries spread over the
// last months before `now`. Deterministic. Returns the enrolment ids in order.
std::vector<int64_t> SeedDossierGroups(storage::Database& db, int64_t school_id,
                                       const std::vector<DemoGroup>& groups,
                                       const std::string& mail_domain, int first_local_id,
                                       int max_entries, int64_t now);

// Veldzicht College: three groups; the demo leerling in H4A, whose mentor is the demo mentor,
// with a dossier of her own.
void SeedDemoDossiers(storage::Database& db, int64_t school_id, int64_t now);

}  // namespace koers::modules
