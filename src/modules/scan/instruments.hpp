#pragma once
// The LOB-scan instruments shipped in the repository (instruments/*.txt in this module, compiled
// into the binary).
#include <cstdint>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::modules {

// The shipped instrument texts, one per sector.
std::vector<std::string> ShippedInstruments();

// Loads each shipped instrument as a new version unless that exact text is stored already;
// returns how many versions were added. Throws std::runtime_error when a shipped file does not
// parse (a build defect, caught by the tests).
int LoadShippedInstruments(storage::Database& db, int64_t now);

}  // namespace koers::modules
