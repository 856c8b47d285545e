#include "platform/web/module.hpp"

namespace koers::web {

std::vector<storage::ModuleSchema> SchemaOf(std::span<const Module> modules) {
    std::vector<storage::ModuleSchema> out;
    for (const Module& m : modules) out.push_back({m.name, m.migrations});
    return out;
}

}  // namespace koers::web
