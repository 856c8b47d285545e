#pragma once
// Reading the CSV files that school administration systems and DUO export: UTF-8 with or without
// a byte-order mark, or Windows-1252; ',' or ';' (or tab) between fields, recognised from the
// first line; fields in double quotes with "" for a quote and line breaks inside. Bounded in
// rows, columns and field size, and a problem is reported with its line and column, in Dutch,
// before anything is used: a file is read completely or not at all.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace koers::core {

struct CsvLimits {
    size_t max_rows = 20000;  // data rows, the header not counted
    size_t max_columns = 60;
    size_t max_field = 2000;  // bytes, after decoding
};

struct CsvTable {
    std::vector<std::string> header;             // trimmed
    std::vector<std::vector<std::string>> rows;  // every row as wide as the header, trimmed
    std::vector<int> lines;                      // the line each row starts on (the header is 1)
    char separator = ',';
    std::string encoding;  // "UTF-8" or "Windows-1252"
};

struct CsvProblem {
    int line = 0;
    int column = 0;  // 1-based; 0 when the problem is the whole line or file
    std::string message;
};

// The text of a file as UTF-8: a UTF-8 byte-order mark is dropped; bytes that are not valid
// UTF-8 are read as Windows-1252 (what Excel on Windows writes as "CSV").
std::string DecodeText(std::string_view bytes, std::string* encoding = nullptr);

// Reads a whole file. Empty lines are skipped; a row with more fields than the header, an
// unclosed quote, a control character, or a limit exceeded is a problem.
std::variant<CsvTable, CsvProblem> ReadCsv(std::string_view bytes, const CsvLimits& limits = {});

// "Regel 12, kolom 3: ..." (without the column when the problem is the whole line or file).
std::string CsvProblemText(const CsvProblem& p);

}  // namespace koers::core
