#include "modules/doorstroom/core/figure_cells.hpp"

#include "platform/core/common/csv.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/org/school.hpp"

namespace koers::core {

std::string FoldColumnName(std::string_view text) {
    std::string out;
    for (char c : AsciiLower(text))
        if (c != ' ' && c != '-' && c != '_' && c != '.') out += c;
    return out;
}

std::vector<std::optional<size_t>> FindColumns(std::span<const std::string> header,
                                               std::span<const ColumnNames> names) {
    std::vector<std::optional<size_t>> at(names.size());
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string name = FoldColumnName(header[i]);
        for (size_t c = 0; c < names.size(); ++c)
            for (auto alias : names[c])
                if (!alias.empty() && name == alias && !at[c]) at[c] = i;
    }
    return at;
}

std::vector<std::optional<size_t>> FirstLineNames(std::string_view bytes,
                                                  std::span<const ColumnNames> names) {
    const auto end = bytes.find('\n');
    auto first = ReadCsv(bytes.substr(0, end == std::string_view::npos ? bytes.size() : end),
                         {.max_rows = 0, .max_columns = 40, .max_field = 200});
    const auto* table = std::get_if<CsvTable>(&first);
    if (!table) return std::vector<std::optional<size_t>>(names.size());
    return FindColumns(table->header, names);
}

bool MarkedSuppressed(const std::string& text) {
    return text == "<5" || text == "< 5" || text == "-1";
}

std::variant<Count, std::string> ReadCount(const std::string& text) {
    if (MarkedSuppressed(text)) return Count{};
    std::string_view whole = text;
    if (const auto sep = whole.find_first_of(",."); sep != std::string_view::npos) {
        const auto fraction = whole.substr(sep + 1);
        if (fraction.empty() || fraction.find_first_not_of('0') != std::string_view::npos)
            return "\"" + text + "\" is geen heel aantal.";
        whole = whole.substr(0, sep);
    }
    const auto n = ParseInt(whole, 0, 100000000);
    if (!n) {
        if (text.empty()) return std::string("Het aantal ontbreekt; vul een getal of <5 in.");
        return "\"" + text + "\" is geen aantal; vul een getal of <5 in.";
    }
    return Count::Of(*n);
}

std::optional<std::string> ReadBrin(const std::string& text) {
    std::string brin = AsciiUpper(text);
    if (!IsValidBrin(brin)) return std::nullopt;
    return brin;
}

std::string NotABrin(const std::string& text) {
    return "\"" + text + "\" is geen BRIN-code (twee cijfers en twee letters, zoals 21VZ).";
}

}  // namespace koers::core
