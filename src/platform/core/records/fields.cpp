#include "platform/core/records/fields.hpp"

namespace koers::core {

std::string EncodeFields(const Fields& fields) {
    std::string out;
    for (const auto& [name, value] : fields) {
        if (value.empty()) continue;
        out += name;
        out += '=';
        for (char c : value) {
            if (c == '\\') {
                out += "\\\\";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else {
                out += c;
            }
        }
        out += '\n';
    }
    return out;
}

Fields DecodeFields(std::string_view body) {
    Fields out;
    size_t start = 0;
    while (start < body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        const std::string_view line = body.substr(start, end - start);
        start = end + 1;
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        std::string value;
        for (size_t i = eq + 1; i < line.size(); ++i) {
            if (line[i] != '\\' || i + 1 == line.size()) {
                value += line[i];
                continue;
            }
            const char next = line[++i];
            value += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
        }
        if (!value.empty()) out[std::string(line.substr(0, eq))] = std::move(value);
    }
    return out;
}

std::string_view FieldOf(const Fields& fields, std::string_view name) {
    auto it = fields.find(name);
    return it == fields.end() ? std::string_view() : std::string_view(it->second);
}

std::vector<std::string> SplitChoices(std::string_view value) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= value.size()) {
        size_t end = value.find(',', start);
        if (end == std::string_view::npos) end = value.size();
        if (end > start) out.emplace_back(value.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

}  // namespace koers::core
