#pragma once
// The nieuwsbrief: subscribing with double opt-in and preferences by sector and theme, the
// redactie's issues composed from news, the kennisbank and the agenda, sent in batches through
// the outbox with one-click unsubscribing. Decision 0029.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Newsletter();

}  // namespace koers::modules
