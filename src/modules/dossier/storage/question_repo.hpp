#pragma once
// A school's own questions for loopbaangesprekken (core/talks), limited to the school: an id of
// another school's question finds nothing. Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct SchoolQuestion {
    int64_t id = 0;
    std::string part;        // a TalkPart code
    std::string competency;  // a competency code
    std::string text;
    std::string created_by;
};

class QuestionRepo {
public:
    explicit QuestionRepo(Database& db) : db_(db) {}

    // Adds the question unless the school already has `max` of its own; nullopt then.
    std::optional<int64_t> Add(int64_t school_id, const SchoolQuestion& q, int64_t now, int max);
    std::vector<SchoolQuestion> OfSchool(int64_t school_id);
    // False when it is not one of the school's questions.
    bool Remove(int64_t school_id, int64_t id);

private:
    Database& db_;
};

}  // namespace koers::storage
