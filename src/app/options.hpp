#pragma once
// Command-line options and KOERS_* environment variables for every koers command. A flag wins
// over its environment variable, which wins over the default. Parsing never exits; it returns
// an error line for main to print.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace koers::app {

struct OptionSpec {
    std::string_view flag;  // "port" for --port
    std::string_view env;   // "KOERS_PORT", or empty
    bool takes_value;
    std::string_view help;
};

struct ParsedOptions {
    std::map<std::string, std::string, std::less<>> values;  // flag -> value ("1" for switches)
    std::vector<std::string> positional;
    bool help = false;

    std::optional<std::string> Get(std::string_view flag) const;
    bool Has(std::string_view flag) const { return values.count(flag) > 0; }
};

// Parses `args` (without the program and command names). Returns an error line on failure.
std::optional<std::string> ParseOptions(std::span<const OptionSpec> specs,
                                        std::span<const std::string> args, ParsedOptions& out);
// The help text for a command.
std::string OptionsHelp(std::string_view usage, std::span<const OptionSpec> specs);

}  // namespace koers::app
