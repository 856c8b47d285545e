#pragma once
// What the nieuwsbrief module builds at start (Module::build) and its handlers use.
#include "modules/newsletter/storage/newsletter_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct NewsletterParts {
    explicit NewsletterParts(storage::Database& db) : newsletter(db) {}

    storage::NewsletterRepo newsletter;  // subscribers, their links, issues and deliveries
};

inline NewsletterParts& NewsletterOf(const Services& app) {
    return app.parts.Get<NewsletterParts>();
}
inline NewsletterParts& NewsletterOf(const Ctx& ctx) { return NewsletterOf(ctx.app); }

}  // namespace koers::web
