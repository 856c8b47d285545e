#pragma once
// Request-aborting failures. Each carries a Dutch message fit for the user; the web layer maps
// the type to an HTTP status in exactly one place (web/http/router.cpp). Expected failures such as
// form validation use return values (see core/common/validation.hpp), not these.
#include <stdexcept>
#include <string>

namespace koers::core {

class KoersError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class NotFound : public KoersError {
public:
    NotFound() : KoersError("De pagina of het gegeven dat u zoekt bestaat niet (meer).") {}
    using KoersError::KoersError;
};

class Forbidden : public KoersError {
public:
    Forbidden() : KoersError("U heeft geen toegang tot deze pagina.") {}
    using KoersError::KoersError;
};

class Conflict : public KoersError {
public:
    using KoersError::KoersError;
};

// Something that existed but is no longer available (a closed scan round): 410.
class Gone : public KoersError {
public:
    using KoersError::KoersError;
};
class InvalidInput : public KoersError {
public:
    using KoersError::KoersError;
};

// A rate limit was reached (core/common/rate_limit.hpp): 429, to try again after a while.
class TooManyRequests : public KoersError {
public:
    using KoersError::KoersError;
};

}  // namespace koers::core
