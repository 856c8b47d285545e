#pragma once
// The demo's assignments, written as text (demo/*.txt): a header of "name: value" lines (the
// school's BRIN, the licence it shares under or "prive", and the form's choice fields, codes
// separated by commas), then the texts, each under a "[field]" line; "---" ends an assignment.
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/records/fields.hpp"

namespace koers::modules {

struct DemoAssignment {
    std::string brin;
    std::string licence;  // "" for one the school keeps to itself
    core::Fields fields;
};

// Throws std::runtime_error naming the line for a file it cannot read: demo data is ours.
std::vector<DemoAssignment> ReadDemoAssignments(std::string_view text);

}  // namespace koers::modules
