#include "app/options.hpp"

#include <cstdlib>

namespace koers::app {

std::optional<std::string> ParsedOptions::Get(std::string_view flag) const {
    auto it = values.find(flag);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> ParseOptions(std::span<const OptionSpec> specs,
                                        std::span<const std::string> args, ParsedOptions& out) {
    for (const auto& s : specs) {
        if (s.env.empty()) continue;
        if (const char* v = std::getenv(std::string(s.env).c_str()); v && *v)
            out.values[std::string(s.flag)] = v;
    }
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            out.help = true;
            continue;
        }
        if (a.rfind("--", 0) != 0) {
            out.positional.push_back(a);
            continue;
        }
        std::string name = a.substr(2), value;
        bool inline_value = false;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inline_value = true;
        }
        const OptionSpec* spec = nullptr;
        for (const auto& s : specs)
            if (s.flag == name) spec = &s;
        if (!spec) return "onbekende optie --" + name;
        if (spec->takes_value && !inline_value) {
            if (i + 1 >= args.size()) return "--" + name + " heeft een waarde nodig";
            value = args[++i];
        } else if (!spec->takes_value) {
            if (inline_value) return "--" + name + " heeft geen waarde";
            value = "1";
        }
        out.values[name] = value;
    }
    return std::nullopt;
}

std::string OptionsHelp(std::string_view usage, std::span<const OptionSpec> specs) {
    std::string out = "Gebruik: " + std::string(usage) + "\n\nOpties:\n";
    for (const auto& s : specs) {
        std::string left = "  --" + std::string(s.flag) + (s.takes_value ? " WAARDE" : "");
        if (left.size() < 28) left.resize(28, ' ');
        out += left + " " + std::string(s.help);
        if (!s.env.empty()) out += " [" + std::string(s.env) + "]";
        out += "\n";
    }
    out += "  --help                     deze uitleg\n";
    return out;
}

}  // namespace koers::app
