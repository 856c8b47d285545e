#pragma once
// Keeping and erasing loopbaandossiers: a school's retention term, the leavers whose dossier
// still holds something, the warning given per leaving, and erasing everything the dossier
// module holds for an enrolment (entries with every version, reactions, the log of looks,
// requests for a gesprek). Thread-safe; safe for several koers processes at once.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct LeaverDossier {
    int64_t student_id = 0;
    int64_t school_id = 0;
    std::string school_name;
    std::string name;
    std::string email;
    int64_t left_at = 0;
    int years = 0;                          // the school's term
    std::optional<int64_t> warned_left_at;  // the leaving the student was warned about
    bool holds = false;                     // the dossier holds entries or looks (Holds)
};

class RetentionRepo {
public:
    explicit RetentionRepo(Database& db) : db_(db) {}

    // The school's term in years (core::kDefaultRetentionYears when it chose none).
    int Years(int64_t school_id);
    void SetYears(int64_t school_id, int years);

    // Enrolments that ended (each until its term has passed and it is forgotten).
    std::vector<LeaverDossier> Leavers();
    // Whether the enrolment's dossier holds entries or looks (what Leavers() and Erase count).
    bool Holds(int64_t student_id);
    // Records that the student was warned about the leaving at `left_at`; false (nothing
    // changed) when that warning was already recorded, by this process or another.
    bool MarkWarned(int64_t student_id, int64_t left_at);
    // Erases everything of the enrolment's dossier in one transaction; returns how many entries
    // it held.
    int64_t Erase(int64_t student_id, int64_t now);

private:
    Database& db_;
};

}  // namespace koers::storage
