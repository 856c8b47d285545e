#pragma once
// The conversation around a student's loopbaandossier: reactions on an entry (by the student,
// their mentor or the decaan) and the student's request for a loopbaangesprek. Every call is
// limited to one enrolment, so an entry id of another student finds nothing. A request is
// answered when a gesprek is recorded (DossierRepo::Add). Thread-safe.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/storage/db/database.hpp"
#include "platform/storage/record_store.hpp"

namespace koers::storage {

struct DossierComment {
    int64_t id = 0;
    std::string author_name;
    std::string basis;  // "" when the student wrote it; else "mentor van groep 3B", "decaan"
    std::string body;
    int64_t at = 0;
};

struct TalkRequest {
    std::string note;  // what the student wants to talk about (may be empty)
    int64_t asked_at = 0;
};

// An agreed action of a gesprek that the student ticked off.
struct ActionDone {
    int64_t entry_id = 0;
    std::string action;
    int64_t done_at = 0;
};

// A mentor to tell that a student asks for a gesprek.
// An open request for a gesprek that no mentor hears of: the student has no group, or the group
// has no mentor (the school's decanen are told instead).
struct RequestWithoutMentor {
    int64_t student_id = 0;
    std::optional<int64_t> group_id;
    std::string group_name;  // "" without a group
    int64_t asked_at = 0;
};

struct MentorAddress {
    std::string name;
    std::string email;
};

class ConversationRepo {
public:
    explicit ConversationRepo(Database& db) : db_(db) {}

    // Adds a reaction to the entry if it is a live entry of the student and has fewer than
    // `max_per_entry` reactions; the new id, or nullopt (writing nothing) when it is not.
    std::optional<int64_t> Comment(int64_t student_id, int64_t entry_id, const Author& by,
                                   std::string_view basis, std::string_view body, int64_t now,
                                   int max_per_entry);
    // The entry's reactions, oldest first.
    std::vector<DossierComment> Comments(int64_t student_id, int64_t entry_id);
    // Every reaction in the student's dossier by entry, oldest first (for the export).
    std::map<int64_t, std::vector<DossierComment>> CommentsOfStudent(int64_t student_id);
    // Reactions per entry of the student (entries without any are left out).
    std::map<int64_t, int64_t> CommentCounts(int64_t student_id);

    // Records the student's request unless one is still open; false (writing nothing) if so.
    bool AskForTalk(int64_t student_id, std::string_view note, int64_t now);
    std::optional<TalkRequest> OpenRequest(int64_t student_id);
    // When each current student of the group asked for a gesprek that is still open.
    std::map<int64_t, int64_t> OpenRequests(int64_t group_id);
    // The agreed actions the student ticked off, over all their gesprekken.
    std::vector<ActionDone> ActionsDone(int64_t student_id);
    // Ticks an agreed action off (or back on) when `entry_id` is a live gesprek of the student
    // that agrees `action`; false (writing nothing) when it is not.
    bool SetActionDone(int64_t student_id, int64_t entry_id, const std::string& action, bool done,
                       int64_t now);
    // Per current student of the group who has any: the agreed actions of their latest
    // core::kTalksOnTodoList gesprekken that are not ticked off.
    std::map<int64_t, int> OpenActions(int64_t group_id);
    // The mentors of the group, with their address.
    std::vector<MentorAddress> Mentors(int64_t group_id);
    // The school's open requests of current students whom no mentor hears of, oldest first.
    std::vector<RequestWithoutMentor> RequestsWithoutMentor(int64_t school_id);

private:
    Database& db_;
};

// Marks the student's open requests answered (a gesprek was recorded): in the caller's
// transaction.
void AnswerTalkRequests(Connection& c, int64_t student_id, int64_t now);

}  // namespace koers::storage
