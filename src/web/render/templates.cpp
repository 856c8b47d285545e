#include "web/render/templates.hpp"

#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "embedded/embedded.hpp"

namespace koers::web::templates {
const std::vector<koers::EmbeddedFile>& Files();  // generated from templates/**/*.mustache
}

namespace koers::web {
namespace {

std::string_view Source(std::string_view name) {
    for (const auto& f : templates::Files()) {
        std::string_view n = f.name;
        if (n.size() == name.size() + 9 && n.substr(0, name.size()) == name &&
            n.substr(name.size()) == ".mustache")
            return f.content;
    }
    throw std::runtime_error("onbekende template: " + std::string(name));
}

kainjow::mustache::mustache& Compiled(std::string_view name) {
    thread_local std::unordered_map<std::string, std::unique_ptr<kainjow::mustache::mustache>> cache;
    auto it = cache.find(std::string(name));
    if (it == cache.end()) {
        auto t = std::make_unique<kainjow::mustache::mustache>(std::string(Source(name)));
        if (!t->is_valid())
            throw std::runtime_error("template " + std::string(name) + ": " + t->error_message());
        it = cache.emplace(std::string(name), std::move(t)).first;
    }
    return *it->second;
}

// Adds every partial to the view so {{> name}} finds partials/name.mustache.
void AddPartials(View& v) {
    for (const auto& f : templates::Files()) {
        std::string_view n = f.name;
        if (n.rfind("partials/", 0) != 0) continue;
        std::string key(n.substr(9, n.size() - 9 - 9));
        std::string_view content = f.content;
        v.set(key, kainjow::mustache::partial([content] { return std::string(content); }));
    }
}

}  // namespace

void Templates::Check() {
    for (const auto& f : templates::Files()) {
        std::string_view n = f.name;
        Compiled(n.substr(0, n.size() - 9));
    }
}

std::string Templates::Render(std::string_view name, View view) {
    auto& t = Compiled(name);
    AddPartials(view);
    std::string out = t.render(view);
    if (!t.is_valid())
        throw std::runtime_error("template " + std::string(name) + ": " + t.error_message());
    return out;
}

}  // namespace koers::web
