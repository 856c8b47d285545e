#pragma once
// View models for templates: a small tree of strings, booleans, objects and lists that the
// template engine reads. Values are moved in, never copied: a view cannot be copied at all.
// Every {{value}} is HTML-escaped when rendered; only `content` (already rendered HTML) in the
// layout uses a triple mustache.
#include <forward_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace koers::web {

class View;
using ViewList = std::vector<View>;

// The rows of a long list, read where they lie (render/rows.hpp makes one from a table of
// getters): the template asks a row for a field by name when it renders it.
class RowSource {
public:
    virtual ~RowSource() = default;
    virtual size_t size() const = 0;
    // The text of field `name` of row `row` (pointing into the row, or into `made`); nullopt
    // when the rows have no such field.
    virtual std::optional<std::string_view> Field(size_t row, std::string_view name,
                                                  std::string& made) const = 0;
};

// The name of a view's field: a string literal, held without a copy (a list of 50 rows sets
// some 400 names). Anything but a literal does not compile; a name made at run time goes through
// View::SetNamed.
class ViewKey {
public:
    template <size_t N>
    consteval ViewKey(const char (&literal)[N])  // NOLINT: implicit by design
        : name_(literal, N - 1) {}
    std::string_view name() const { return name_; }

private:
    std::string_view name_;
};

class View {
public:
    // In the order of the alternatives of `value_`.
    enum class Kind { kNull, kBool, kString, kObject, kList };

    View() = default;
    View(const View&) = delete;
    View& operator=(const View&) = delete;
    View(View&&) noexcept = default;
    View& operator=(View&&) noexcept = default;
    View(bool b) : value_(b) {}                    // NOLINT: implicit by design
    View(std::string s) : value_(std::move(s)) {}  // NOLINT
    View(const char* s) : value_(std::in_place_type<std::string>, s) {}  // NOLINT
    View(ViewList items) : value_(std::move(items)) {}                   // NOLINT
    // A string made once and shared between pages (the LOB-scan figures, 150 KB): the view
    // holds it without a copy. It is a string to the template (kind() is kString).
    View(std::shared_ptr<const std::string> s) : value_(std::move(s)) {}  // NOLINT
    // A list whose rows are read in place (render/rows.hpp): kind() is kList, items() is empty,
    // rows() has them.
    View(std::shared_ptr<const RowSource> rows) : value_(std::move(rows)) {}  // NOLINT

    static View Object() {
        View v;
        v.value_.emplace<Fields>();
        return v;
    }

    // Sets a field of an object (replacing an earlier value of the same name). A string, text
    // or boolean is made in its place among the fields, not made and then moved there: a list
    // of 50 rows sets some 400 fields, and each move of a View is a visit of its alternatives.
    void set(ViewKey key, View value);
    void set(ViewKey key, std::string value);
    void set(ViewKey key, const char* value);
    void set(ViewKey key, bool value);
    void set(ViewKey key, ViewList value);
    // The same for a name made at run time ("error_" + a form's field), which the view keeps.
    void SetNamed(std::string name, View value);
    // Looks a field up in an object; nullptr when absent or not an object.
    const View* Find(std::string_view key) const;

    Kind kind() const {
        switch (value_.index()) {
            case kSharedString:
                return Kind::kString;
            case kRows:
                return Kind::kList;
            default:
                return static_cast<Kind>(value_.index());
        }
    }
    // The text of a string; "" for anything else.
    const std::string& string() const;
    // The items of a list; none for anything else (a list of rows read in place included).
    const ViewList& items() const;
    // The rows of a list read in place; null for anything else.
    const RowSource* rows() const;
    // Mustache truthiness: false, null, "" and [] are false.
    bool Truthy() const;

private:
    struct Fields {
        std::vector<std::pair<std::string_view, View>> items;
        std::forward_list<std::string> names;  // of SetNamed; a node never moves its string
    };
    Fields& AsObject();
    // Adds a field made from `value` in its place; the field's name must outlive the view.
    template <typename T>
    void Put(std::string_view name, T&& value);
    // One of: nothing, a boolean, a string, an object's fields, a list, a shared string, rows
    // read in place (40 bytes; the members side by side took 88, and each field and list item
    // holds a View).
    static constexpr size_t kSharedString = 5;
    static constexpr size_t kRows = 6;
    std::variant<std::monostate, bool, std::string, Fields, ViewList,
                 std::shared_ptr<const std::string>, std::shared_ptr<const RowSource>>
        value_;
};

inline View Object() { return View::Object(); }

// A list of the given views, moved in (a braced ViewList{a, b} would have to copy them).
template <typename... Views>
ViewList ListOf(Views&&... views) {
    ViewList list;
    list.reserve(sizeof...(views));
    (list.emplace_back(std::forward<Views>(views)), ...);
    return list;
}

}  // namespace koers::web
