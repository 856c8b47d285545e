// Must not compile: the platform never includes a module (tests/support/check_parts.sh).
#include "modules/scan/web/scan_parts.hpp"
