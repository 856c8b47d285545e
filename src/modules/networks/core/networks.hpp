#pragma once
// Regional networks and learning communities: a network of a region (schools and other
// organisations such as the gemeente or UWV, with their contact persons), its meeting cycle, its
// joint goals and programme lines, the records of its meetings (agenda, notes, agreements) and
// its action list (what, who, by when, done). Pure rules: what valid input is.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "platform/core/common/validation.hpp"

namespace koers::core {

struct Network {
    int64_t id = 0;
    int64_t region_id = 0;
    std::string name;
    std::string description;
    std::string cycle;  // "Elke vier weken op dinsdag; de werkgroep elke zes weken"
    std::string goals;  // the joint goals and programme lines
};

struct NetworkForm {
    std::string name, description, cycle, goals;
};
std::optional<Network> ValidateNetwork(const NetworkForm& form, Validation& v);

// A member: one of the region's schools, or another organisation by name; with a contact person.
struct Member {
    int64_t id = 0;
    int64_t network_id = 0;
    std::optional<int64_t> school_id;
    std::string organisation;  // the school's name when it is a school
    std::string contact_name;
    std::string contact_email;  // lower case, or empty
    bool coordinator = false;   // the network's regiocontactpersoon
};

struct MemberForm {
    std::optional<int64_t> school_id;  // a school of the region, already looked up
    std::string organisation, contact_name, contact_email;
    bool coordinator = false;
};
std::optional<Member> ValidateMember(const MemberForm& form, Validation& v);

// "Netwerkbijeenkomst", "Werkgroep", "Overleg".
std::span<const std::string_view> MeetingKinds();

struct Meeting {
    int64_t id = 0;
    int64_t network_id = 0;
    std::string held_on;  // "2027-03-11"
    std::string kind;
    std::string agenda, notes, agreements;
};

struct MeetingForm {
    std::string held_on, kind, agenda, notes, agreements;
};
std::optional<Meeting> ValidateMeeting(const MeetingForm& form, Validation& v);

struct Action {
    int64_t id = 0;
    int64_t network_id = 0;
    std::string what;
    std::string owner;
    std::string due;  // "2027-03-11", or empty
    bool done = false;
};

struct ActionForm {
    std::string what, owner, due;
};
std::optional<Action> ValidateAction(const ActionForm& form, Validation& v);

}  // namespace koers::core
