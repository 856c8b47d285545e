// Must not compile: a module's core includes no storage and no web (tests/support/check_parts.sh).
#include "platform/web/http/router.hpp"
