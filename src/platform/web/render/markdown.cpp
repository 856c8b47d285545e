#include "platform/web/render/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>

namespace koers::web {
namespace {

struct Parsed {
    cmark_parser* parser = nullptr;
    cmark_node* doc = nullptr;
    ~Parsed() {
        if (doc) cmark_node_free(doc);
        if (parser) cmark_parser_free(parser);
    }
};

// CMARK_OPT_DEFAULT is safe in cmark-gfm 0.29: raw HTML becomes a comment, bad URLs vanish.
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8;

void ParseMarkdown(std::string_view md, Parsed& p) {
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    p.parser = cmark_parser_new(kOptions);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(p.parser, ext);
    cmark_parser_feed(p.parser, md.data(), md.size());
    p.doc = cmark_parser_finish(p.parser);
}

// Shifts headings so the highest one becomes <h2> ("# A" -> h2, "## B" -> h3; a text that
// starts at "##" keeps its levels), at most to h6.
void ShiftHeadings(cmark_node* doc) {
    int top = 7;
    cmark_iter* it = cmark_iter_new(doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING)
            top = std::min(top, cmark_node_get_heading_level(n));
    }
    cmark_iter_free(it);
    const int shift = top < 2 ? 2 - top : 0;
    if (shift == 0) return;
    it = cmark_iter_new(doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING)
            cmark_node_set_heading_level(n, std::min(6, cmark_node_get_heading_level(n) + shift));
    }
    cmark_iter_free(it);
}

std::string Take(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

}  // namespace

std::string MarkdownToHtml(std::string_view md) {
    Parsed p;
    ParseMarkdown(md, p);
    ShiftHeadings(p.doc);
    return Take(cmark_render_html(p.doc, kOptions, cmark_parser_get_syntax_extensions(p.parser)));
}

std::string MarkdownToText(std::string_view md) {
    Parsed p;
    ParseMarkdown(md, p);
    // The words only, from the tree: cmark's plain-text renderer keeps list bullets and table
    // pipes, which then showed in search snippets. A block ends its line; table cells are
    // parted by " · ".
    std::string out;
    auto end_line = [&out] {
        while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
        if (!out.empty()) out += '\n';
    };
    cmark_iter* it = cmark_iter_new(p.doc);
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node* n = cmark_iter_get_node(it);
        const cmark_node_type type = cmark_node_get_type(n);
        if (ev == CMARK_EVENT_ENTER) {
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
                if (const char* s = cmark_node_get_literal(n)) out += s;
            } else if (type == CMARK_NODE_SOFTBREAK) {
                out += ' ';
            } else if (type == CMARK_NODE_LINEBREAK) {
                out += '\n';
            } else if (type == CMARK_NODE_CODE_BLOCK) {
                if (const char* s = cmark_node_get_literal(n)) out += s;
                end_line();
            }
            continue;
        }
        const std::string_view name = cmark_node_get_type_string(n);
        if (name == "table_cell") {
            out += " · ";
        } else if (name == "table_row" || name == "table_header") {
            if (out.ends_with(" · ")) out.resize(out.size() - 4);  // "·" is two bytes
            end_line();
        } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            end_line();
        }
    }
    cmark_iter_free(it);
    end_line();
    if (!out.empty()) out.pop_back();
    return out;
}

}  // namespace koers::web
