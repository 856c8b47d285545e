#include "platform/web/render/view.hpp"

#include <tuple>

namespace koers::web {

View::Fields& View::AsObject() {
    auto* fields = std::get_if<Fields>(&value_);
    if (!fields) fields = &value_.emplace<Fields>();  // setting a field makes an object
    // Most have a handful of fields, a list row about ten: growing moves every field.
    if (fields->items.empty()) fields->items.reserve(12);
    return *fields;
}

// A field set again is appended, and Find looks from the end, so the newest value counts:
// setting a field is one append however many fields the object has.
template <typename T>
void View::Put(std::string_view name, T&& value) {
    AsObject().items.emplace_back(std::piecewise_construct, std::forward_as_tuple(name),
                                  std::forward_as_tuple(std::forward<T>(value)));
}

// clang-tidy does not follow the moves through Put's forwarding into the field it makes.
// NOLINTBEGIN(performance-unnecessary-value-param)
void View::set(ViewKey key, View value) { Put(key.name(), std::move(value)); }
void View::set(ViewKey key, std::string value) { Put(key.name(), std::move(value)); }
void View::set(ViewKey key, const char* value) { Put(key.name(), value); }
void View::set(ViewKey key, bool value) { Put(key.name(), value); }
void View::set(ViewKey key, ViewList value) { Put(key.name(), std::move(value)); }
// NOLINTEND(performance-unnecessary-value-param)

void View::SetNamed(std::string name, View value) {
    Fields& fields = AsObject();
    fields.names.push_front(std::move(name));
    Put(fields.names.front(), std::move(value));
}

namespace {

// Most names differ in length or first letter; only the rest compare the bytes.
bool SameName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a == b));
}

}  // namespace

const View* View::Find(std::string_view key) const {
    if (const auto* fields = std::get_if<Fields>(&value_))
        for (auto it = fields->items.rbegin(); it != fields->items.rend(); ++it)
            if (SameName(it->first, key)) return &it->second;
    return nullptr;
}

const std::string& View::string() const {
    static const std::string kNone;
    if (const auto* s = std::get_if<std::string>(&value_)) return *s;
    if (const auto* shared = std::get_if<std::shared_ptr<const std::string>>(&value_))
        return *shared ? **shared : kNone;
    return kNone;
}

const ViewList& View::items() const {
    static const ViewList kNone;
    const auto* items = std::get_if<ViewList>(&value_);
    return items ? *items : kNone;
}

const RowSource* View::rows() const {
    const auto* rows = std::get_if<std::shared_ptr<const RowSource>>(&value_);
    return rows ? rows->get() : nullptr;
}

bool View::Truthy() const {
    switch (kind()) {
        case Kind::kNull:
            return false;
        case Kind::kBool:
            return std::get<bool>(value_);
        case Kind::kString:
            return !string().empty();
        case Kind::kObject:
            return true;
        case Kind::kList:
            return rows() ? rows()->size() > 0 : !std::get<ViewList>(value_).empty();
    }
    return false;
}

}  // namespace koers::web
