#pragma once
// The LOB-taken matrix: LOB tasks in four categories against the actors around a school. Each
// cell says how an actor carries a task (uitvoerend, verantwoordelijk, betrokken). A starter set
// of tasks ships as data; schools add their own.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/quality/core/record.hpp"

namespace koers::core {

struct TaskCategory {
    std::string_view code;
    std::string_view label;
};

struct TaskActor {
    std::string_view code;
    std::string_view label;
};

struct StarterTask {
    std::string_view category;
    std::string_view text;
};

std::span<const TaskCategory> TaskCategories();
std::span<const TaskActor> TaskActors();
std::span<const StarterTask> StarterTasks();

inline constexpr std::string_view kUitvoerend = "uitvoerend";
inline constexpr std::string_view kVerantwoordelijk = "verantwoordelijk";
inline constexpr std::string_view kBetrokken = "betrokken";

// The field of a task record that holds how `actor` carries it, and the actor's note.
std::string CarryField(std::string_view actor);
std::string NoteField(std::string_view actor);

// "U", "V", "B" or "" for the printed matrix.
std::string_view CarryLetter(std::string_view carry);

// True when no actor carries the task: nobody is uitvoerend or verantwoordelijk.
bool Unassigned(const Fields& task);

// The fields of a new task record from the starter set.
Fields StarterTaskFields(const StarterTask& task);

}  // namespace koers::core
