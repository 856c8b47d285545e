#pragma once
// "Nieuw schooljaar starten": the records of one schooljaar become the start of the next, with
// the evaluation's adjustments applied (Act feeds the next Plan).
#include <cstdint>
#include <map>
#include <vector>

#include "modules/quality/core/record.hpp"

namespace koers::core {

struct RecordCopy {
    int64_t source_id = 0;  // the record of last year it came from
    Record record;          // parent_id and the "doel" field still name last year's ids
};

// What the next schooljaar starts with, in an order where every record comes after the
// records it refers to:
// - the visie as it is (an adopted visie stays adopted);
// - the beleid as a concept, with the school evaluation's bijstellingen in "vorig_jaar";
// - goals, except those marked "afronden"; a measured result becomes the new nulmeting, the
//   deadline moves a year, result and judgement are cleared;
// - each werkplan as a concept, with its team evaluation's bijstellingen;
// - activities, except those marked "stoppen"; status back to gepland, month a year later;
// - the LOB-taken matrices as they are.
// Evaluations and leiderschapsgesprekken belong to their year and are not copied.
std::vector<RecordCopy> RollOver(const std::vector<Record>& year);

// Replaces last year's ids in a copy (parent_id, "doel") by the new ids, once the records it
// refers to are stored. A reference to a record that was not copied is cleared.
void Rebase(Record& record, const std::map<int64_t, int64_t>& new_ids);

// "2027-03" a number of months later; "" when `month` is not "YYYY-MM".
std::string ShiftMonth(std::string_view month, int months);

}  // namespace koers::core
