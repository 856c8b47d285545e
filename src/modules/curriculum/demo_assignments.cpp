#include "modules/curriculum/demo_assignments.hpp"

#include <stdexcept>

namespace koers::modules {
namespace {

std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// "a, b" -> "a,b"
std::string Codes(std::string_view list) {
    std::string out;
    for (char c : list)
        if (c != ' ') out += c;
    return out;
}

}  // namespace

std::vector<DemoAssignment> ReadDemoAssignments(std::string_view text) {
    std::vector<DemoAssignment> out;
    DemoAssignment current;
    std::string section;  // the text field being read; "" in the header
    size_t line_no = 0;
    auto finish = [&] {
        if (current.fields.empty()) return;
        for (auto& [name, value] : current.fields)
            while (!value.empty() && value.back() == '\n') value.pop_back();
        out.push_back(std::move(current));
        current = {};
        section.clear();
    };
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = Trim(text.substr(start, end - start));
        start = end + 1;
        ++line_no;
        if (line == "---") {
            finish();
        } else if (line.size() > 2 && line.front() == '[' && line.back() == ']') {
            section = std::string(line.substr(1, line.size() - 2));
        } else if (!section.empty()) {
            std::string& value = current.fields[section];
            if (!value.empty() || !line.empty()) value += std::string(line) + "\n";
        } else if (!line.empty()) {
            const size_t colon = line.find(':');
            if (colon == std::string_view::npos)
                throw std::runtime_error("demo-opdrachten, regel " + std::to_string(line_no) +
                                         ": geen naam: waarde");
            const std::string name(Trim(line.substr(0, colon)));
            const std::string_view value = Trim(line.substr(colon + 1));
            if (name == "school") {
                current.brin = std::string(value);
            } else if (name == "licentie") {
                current.licence = value == "prive" ? "" : std::string(value);
            } else if (name == "titel") {
                current.fields[name] = std::string(value);
            } else {
                current.fields[name] = Codes(value);
            }
        }
    }
    finish();
    return out;
}

}  // namespace koers::modules
