#include "platform/web/render/templates.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <stdexcept>

#include "platform/core/common/embedded.hpp"
#include "platform/web/render/mustache.hpp"

namespace koers::web::platform_templates {
const std::vector<koers::EmbeddedFile>& Files();  // generated from src/platform/web/templates
}

namespace koers::web {
namespace {

struct Compiled {
    explicit Compiled(MustacheTemplate t) : tmpl(std::move(t)) {}
    MustacheTemplate tmpl;
    // The size of what it made last: the next rendering reserves that much, so that a large page
    // (the LOB-scan results, 150 KB) is not copied each time its buffer doubles.
    mutable std::atomic<size_t> last_size{0};
};

struct TemplateSet {
    std::map<std::string, Compiled, std::less<>> compiled;
    // The partials by their name without "partials/", for lookups without a new string.
    std::map<std::string, const MustacheTemplate*, std::less<>> partials;
    std::vector<EmbeddedFiles> sources;
};

constexpr std::string_view kPartials = "partials/";

// Compiles one table of templates into the set; throws naming a broken or repeated template.
void Compile(EmbeddedFiles files, TemplateSet& set) {
    for (const auto& f : files()) {
        std::string name(f.name.substr(0, f.name.size() - 9));  // without ".mustache"
        std::string error;
        auto t = MustacheTemplate::Compile(f.content, error);
        if (!t)
            throw std::runtime_error(
                std::string("template ").append(name).append(": ").append(error));
        const auto [at, added] = set.compiled.try_emplace(name, std::move(*t));
        if (!added) throw std::logic_error("template " + name + " is defined twice");
        if (name.starts_with(kPartials))
            set.partials.emplace(name.substr(kPartials.size()), &at->second.tmpl);
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
    const auto& partials = All().partials;
    auto it = partials.find(name);
    return it == partials.end() ? nullptr : it->second;
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
    const Compiled& t = it->second;
    std::string out;
    out.reserve(std::max<size_t>(8192, t.last_size.load(std::memory_order_relaxed)));
    t.tmpl.Render(view, Partial, out);
    t.last_size.store(out.size(), std::memory_order_relaxed);
    return out;
}

}  // namespace koers::web
