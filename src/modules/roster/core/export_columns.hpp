#pragma once
// What the lists a school exports from its administration system have in common, for the readers
// of the student list (roster.hpp) and the staff list (staff_list.hpp): headers matched by the
// names those systems use, the columns Koers may never hold (a BSN or onderwijsnummer, by name or
// by content), and cells a spreadsheet would run as a formula.
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/csv.hpp"

namespace koers::core {

// A column a reader knows: how the preview names it and the header names that mean it, written
// lower case without spaces, dots, hyphens, underscores or apostrophes ("" fills the array).
template <class Col>
struct KnownColumn {
    Col col;
    std::string_view label;
    std::array<std::string_view, 8> names;
};

// The columns the leerlingen list and the staff list share: a person's name parts and e-mail
// address, as administration systems head them.
template <class Col>
constexpr KnownColumn<Col> FirstNameColumn(Col c) {
    return {c, "Roepnaam", {"roepnaam", "voornaam", "voornamen", "", "", "", "", ""}};
}
template <class Col>
constexpr KnownColumn<Col> InfixColumn(Col c) {
    return {c, "Tussenvoegsel", {"tussenvoegsel", "tussenvoegsels", "tv", "", "", "", "", ""}};
}
template <class Col>
constexpr KnownColumn<Col> LastNameColumn(Col c) {
    return {c, "Achternaam", {"achternaam", "familienaam", "", "", "", "", "", ""}};
}
template <class Col>
constexpr KnownColumn<Col> EmailColumn(Col c) {
    return {c, "E-mailadres", {"email", "emailadres", "mail", "mailadres", "", "", "", ""}};
}

// A header as KnownColumn::names writes it: "E-mail ouder 1" -> "emailouder1".
std::string HeaderKey(std::string_view header);

// A cell that starts like a spreadsheet formula (=, +, - or @).
bool LooksLikeFormula(std::string_view s);

// Whether `digits` is nine digits that pass the elfproef, as every BSN does.
bool LooksLikeBsn(std::string_view digits);

// The problems that refuse a whole file: a column named as a BSN or onderwijsnummer, or one whose
// every filled cell passes the elfproef.
std::vector<std::string> ForbiddenColumns(const CsvTable& table);

// A name from its parts as the lists split it ("Sem", "de", "Vries"), leaving out empty parts.
std::string FullName(std::string_view first, std::string_view infix, std::string_view last);

// Reads an export: the table, or nullopt with the problems that refuse the whole file (one that
// cannot be read, or has a column Koers may never hold) in `problems`.
std::optional<CsvTable> ReadExport(std::string_view bytes, size_t max_rows,
                                   std::vector<std::string>& problems);

// Which column of `table` holds each known column (the first header that names it); appends
// "Label ← header" to `recognised` for each.
template <class Col, size_t N>
std::map<Col, size_t> MatchColumns(const CsvTable& table,
                                   const std::array<KnownColumn<Col>, N>& known,
                                   std::vector<std::string>& recognised) {
    std::map<Col, size_t> at;
    for (size_t i = 0; i < table.header.size(); ++i) {
        const std::string key = HeaderKey(table.header[i]);
        if (key.empty()) continue;
        for (const auto& k : known)
            if (!at.count(k.col))
                for (std::string_view name : k.names)
                    if (!name.empty() && name == key) {
                        at[k.col] = i;
                        recognised.push_back(std::string(k.label) + " ← " + table.header[i]);
                        break;
                    }
    }
    return at;
}

}  // namespace koers::core
