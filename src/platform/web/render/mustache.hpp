#pragma once
// A compiled Mustache template (the subset Koers uses: {{var}}, {{{raw}}}, {{&raw}},
// {{#section}}, {{^inverted}}, {{> partial}}, {{! comment}}), plus dotted names: "a.b" is field
// b of a, and "list.0" the first item of a list. A section over a list item ("{{#hits.0}}")
// only tests that the item exists; it does not make the item the context, so a field missing
// from a later item never falls back to the first one. Inside a list, a name that some item of
// the list has is that item's own field: where an item lacks it, it is empty, never borrowed
// from an enclosing view (a card without a soort never shows the page's soort). Names no item
// has (the page's csrf_token) come from outside as usual. Compiled once; rendering is const and
// thread-safe. See docs/decisions/0002-template-engine.md for why this is not kainjow.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/web/render/view.hpp"

namespace koers::web {

class MustacheTemplate {
public:
    // Compiles `source`; on a syntax error returns nullopt and sets `error`.
    static std::optional<MustacheTemplate> Compile(std::string_view source, std::string& error);

    using PartialLookup = std::function<const MustacheTemplate*(std::string_view name)>;
    // Appends the rendering to `out`.
    void Render(const View& view, const PartialLookup& partials, std::string& out) const;

    struct Node;
    const std::vector<Node>& nodes() const { return *nodes_; }

private:
    std::shared_ptr<const std::vector<Node>> nodes_;
};

// Escapes & < > " ' for HTML text and attribute values.
void AppendEscaped(std::string_view s, std::string& out);

}  // namespace koers::web
