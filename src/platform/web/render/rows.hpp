#pragma once
// Long lists rendered where their rows lie. A table of 50 schools built as Views makes, moves
// and frees some ten strings per row before the template reads them once; a RowList instead
// keeps the rows and a table of fields, and the template asks a row for a field when it renders
// it: a text in the row is read where it is, a made one (a link, a label) is made into one
// reused string. Use it for the rows of tables that grow with the data; a page's own handful of
// values stay Views (decision 0045).
//
//   constexpr RowField<SchoolRecord> kSchoolRow[] = {
//       {"name", [](const SchoolRecord& s, std::string&) -> std::string_view { return s.name; }},
//       {"edit_path", [](const SchoolRecord& s, std::string& made) -> std::string_view {
//            return made = kEditSchool.With(s.id);
//        }},
//   };
//   v.set("schools", RowList(orgs.Schools(), kSchoolRow));
//
// In the template a row's field is text, escaped like any {{value}}; an empty text is false in
// a section. A name the rows have no field for comes from the enclosing views, as in any list.
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "platform/web/render/view.hpp"

namespace koers::web {

// A field of a row: its name in the template and how its text is read. The text points into
// the row, or into `made`, which the getter may fill (it is reused for the next field).
template <typename Row>
struct RowField {
    ViewKey name;
    std::string_view (*text)(const Row& row, std::string& made);
};

namespace detail {

template <typename Rows, typename Row>
class RowsOf final : public RowSource {
public:
    RowsOf(Rows rows, std::span<const RowField<Row>> fields)
        : rows_(std::move(rows)), fields_(fields) {}
    size_t size() const override { return static_cast<size_t>(std::size(rows_)); }
    std::optional<std::string_view> Field(size_t row, std::string_view name,
                                          std::string& made) const override {
        for (const RowField<Row>& f : fields_)
            if (f.name.name() == name) return f.text(*(std::begin(rows_) + row), made);
        return std::nullopt;
    }

private:
    Rows rows_;  // owned: a list outlives the handler that made it
    std::span<const RowField<Row>> fields_;
};

}  // namespace detail

// A list View of `rows` (a vector, or a shared list such as storage::SchoolList, moved in),
// each row's fields read through `fields`, which must be static (a constexpr table).
template <typename Rows,
          typename Row = std::remove_cvref_t<decltype(*std::begin(std::declval<Rows&>()))>>
View RowList(Rows rows, std::type_identity_t<std::span<const RowField<Row>>> fields) {
    return View(std::shared_ptr<const RowSource>(
        std::make_shared<detail::RowsOf<Rows, Row>>(std::move(rows), fields)));
}

}  // namespace koers::web
