#pragma once
// The koers commands: serve, migrate, user add, backup, restore. Each returns the process exit code
// (0 success, 1 runtime failure, 2 bad usage) and prints one clear line on failure.
#include <span>
#include <string>

namespace koers::app {

int Serve(std::span<const std::string> args);
int Migrate(std::span<const std::string> args);
int UserAdd(std::span<const std::string> args);
int Backup(std::span<const std::string> args);
int Restore(std::span<const std::string> args);

}  // namespace koers::app
