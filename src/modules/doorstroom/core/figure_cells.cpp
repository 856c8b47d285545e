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

namespace {
constexpr CsvLimits FigureLimits(size_t max_rows) {
    return {.max_rows = max_rows, .max_columns = 40, .max_field = 200};
}
}  // namespace

std::variant<FigureTable, CsvProblem> ReadFigureTable(std::string_view bytes, size_t max_rows,
                                                      std::span<const ColumnNames> names,
                                                      size_t required, std::string_view needed) {
    auto read = ReadCsv(bytes, FigureLimits(max_rows));
    if (auto* problem = std::get_if<CsvProblem>(&read)) return *problem;
    FigureTable out{std::move(std::get<CsvTable>(read)), {}};
    out.at = FindColumns(out.table.header, names);
    for (size_t c = 0; c < required; ++c)
        if (!out.at[c])
            return CsvProblem{1, 0,
                              "De kolom \"" + std::string(names[c][0]) +
                                  "\" ontbreekt. Nodig zijn: " + std::string(needed) + "."};
    return out;
}

std::vector<std::optional<size_t>> FirstLineNames(std::string_view bytes,
                                                  std::span<const ColumnNames> names) {
    const auto end = bytes.find('\n');
    auto first = ReadCsv(bytes.substr(0, end == std::string_view::npos ? bytes.size() : end),
                         FigureLimits(0));
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

std::optional<std::string> ReadOnderwijstype(const std::string& text) {
    std::string type = AsciiLower(text);
    if (!IsFlowOnderwijstype(type)) return std::nullopt;
    return type;
}

std::string NotAnOnderwijstype(const std::string& text) {
    return "\"" + text +
           "\" is geen onderwijstype dat Koers kent (zoals havo, vmbo-kb, niveau 4 of bachelor).";
}

std::optional<int> ReadYear(const std::string& text) {
    const auto year = ParseInt(text, 1990, 2100);
    if (!year) return std::nullopt;
    return static_cast<int>(*year);
}

std::string NotAYear(const std::string& text) {
    return "\"" + text + "\" is geen jaar (zoals 2025).";
}

}  // namespace koers::core
