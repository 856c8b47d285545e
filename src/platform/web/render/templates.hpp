#pragma once
// The template set: the platform's (src/platform/web/templates) and each composed module's
// (Module::templates), compiled into the binary (cmake/embed.cmake), compiled once at start-up,
// then shared read-only by all threads.
#include <string>
#include <string_view>

#include "platform/core/common/embedded.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

class Templates {
public:
    // Adds a module's templates (once per table; again is a no-op). Only at start, before any
    // request is served. Throws naming a broken template or a name already taken.
    static void Add(EmbeddedFiles files);
    // Compiles every template; throws std::runtime_error naming the first broken one.
    static void Check();
    // The text of every template added so far, one after another (for the classes they use).
    static std::string Markup();
    // Renders "folder/name" (without .mustache). Partials {{> name}} resolve to templates in
    // partials/. Throws std::runtime_error for an unknown template.
    static std::string Render(std::string_view name, const View& view);
};

}  // namespace koers::web
