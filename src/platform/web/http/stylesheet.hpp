#pragma once
// The one stylesheet every page loads: the NL Design System design tokens and components that
// Koers's markup uses, then Koers's own rules, minified. Made once at start from the full npm
// files (decision 0021):
// - a rule stays when every `utrecht-` class in its selector, outside parentheses, is one the
//   markup uses (a class inside :not(...) or :is(...) never drops a rule);
// - a design token stays when a kept rule or another kept token reads it with var(); every
//   other declaration stays;
// - comments go, except the licence notices; whitespace shrinks to what CSS needs.
// Pure text in, text out; no I/O.
#include <set>
#include <string>
#include <string_view>

namespace koers::web {

// The class names starting with `prefix` anywhere in `markup` (templates, scripts): every word
// of letters, digits, '-' and '_' that begins with it where no such character precedes it.
std::set<std::string, std::less<>> ClassesIn(std::string_view markup, std::string_view prefix);

struct StylesheetSources {
    std::string_view tokens;      // @utrecht/design-tokens dist/index.css
    std::string_view components;  // @utrecht/component-library-css dist/index.css
    std::string_view own;         // static/css/koers.css
    std::string_view markup;      // every template and script, for the classes in use
};

// Tokens, components and own rules in that order (the order of the three files before).
std::string AssembleStylesheet(const StylesheetSources& sources);

}  // namespace koers::web
