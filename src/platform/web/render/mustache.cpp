#include "platform/web/render/mustache.hpp"

#include <array>
#include <optional>

namespace koers::web {

struct MustacheTemplate::Node {
    enum class Type { kText, kVar, kRaw, kSection, kInverted, kPartial } type;
    std::string text;  // literal text, or the tag's name
    std::vector<Node> children;
    // Learnt from the name once, at compile time, instead of at every lookup.
    enum class Name { kPlain, kDot, kDotted, kItemTest } name = Name::kPlain;
};

namespace {

// The entity of each byte that needs one, in a table: the scan between them is a lookup per byte.
constexpr std::array<std::string_view, 256> kEntities = [] {
    std::array<std::string_view, 256> table{};
    table['&'] = "&amp;";
    table['<'] = "&lt;";
    table['>'] = "&gt;";
    table['"'] = "&quot;";
    table['\''] = "&#39;";
    return table;
}();

}  // namespace

void AppendEscaped(std::string_view s, std::string& out) {
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const std::string_view entity = kEntities[static_cast<unsigned char>(s[i])];
        if (entity.empty()) continue;
        out.append(s.data() + start, i - start);
        out.append(entity);
        start = i + 1;
    }
    out.append(s.data() + start, s.size() - start);
}

namespace {

using Node = MustacheTemplate::Node;

std::string_view TrimName(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// Parses `src` from `pos` until the closing tag of `open` (or the end when `open` is empty).
bool Parse(std::string_view src, size_t& pos, std::string_view open, std::vector<Node>& out,
           std::string& error) {
    while (pos < src.size()) {
        size_t tag = src.find("{{", pos);
        if (tag == std::string_view::npos) {
            out.push_back({Node::Type::kText, std::string(src.substr(pos)), {}});
            pos = src.size();
            break;
        }
        if (tag > pos)
            out.push_back({Node::Type::kText, std::string(src.substr(pos, tag - pos)), {}});
        const bool triple = src.substr(tag, 3) == "{{{";
        const size_t body = tag + (triple ? 3 : 2);
        const size_t close = src.find(triple ? "}}}" : "}}", body);
        if (close == std::string_view::npos) {
            error = "tag zonder }} op positie " + std::to_string(tag);
            return false;
        }
        std::string_view inner = src.substr(body, close - body);
        pos = close + (triple ? 3 : 2);
        if (triple) {
            out.push_back({Node::Type::kRaw, std::string(TrimName(inner)), {}});
            continue;
        }
        const char sigil = inner.empty() ? '\0' : inner.front();
        std::string_view name =
            TrimName(inner.substr(sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' ||
                                          sigil == '!' || sigil == '&'
                                      ? 1
                                      : 0));
        switch (sigil) {
            case '!':
                break;
            case '&':
                out.push_back({Node::Type::kRaw, std::string(name), {}});
                break;
            case '>':
                out.push_back({Node::Type::kPartial, std::string(name), {}});
                break;
            case '#':
            case '^': {
                Node section{sigil == '#' ? Node::Type::kSection : Node::Type::kInverted,
                             std::string(name),
                             {}};
                if (!Parse(src, pos, name, section.children, error)) return false;
                out.push_back(std::move(section));
                break;
            }
            case '/':
                if (name != open) {
                    error = "{{/" + std::string(name) + "}} sluit {{#" + std::string(open) + "}}";
                    return false;
                }
                return true;
            default:
                out.push_back({Node::Type::kVar, std::string(name), {}});
                break;
        }
    }
    if (!open.empty()) {
        error = "sectie {{#" + std::string(open) + "}} wordt niet gesloten";
        return false;
    }
    return true;
}

// The names the items of one list define, learnt as lookups ask: a list item never lends a
// missing field from an enclosing view when a sibling has that field (the item's own field,
// merely absent), so "{{soort}}" of a card without one stays empty instead of showing the
// page's soort. Names only items lack (csrf_token, the page's paths) still come from outside.
struct ListFields {
    const ViewList* items = nullptr;
    std::vector<std::pair<std::string_view, bool>> known;  // name -> some item has it

    bool SomeItemHas(std::string_view name) {
        for (const auto& [n, has] : known)
            if (n == name) return has;
        bool has = false;
        for (const View& item : *items) has = has || item.Find(name) != nullptr;
        known.emplace_back(name, has);
        return has;
    }
};

// What a name is: a view, or the text of a field of a row read in place (RowSource), or a row
// of such a list named by its index ("rows.0": it exists, and is no text).
struct Found {
    const View* view = nullptr;
    std::optional<std::string_view> text;
    bool row = false;

    bool Truthy() const { return view ? view->Truthy() : row || (text && !text->empty()); }
    // What {{name}} shows: a string, a boolean as "true"/"false", nothing else.
    std::string_view Text() const {
        if (!view) return text.value_or(std::string_view());
        if (view->kind() == View::Kind::kString) return view->string();
        if (view->kind() == View::Kind::kBool) return view->Truthy() ? "true" : "false";
        return {};
    }
};

// The index a name's part spells ("0" of "hits.0"), if it is one.
std::optional<size_t> IndexOf(std::string_view part) {
    if (part.empty() || part.size() > 6) return std::nullopt;
    size_t index = 0;
    for (char c : part) {
        if (c < '0' || c > '9') return std::nullopt;
        index = index * 10 + static_cast<size_t>(c - '0');
    }
    return index;
}

// The context stack: innermost frame last; a list item's frame knows its list, and a row's
// frame its rows and index (it has no view).
struct Stack {
    struct Frame {
        const View* view = nullptr;
        ListFields* list = nullptr;       // null outside a list item
        const RowSource* rows = nullptr;  // set in a row of a list read in place
        size_t row = 0;
    };
    std::vector<Frame> frames;
    std::string made;  // the text a row's field made, until the next lookup

    Found Lookup(const Node& n) {
        if (n.name == Node::Name::kDot) return {frames.back().view};
        // Dotted names: "a.b" is field b of a; "list.0" is the first item of a list.
        std::string_view name = n.text;
        const size_t dot = n.name == Node::Name::kPlain ? std::string_view::npos : name.find('.');
        const std::string_view first = name.substr(0, dot);
        const View* v = nullptr;
        for (auto it = frames.rbegin(); it != frames.rend() && !v; ++it) {
            if (it->rows) {
                // Every row has the same fields: one that the rows lack comes from outside.
                auto text = it->rows->Field(it->row, first, made);
                if (!text) continue;
                if (dot != std::string_view::npos) return {};  // a text has no fields
                return {nullptr, text};
            }
            v = it->view->Find(first);
            if (!v && it->list && it->list->SomeItemHas(first)) return {};
        }
        while (v && dot != std::string_view::npos && !name.empty()) {
            name = name.substr(name.find('.') + 1);
            const std::string_view part = name.substr(0, name.find('.'));
            if (v->kind() == View::Kind::kList) {
                const auto index = IndexOf(part);
                if (const RowSource* rows = v->rows()) {
                    // A row is no view: it can be tested ("{{#rows.0}}"), not entered.
                    const bool exists = index && *index < rows->size();
                    return {nullptr, std::nullopt,
                            exists && name.find('.') == std::string_view::npos};
                }
                v = index && *index < v->items().size() ? &v->items()[*index] : nullptr;
            } else {
                v = v->Find(part);
            }
            if (name.find('.') == std::string_view::npos) break;
        }
        return {v};
    }
};

void RenderNodes(const std::vector<Node>& nodes, Stack& stack,
                 const MustacheTemplate::PartialLookup& partials, std::string& out);

void RenderChildren(const Node& n, Stack::Frame frame, Stack& stack,
                    const MustacheTemplate::PartialLookup& partials, std::string& out) {
    stack.frames.push_back(frame);
    RenderNodes(n.children, stack, partials, out);
    stack.frames.pop_back();
}

void RenderSection(const Node& n, const Found& found, Stack& stack,
                   const MustacheTemplate::PartialLookup& partials, std::string& out) {
    if (!found.Truthy()) return;
    const View* v = found.view;
    if (!v) {
        if (!found.text) return RenderNodes(n.children, stack, partials, out);
        // A row's text is the section's ".", kept as long as the section renders.
        const View text{std::string(*found.text)};
        return RenderChildren(n, {&text}, stack, partials, out);
    }
    if (const RowSource* rows = v->rows()) {
        for (size_t i = 0; i < rows->size(); ++i)
            RenderChildren(n, {nullptr, nullptr, rows, i}, stack, partials, out);
    } else if (v->kind() == View::Kind::kList) {
        ListFields list{&v->items(), {}};
        for (const View& item : v->items()) RenderChildren(n, {&item, &list}, stack, partials, out);
    } else if (v->kind() == View::Kind::kObject || v->kind() == View::Kind::kString) {
        RenderChildren(n, {v}, stack, partials, out);
    } else {
        RenderNodes(n.children, stack, partials, out);
    }
}

void RenderNodes(const std::vector<Node>& nodes, Stack& stack,
                 const MustacheTemplate::PartialLookup& partials, std::string& out) {
    for (const Node& n : nodes) {
        switch (n.type) {
            case Node::Type::kText:
                out.append(n.text);
                break;
            case Node::Type::kVar:
                AppendEscaped(stack.Lookup(n).Text(), out);
                break;
            case Node::Type::kRaw:
                out.append(stack.Lookup(n).Text());
                break;
            case Node::Type::kSection:
                if (n.name == Node::Name::kItemTest) {
                    if (stack.Lookup(n).Truthy()) RenderNodes(n.children, stack, partials, out);
                } else {
                    RenderSection(n, stack.Lookup(n), stack, partials, out);
                }
                break;
            case Node::Type::kInverted:
                if (!stack.Lookup(n).Truthy()) RenderNodes(n.children, stack, partials, out);
                break;
            case Node::Type::kPartial:
                // A partial renders in the current context, seeing every enclosing frame.
                if (const MustacheTemplate* p = partials(n.text))
                    RenderNodes(p->nodes(), stack, partials, out);
                break;
        }
    }
}

// "hits.0": a dotted name ending in a list index.
bool IsItemTest(std::string_view name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot + 1 == name.size()) return false;
    for (char c : name.substr(dot + 1))
        if (c < '0' || c > '9') return false;
    return true;
}

// Sets what each tag's name is (".", plain, dotted, a list item's test).
void LearnNames(std::vector<Node>& nodes) {
    for (Node& n : nodes) {
        if (n.type == Node::Type::kText || n.type == Node::Type::kPartial) continue;
        n.name = n.text == "."                                          ? Node::Name::kDot
                 : n.type == Node::Type::kSection && IsItemTest(n.text) ? Node::Name::kItemTest
                 : n.text.find('.') != std::string::npos                ? Node::Name::kDotted
                                                                        : Node::Name::kPlain;
        LearnNames(n.children);
    }
}

}  // namespace

std::optional<MustacheTemplate> MustacheTemplate::Compile(std::string_view source,
                                                          std::string& error) {
    auto nodes = std::make_shared<std::vector<Node>>();
    size_t pos = 0;
    if (!Parse(source, pos, "", *nodes, error)) return std::nullopt;
    LearnNames(*nodes);
    MustacheTemplate t;
    t.nodes_ = std::move(nodes);
    return t;
}

void MustacheTemplate::Render(const View& view, const PartialLookup& partials,
                              std::string& out) const {
    Stack stack;
    stack.frames.push_back({&view, nullptr});
    RenderNodes(*nodes_, stack, partials, out);
}

}  // namespace koers::web
