#include "web/render/templates.hpp"

#include <map>
#include <stdexcept>

#include "embedded/embedded.hpp"
#include "web/render/mustache.hpp"

namespace koers::web::templates {
const std::vector<koers::EmbeddedFile>& Files();  // generated from templates/**/*.mustache
}

namespace koers::web {
namespace {

// Every template compiled once, on first use (never during static initialisation), then
// read-only and shared by all threads.
const std::map<std::string, MustacheTemplate, std::less<>>& Compiled() {
    static const auto kCompiled = [] {
        std::map<std::string, MustacheTemplate, std::less<>> out;
        for (const auto& f : templates::Files()) {
            std::string name(f.name.substr(0, f.name.size() - 9));  // without ".mustache"
            std::string error;
            auto t = MustacheTemplate::Compile(f.content, error);
            if (!t) throw std::runtime_error("template " + name + ": " + error);
            out.emplace(std::move(name), std::move(*t));
        }
        return out;
    }();
    return kCompiled;
}

const MustacheTemplate* Partial(std::string_view name) {
    const auto& all = Compiled();
    auto it = all.find("partials/" + std::string(name));
    return it == all.end() ? nullptr : &it->second;
}

}  // namespace

void Templates::Check() { Compiled(); }

std::string Templates::Render(std::string_view name, const View& view) {
    const auto& all = Compiled();
    auto it = all.find(name);
    if (it == all.end()) throw std::runtime_error("onbekende template: " + std::string(name));
    std::string out;
    out.reserve(8192);
    it->second.Render(view, Partial, out);
    return out;
}

}  // namespace koers::web
