#pragma once
// Reading a school's student list as its administration system exports it (Magister, SOMtoday,
// Eduarte, ... all write CSV): which column is what, by the Dutch names they use, and every row
// checked with a Dutch message naming the column. A file with a column that holds a BSN or
// onderwijsnummer is refused as a whole: Koers must never store one.
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

// A parent or verzorger on a student's row: up to two per student.
struct RosterParent {
    std::string email;  // lower case
    std::string name;   // "Ouder/verzorger van Sem Bakker" when the file names none
};

// One student as the file names them.
struct RosterRow {
    int line = 0;  // in the file, for messages
    std::string local_id;
    std::string name;
    std::string email;       // lower case; may be empty in the file (then no account yet)
    std::string birth_date;  // YYYY-MM-DD
    std::string onderwijstype;
    int leerjaar = 0;
    std::string group;
    std::string mentor_email;  // lower case; empty when the file has no mentor column
    std::vector<RosterParent> parents;
    std::vector<std::string> errors;
};

struct RosterFile {
    std::vector<RosterRow> rows;
    std::vector<std::string> problems;  // about the whole file; nothing is read then
    std::vector<std::string> columns;   // what was recognised: "Leerlingnummer ← llnr", ...
    bool has_mentor_column = false;
    // The file names parents: then it is the truth about them, and a link it no longer names goes.
    bool has_parent_columns = false;

    int RowsWithErrors() const;
    bool ok() const { return problems.empty() && RowsWithErrors() == 0; }
};

// Reads the bytes of an uploaded file. `current_year` bounds the plausible birth dates.
RosterFile ReadRoster(std::string_view bytes, int current_year);

}  // namespace koers::core
