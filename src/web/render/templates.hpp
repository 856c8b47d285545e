#pragma once
// The template set: compiled into the binary from templates/ (cmake/embed.cmake), compiled once
// (Check() at start-up), then shared read-only by all threads.
#include <string>
#include <string_view>

#include "web/render/view.hpp"

namespace koers::web {

class Templates {
public:
    // Compiles every template; throws std::runtime_error naming the first broken one.
    static void Check();
    // Renders "folder/name" (without .mustache). Partials {{> name}} resolve to templates in
    // partials/. Throws std::runtime_error for an unknown template.
    static std::string Render(std::string_view name, const View& view);
};

}  // namespace koers::web
