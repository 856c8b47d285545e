#pragma once
// Who saves a record: the signed-in person as the record kernel stores them with every version
// (their account and the name shown in its history). Nobody for a request without one.
#include "platform/storage/record_store.hpp"
#include "platform/web/http/router.hpp"

namespace koers::web {

inline storage::Author AuthorOf(const Ctx& ctx) {
    if (ctx.user == nullptr) return {};
    return {ctx.user->user_id, ctx.user->display_name};
}

}  // namespace koers::web
