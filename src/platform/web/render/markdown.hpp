#pragma once
// Markdown (GitHub flavour: tables, strikethrough, autolinks) to HTML with cmark-gfm in safe
// mode: raw HTML is never passed through and javascript:/data: links are dropped. The highest
// heading becomes <h2>, because the page title is the <h1>.
#include <string>
#include <string_view>

namespace koers::web {

std::string MarkdownToHtml(std::string_view markdown);
// The text without markup, for the search index and meta descriptions.
std::string MarkdownToText(std::string_view markdown);

}  // namespace koers::web
