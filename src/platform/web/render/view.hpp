#pragma once
// View models for templates: a small tree of strings, booleans, objects and lists that the
// template engine reads. Values are moved in, never deep-copied behind the caller's back.
// Every {{value}} is HTML-escaped when rendered; only `content` (already rendered HTML) in the
// layout uses a triple mustache.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace koers::web {

class View;
using ViewList = std::vector<View>;

class View {
public:
    enum class Kind { kNull, kBool, kString, kObject, kList };

    View() = default;
    View(bool b) : kind_(Kind::kBool), bool_(b) {}  // NOLINT: implicit by design
    View(std::string s) : kind_(Kind::kString), string_(std::move(s)) {}    // NOLINT
    View(const char* s) : kind_(Kind::kString), string_(s) {}               // NOLINT
    View(ViewList items) : kind_(Kind::kList), items_(std::move(items)) {}  // NOLINT

    static View Object() {
        View v;
        v.kind_ = Kind::kObject;
        return v;
    }

    // Sets a field of an object (replacing an earlier value of the same name).
    void set(std::string_view key, View value);
    // Looks a field up in an object; nullptr when absent or not an object.
    const View* Find(std::string_view key) const;

    Kind kind() const { return kind_; }
    const std::string& string() const { return string_; }
    const ViewList& items() const { return items_; }
    // Mustache truthiness: false, null, "" and [] are false.
    bool Truthy() const;

private:
    Kind kind_ = Kind::kNull;
    bool bool_ = false;
    std::string string_;
    std::vector<std::pair<std::string, View>> fields_;
    ViewList items_;
};

inline View Object() { return View::Object(); }

}  // namespace koers::web
