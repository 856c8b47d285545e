#pragma once
// Shared pieces of every HTML page: the layout (header, navigation, footer), one-time
// notices after a redirect ("flash"), form error lists and the error page.
#include <string>
#include <string_view>

#include "core/common/validation.hpp"
#include "web/http/router.hpp"
#include "web/render/view.hpp"

namespace koers::web {

// Renders `tmpl` with `view` inside the layout.
Response RenderPage(Ctx& ctx, std::string_view tmpl, View view, std::string_view title,
                    int status = 200);
// A notice shown once on the next page; `code` is a key of the table in page.cpp.
void SetFlash(Ctx& ctx, std::string_view code);
// Adds `errors` (a list) and `error_<field>` entries for a failed validation.
void AddErrors(View& view, const core::Validation& v);
// The error page for the router.
Response ErrorPage(Ctx& ctx, int status, const std::string& message);
// Adds the sign-in state and the CSRF token to a view; RenderPage does this for the layout.
View Base(Ctx& ctx);

}  // namespace koers::web
