#include "platform/core/common/csv.hpp"

#include <array>
#include <cstdint>
#include <optional>

#include "platform/core/common/utf8.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

// Windows-1252's 0x80..0x9F as Unicode code points (0 for the five unassigned bytes).
constexpr std::array<uint16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Whether `s` is well-formed UTF-8 (the encoding only; fields are checked for control
// characters and overlong forms by IsCleanText later).
bool IsUtf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        if (c >= 0x80) {
            if ((c >> 5) == 0x6) {
                n = 1;
            } else if ((c >> 4) == 0xE) {
                n = 2;
            } else if ((c >> 3) == 0x1E) {
                n = 3;
            } else {
                return false;
            }
            if (i + n >= s.size()) return false;
            for (size_t k = 1; k <= n; ++k)
                if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
        }
        i += n + 1;
    }
    return true;
}

char DetectSeparator(std::string_view text) {
    size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
    if (tabs > commas) return '\t';
    return ',';
}

}  // namespace

std::string DecodeText(std::string_view bytes, std::string* encoding) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (IsUtf8(bytes)) {
        if (encoding) *encoding = "UTF-8";
        return std::string(bytes);
    }
    if (encoding) *encoding = "Windows-1252";
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c < 0xA0) {
            const uint16_t cp = kCp1252High[c - 0x80];
            AppendUtf8(cp == 0 ? 0xFFFD : cp, out);
        } else {
            AppendUtf8(c, out);
        }
    }
    return out;
}

std::variant<CsvTable, CsvProblem> ReadCsv(std::string_view bytes, const CsvLimits& limits) {
    CsvTable table;
    const std::string text = DecodeText(bytes, &table.encoding);
    table.separator = DetectSeparator(text);
    std::vector<std::string> row;
    std::string field;
    int line = 1, row_line = 1;
    bool quoted = false, was_quoted = false;
    auto problem = [&](int column, std::string message) {
        return CsvProblem{line, column, std::move(message)};
    };
    std::optional<CsvProblem> failed;
    auto end_field = [&]() -> bool {
        if (field.size() > limits.max_field) {
            failed = problem(
                static_cast<int>(row.size()) + 1,
                "Dit veld is te lang (meer dan " + std::to_string(limits.max_field) + " tekens).");
            return false;
        }
        if (!IsCleanText(field, false)) {
            failed = problem(static_cast<int>(row.size()) + 1,
                             "Dit veld bevat een teken dat hier niet mag (een stuurteken).");
            return false;
        }
        row.push_back(Trim(field));
        field.clear();
        was_quoted = false;
        if (row.size() > limits.max_columns) {
            failed = problem(
                static_cast<int>(row.size()),
                "Deze regel heeft meer dan " + std::to_string(limits.max_columns) + " kolommen.");
            return false;
        }
        return true;
    };
    auto end_row = [&]() -> bool {
        if (!end_field()) return false;
        const bool empty = row.size() == 1 && row[0].empty();
        if (!empty) {
            if (table.header.empty()) {
                table.header = std::move(row);
            } else {
                if (row.size() > table.header.size()) {
                    failed = CsvProblem{row_line, static_cast<int>(table.header.size()) + 1,
                                        "Deze regel heeft meer velden (" +
                                            std::to_string(row.size()) + ") dan de kopregel (" +
                                            std::to_string(table.header.size()) + ")."};
                    return false;
                }
                row.resize(table.header.size());
                table.rows.push_back(std::move(row));
                table.lines.push_back(row_line);
                if (table.rows.size() > limits.max_rows) {
                    failed = CsvProblem{row_line, 0,
                                        "Het bestand heeft meer dan " +
                                            std::to_string(limits.max_rows) + " regels."};
                    return false;
                }
            }
        }
        row.clear();
        return true;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                if (c != '\r') field += c == '\n' ? ' ' : c;
            }
            continue;
        }
        if (c == '"' && Trim(field).empty() && !was_quoted) {
            field.clear();
            quoted = was_quoted = true;
        } else if (c == table.separator) {
            if (!end_field()) return *failed;
        } else if (c == '\n') {
            if (!end_row()) return *failed;
            ++line;
            row_line = line;
        } else if (c != '\r') {
            field += c;
        }
    }
    if (quoted)
        return CsvProblem{row_line, static_cast<int>(row.size()) + 1,
                          "Hier opent een aanhalingsteken (\") dat niet wordt gesloten."};
    if (!end_row()) return *failed;
    if (table.header.empty()) return CsvProblem{1, 0, "Het bestand is leeg."};
    return table;
}

std::string CsvProblemText(const CsvProblem& p) {
    std::string out = "Regel " + std::to_string(p.line);
    if (p.column > 0) out += ", kolom " + std::to_string(p.column);
    return out + ": " + p.message;
}

}  // namespace koers::core
