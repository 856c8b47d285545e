#pragma once
// Shares of loopbaandossiers with a next school (core/sharing): the student's side, limited to
// their enrolment, and the receiving school's side, limited to that school, so an id of another
// student or school finds nothing. Every change of state is one conditional update: two clicks
// or two processes cannot both succeed. Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/dossier/core/sharing.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct ShareRecord {
    int64_t id = 0;
    int64_t student_id = 0;
    int64_t to_school_id = 0;
    std::string to_school_name;
    std::string from_school_name;
    std::string student_name;
    std::vector<std::string> kinds;  // entry kind codes
    std::string motivation;
    std::string advice;  // the mentor's, as the student signed it off
    core::ShareState state = core::ShareState::kConcept;
    int64_t created_at = 0;
    std::optional<int64_t> decided_at;
    std::string decided_by;
};

class ShareRepo {
public:
    explicit ShareRepo(Database& db) : db_(db) {}

    int64_t Create(int64_t student_id, int64_t to_school_id, const std::vector<std::string>& kinds,
                   const std::string& motivation, const std::string& advice, int64_t now);
    // The student's own share; nullopt for another student's id.
    std::optional<ShareRecord> OfStudent(int64_t student_id, int64_t id);
    std::vector<ShareRecord> AllOfStudent(int64_t student_id);
    // A share sent to the school; nullopt for a concept or another school's share.
    std::optional<ShareRecord> ToSchool(int64_t school_id, int64_t id);
    // Offered and accepted shares to the school, the newest first.
    std::vector<ShareRecord> AllToSchool(int64_t school_id);

    // concept -> aangeboden, by the student.
    bool Send(int64_t student_id, int64_t id);
    // Any state but revoked or declined -> ingetrokken, by the student.
    bool Revoke(int64_t student_id, int64_t id, int64_t now);
    // aangeboden -> geaccepteerd or afgewezen, by the school.
    bool Decide(int64_t school_id, int64_t id, bool accept, const std::string& by, int64_t now);

private:
    std::vector<ShareRecord> Select(const std::string& where, const std::vector<Value>& params);
    Database& db_;
};

}  // namespace koers::storage
