#include "platform/web/render/templates.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "platform/core/common/embedded.hpp"
#include "platform/web/render/mustache.hpp"

namespace koers::web::platform_templates {
const std::vector<koers::EmbeddedFile>& Files();  // generated from src/platform/web/templates
}

namespace koers::web {
namespace {

struct TemplateSet {
    std::map<std::string, MustacheTemplate, std::less<>> compiled;
    std::vector<EmbeddedFiles> sources;
};

// Compiles one table of templates into the set; throws naming a broken or repeated template.
void Compile(EmbeddedFiles files, TemplateSet& set) {
    for (const auto& f : files()) {
        std::string name(f.name.substr(0, f.name.size() - 9));  // without ".mustache"
        std::string error;
        auto t = MustacheTemplate::Compile(f.content, error);
        if (!t)
            throw std::runtime_error(
                std::string("template ").append(name).append(": ").append(error));
        if (!set.compiled.emplace(name, std::move(*t)).second)
            throw std::logic_error("template " + name + " is defined twice");
    }
    set.sources.push_back(files);
}

// The platform's templates compiled on first use (never during static initialisation), the
// modules' added at start; then read-only and shared by all threads.
TemplateSet& All() {
    static TemplateSet set = [] {
        TemplateSet s;
        Compile(platform_templates::Files, s);
        return s;
    }();
    return set;
}

const MustacheTemplate* Partial(std::string_view name) {
    const auto& all = All().compiled;
    auto it = all.find("partials/" + std::string(name));
    return it == all.end() ? nullptr : &it->second;
}

}  // namespace

void Templates::Add(EmbeddedFiles files) {
    auto& set = All();
    if (std::find(set.sources.begin(), set.sources.end(), files) == set.sources.end())
        Compile(files, set);
}

void Templates::Check() { All(); }

std::string Templates::Markup() {
    std::string out;
    for (EmbeddedFiles files : All().sources)
        for (const auto& f : files()) out.append(f.content).append("\n");
    return out;
}

std::string Templates::Render(std::string_view name, const View& view) {
    const auto& all = All().compiled;
    auto it = all.find(name);
    if (it == all.end()) throw std::runtime_error("onbekende template: " + std::string(name));
    std::string out;
    out.reserve(8192);
    it->second.Render(view, Partial, out);
    return out;
}

}  // namespace koers::web
