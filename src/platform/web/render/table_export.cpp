#include "platform/web/render/table_export.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace koers::web {
namespace {

std::string CsvNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    std::string s = buf;
    if (s.size() > 2 && s.ends_with(".0")) s.resize(s.size() - 2);
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

void CsvText(const std::string& text, std::string& out) {
    // A leading = + - @ (or tab/CR) makes spreadsheets run the cell as a formula.
    const bool formula =
        !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos;
    out += '"';
    if (formula) out += '\'';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// Removes a temporary file when it goes out of scope.
struct TempFile {
    std::string path;
    ~TempFile() {
        if (!path.empty()) std::remove(path.c_str());
    }
};

}  // namespace

Cell PercentCell(const std::optional<double>& v) {
    if (!v) return std::monostate{};
    return std::round(*v * 10) / 10;
}

std::string ToCsv(const std::vector<Sheet>& sheets) {
    std::string out = "\xEF\xBB\xBF";  // BOM: spreadsheets then read UTF-8
    bool first = true;
    for (const auto& sheet : sheets) {
        if (!std::exchange(first, false)) out += "\r\n";
        CsvText(sheet.name, out);
        out += "\r\n";
        for (const auto& row : sheet.rows) {
            for (size_t i = 0; i < row.size(); ++i) {
                if (i > 0) out += ';';
                if (const auto* s = std::get_if<std::string>(&row[i])) CsvText(*s, out);
                if (const auto* d = std::get_if<double>(&row[i])) out += CsvNumber(*d);
            }
            out += "\r\n";
        }
    }
    return out;
}

std::string ToXlsx(const std::vector<Sheet>& sheets) {
    TempFile file;
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "koers-XXXXXX").string();
        const int fd = mkstemp(pattern.data());
        if (fd < 0) throw std::runtime_error("xlsx: no temporary file");
        close(fd);
        file.path = pattern;
    }
    lxw_workbook* wb = workbook_new(file.path.c_str());
    if (!wb) throw std::runtime_error("xlsx: workbook_new failed");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    for (const auto& sheet : sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.substr(0, 31).c_str());
        if (!ws) {
            workbook_close(wb);
            throw std::runtime_error("xlsx: invalid sheet name");
        }
        for (size_t r = 0; r < sheet.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r);
            for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
                const auto col = static_cast<lxw_col_t>(c);
                lxw_format* fmt = r == 0 ? bold : nullptr;
                if (const auto* s = std::get_if<std::string>(&sheet.rows[r][c]))
                    worksheet_write_string(ws, row, col, s->c_str(), fmt);
                if (const auto* d = std::get_if<double>(&sheet.rows[r][c]))
                    worksheet_write_number(ws, row, col, *d, fmt);
            }
        }
        worksheet_set_column(ws, 0, 0, 60, nullptr);
        worksheet_set_column(ws, 1, 12, 16, nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("xlsx: writing failed");
    std::ifstream in(file.path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace koers::web
