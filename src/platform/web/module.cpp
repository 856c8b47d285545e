#include "platform/web/module.hpp"

#include "platform/web/render/templates.hpp"

namespace koers::web {

std::vector<storage::ModuleSchema> SchemaOf(std::span<const Module> modules) {
    std::vector<storage::ModuleSchema> out;
    for (const Module& m : modules) out.push_back({m.name, m.migrations});
    return out;
}

std::string MarkupOf(std::span<const Module> modules) {
    for (const Module& m : modules)
        if (m.templates) Templates::Add(m.templates);
    return Templates::Markup();
}

}  // namespace koers::web
