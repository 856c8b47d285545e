#include "modules/roster/core/export_columns.hpp"

#include <algorithm>
#include <variant>

#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

// Headers that name what Koers may never hold.
constexpr std::array<std::string_view, 7> kForbidden = {
    "bsn", "burgerservicenummer",    "sofinummer", "onderwijsnummer",
    "pgn", "persoonsgebondennummer", "onderwijsnr"};

}  // namespace

std::string HeaderKey(std::string_view header) {
    std::string out;
    for (char c : AsciiLower(header))
        if (c != ' ' && c != '-' && c != '_' && c != '.' && c != '\'') out += c;
    return out;
}

bool LooksLikeFormula(std::string_view s) {
    return !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '@' || s[0] == '-');
}

bool LooksLikeBsn(std::string_view digits) {
    if (digits.size() != 9) return false;
    int sum = 0;
    for (size_t i = 0; i < 9; ++i) {
        if (digits[i] < '0' || digits[i] > '9') return false;
        const int weight = i == 8 ? -1 : static_cast<int>(9 - i);
        sum += weight * (digits[i] - '0');
    }
    return sum % 11 == 0 && digits != "000000000";
}

std::vector<std::string> ForbiddenColumns(const CsvTable& table) {
    std::vector<std::string> out;
    for (const auto& header : table.header)
        if (std::find(kForbidden.begin(), kForbidden.end(), HeaderKey(header)) != kForbidden.end())
            out.push_back("De kolom “" + header +
                          "” hoort niet in Koers: een BSN of onderwijsnummer mag niet worden "
                          "opgeslagen. Haal de kolom uit het bestand.");
    // A column of nine-digit numbers that pass the elfproef is a BSN, whatever it is called.
    for (size_t i = 0; i < table.header.size(); ++i) {
        size_t filled = 0, bsn = 0;
        for (const auto& row : table.rows) {
            if (row[i].empty()) continue;
            ++filled;
            bsn += LooksLikeBsn(row[i]) ? 1 : 0;
        }
        if (filled > 0 && bsn == filled && (filled >= 3 || filled == table.rows.size()))
            out.push_back("De kolom “" + table.header[i] +
                          "” lijkt burgerservicenummers te bevatten. Die mogen niet in Koers; "
                          "haal de kolom uit het bestand.");
    }
    return out;
}

std::string FullName(std::string_view first, std::string_view infix, std::string_view last) {
    std::string out;
    for (std::string_view part : {first, infix, last}) {
        if (part.empty()) continue;
        if (!out.empty()) out += ' ';
        out += part;
    }
    return out;
}

std::optional<CsvTable> ReadExport(std::string_view bytes, size_t max_rows,
                                   std::vector<std::string>& problems) {
    auto read = ReadCsv(bytes, {.max_rows = max_rows, .max_columns = 60, .max_field = 300});
    if (auto* p = std::get_if<CsvProblem>(&read)) {
        problems.push_back(CsvProblemText(*p));
        return std::nullopt;
    }
    CsvTable table = std::move(std::get<CsvTable>(read));
    problems = ForbiddenColumns(table);
    return table;
}

}  // namespace koers::core
