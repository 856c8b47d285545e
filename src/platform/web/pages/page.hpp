#pragma once
// Shared pieces of every HTML page: the layout (header, navigation, footer), one-time
// notices after a redirect ("flash"), form error lists and the error page.
#include <functional>
#include <string>
#include <string_view>

#include "platform/core/common/validation.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// What search engines and link previews read (meta description, canonical URL, Open Graph).
struct PageMeta {
    std::string description;
    std::string canonical_path;  // made absolute with the public URL
    std::string og_type = "website";
    std::string image_path;
    std::string feed_path;  // an Atom feed to announce
};

// Renders `tmpl` with `view` inside the layout.
Response RenderPage(Ctx& ctx, std::string_view tmpl, View view, std::string_view title,
                    int status = 200, const PageMeta* meta = nullptr);
// The public URL of a local path ("https://koers.example.nl/nieuws"); the second for work
// outside a request (mail from housekeeping).
std::string AbsoluteUrl(const Ctx& ctx, std::string_view path);
std::string AbsoluteUrl(const Services& app, std::string_view path);
// A notice shown once on the next page; `code` is a key of the table in page.cpp.
void SetFlash(Ctx& ctx, std::string_view code);
// Adds `errors` (a list) and `error_<field>` entries for a failed validation. Each error links
// to `#<anchor>`: the field's name, or what `anchor` makes of it (the record kernel's fields
// have the id "f-<name>": web/records/record_views' AddFieldErrors).
void AddErrors(View& view, const core::Validation& v,
               const std::function<std::string(std::string_view field)>& anchor = {});
// The error page for the router.
Response ErrorPage(Ctx& ctx, int status, const std::string& message);
// Adds the sign-in state and the CSRF token to a view; RenderPage does this for the layout.
// The CSRF token as this response's forms carry it: masked afresh for each response (so a
// compressed page gives nothing away about it), the same within one response.
const std::string& PageCsrf(Ctx& ctx);
View Base(Ctx& ctx);

}  // namespace koers::web
