#pragma once
// A student's loopbaandossier: their entries on the record kernel (platform/storage/
// record_store, scoped to the enrolment, so an entry id of another student finds nothing), the
// summary a mentor's group overview reads, and the log of who looked at the dossier.
// Thread-safe (each call leases its own connection).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "modules/dossier/core/entries.hpp"
#include "platform/core/records/fields.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/record_store.hpp"

namespace koers::storage {

struct DossierEntry {
    int64_t id = 0;
    core::EntryKind kind = core::EntryKind::kErvaring;
    core::Fields fields;
    int version = 0;
    int64_t created_at = 0;
    int64_t updated_at = 0;
};

// One student of a group as the mentor's overview shows them.
struct DossierSummary {
    int64_t student_id = 0;
    int64_t entries = 0;                     // written by the student
    std::optional<int64_t> last_at;          // the last time the student wrote or changed one
    std::vector<std::string> elements_done;  // of "ervaren", "reflecteren", "kiezen"
    std::optional<int64_t> last_talk;        // the last loopbaangesprek recorded
    int64_t talks = 0;
    std::string vervolgopleiding;  // the latest keuze of a vervolgopleiding ("" when none)
};

// An entry a student brings from a dossier kept elsewhere (an export of another Koers).
struct CarriedEntry {
    core::EntryKind kind = core::EntryKind::kErvaring;
    core::Fields fields;
    int64_t created_at = 0;
};

// One look at a dossier by someone other than the student.
struct DossierLook {
    std::string viewer_name;
    std::string basis;  // "mentor van groep 3B"
    std::string what;   // "het dossier"
    int64_t at = 0;
};

class DossierRepo {
public:
    explicit DossierRepo(Database& db) : db_(db) {}

    // The student's entries, the last changed first (deleted ones left out).
    std::vector<DossierEntry> Entries(int64_t student_id);
    std::optional<DossierEntry> Entry(int64_t student_id, int64_t id);
    int64_t Add(int64_t student_id, core::EntryKind kind, const core::Fields& fields,
                const Author& by, int64_t now);
    // False, writing nothing, when `version` is no longer the stored one.
    bool Save(int64_t student_id, int64_t id, int version, const core::Fields& fields,
              const Author& by, int64_t now);
    bool Delete(int64_t student_id, int64_t id, int version, const Author& by, int64_t now);

    // Adds `entries` to the student's dossier in one transaction, keeping when each was written,
    // with `note` ("meegenomen uit ...") on their first version. An entry that is already there
    // (same kind, moment and text) is skipped, so carrying the same file twice adds nothing.
    // Returns per entry its new id, or nullopt for one that was there already.
    std::vector<std::optional<int64_t>> Carry(int64_t student_id,
                                              const std::vector<CarriedEntry>& entries,
                                              const Author& by, int64_t now, std::string_view note);

    // Shares the student's live entry with their parents, or stops sharing it; false when there
    // is no such entry in this dossier.
    bool ShareWithParents(int64_t student_id, int64_t entry_id, bool shared, int64_t now);
    // The entries the student shares with their parents.
    std::set<int64_t> SharedWithParents(int64_t student_id);
    // Whether a parent is linked to the student's account.
    bool HasParents(int64_t student_user_id);

    // Per current student of the group, in two queries (the counts; the keuzes of a
    // vervolgopleiding).
    std::vector<DossierSummary> Summaries(int64_t group_id);

    void LogLook(int64_t student_id, const Author& viewer, std::string_view basis,
                 std::string_view what, int64_t now);
    // The latest looks first.
    std::vector<DossierLook> Looks(int64_t student_id, int limit);

private:
    Database& db_;
};

}  // namespace koers::storage
