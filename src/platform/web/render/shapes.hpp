#pragma once
// The view shapes that several pages share, each built in one place so that its fields are
// always all set (a list item never falls back to its parent's field of the same name) and
// every template reads them by the same names. Form errors: AddErrors (pages/page.hpp).
#include <string>
#include <utility>

#include "platform/web/render/view.hpp"

namespace koers::web {

// A choice in a form, for an <option>, a radio button or a checkbox: {value, label, chosen}.
//   <option value="{{value}}"{{#chosen}} selected{{/chosen}}>{{label}}</option>
inline View ChoiceView(std::string value, std::string label, bool chosen) {
    View v = Object();
    v.set("value", std::move(value));
    v.set("label", std::move(label));
    v.set("chosen", chosen);
    return v;
}

// A link: {href, label}.
inline View LinkView(std::string href, std::string label) {
    View v = Object();
    v.set("href", std::move(href));
    v.set("label", std::move(label));
    return v;
}

}  // namespace koers::web
