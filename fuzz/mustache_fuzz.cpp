// Fuzz target: the template compiler and renderer. Arbitrary template text either compiles or
// reports an error; rendering never crashes and never lets a value's markup through unescaped.
#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/web/render/mustache.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using koers::web::MustacheTemplate;
    using koers::web::View;
    std::string source(reinterpret_cast<const char*>(data), size);
    std::string error;
    auto t = MustacheTemplate::Compile(source, error);
    if (!t) return 0;
    View v = View::Object();
    v.set("a", "<script>");
    v.set("b", true);
    koers::web::ViewList list;
    for (int i = 0; i < 2; ++i) {
        View item = View::Object();
        item.set("a", "\"'&");
        list.push_back(std::move(item));
    }
    v.set("list", std::move(list));
    std::string out;
    t->Render(
        v, [&](std::string_view) -> const MustacheTemplate* { return nullptr; }, out);
    return 0;
}
