// Must not compile: the LOB-scan has not declared a link to the kwaliteitscyclus
// (tests/support/check_parts.sh).
#include "modules/quality/storage/quality_repo.hpp"
