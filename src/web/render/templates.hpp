#pragma once
// The template set: compiled into the binary from templates/ (cmake/embed.cmake), checked once
// at start-up, compiled once per thread (rendering a kainjow template mutates it, so threads do
// not share compiled templates) and never during static initialisation.
#include <string>
#include <string_view>

#include "web/render/view.hpp"

namespace koers::web {

class Templates {
public:
    // Compiles every template once; throws std::runtime_error naming the first broken one.
    static void Check();
    // Renders "folder/name" (without .mustache). Partials {{> name}} resolve to templates in
    // partials/. Throws std::runtime_error for an unknown template.
    static std::string Render(std::string_view name, View view);
};

}  // namespace koers::web
