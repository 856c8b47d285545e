// What a handler reads from its request (Ctx): path ids and posted fields, looked up in an index
// built once per request.
#include <string>
#include <vector>

#include "platform/core/common/errors.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/http/router.hpp"

namespace koers::web {

std::optional<int64_t> Ctx::FindId(std::string_view name) const {
    auto v = Find(params, name);
    return v ? ParsePositiveId(*v) : std::nullopt;
}

const FieldIndex& Ctx::Fields() const {
    if (!fields_) fields_.emplace(form);
    return *fields_;
}

std::string Ctx::Field(std::string_view name) const {
    const std::string* value = Fields().First(name);
    return value ? *value : std::string();
}

bool Ctx::Posted(std::string_view name) const { return Fields().First(name) != nullptr; }

std::vector<std::string> Ctx::FieldValues(std::string_view name) const {
    return Fields().All(name);
}

int64_t Ctx::Id(std::string_view name) const {
    auto id = FindId(name);
    if (!id) throw core::NotFound();
    return *id;
}

std::optional<core::Target> TeamScope(const Ctx& ctx, std::optional<int64_t> team) {
    const auto school = ctx.FindId("school");
    if (!school || !team) return std::nullopt;
    return core::Target::Team(*school, *team);
}

}  // namespace koers::web
