#include "platform/web/http/router.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "platform/core/common/errors.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/auth/csrf.hpp"
#include "platform/web/http/assets.hpp"
#include "platform/web/http/compression.hpp"
#include "platform/web/http/metrics.hpp"
#include "platform/web/http/page_cache.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

// Whether a request carries no cookie but the anonymous CSRF one (no session, no notice).
bool OnlyCsrfCookie(const Pairs& cookies) {
    for (const auto& [name, value] : cookies)
        if (name != kCsrfCookie) return false;
    return true;
}

// Whether `token` (a CSRF token, masked or not) is in `body`.
bool Carries(std::string_view body, std::string_view token) {
    return !token.empty() && body.find(token) != std::string_view::npos;
}

// The policy of every response. A form may send the browser only here, or to a federation this
// installation signs in with (the sign-in button and the sign-out redirect to its provider).
std::string ContentSecurityPolicy(const WebConfig& config) {
    std::string form_action = "'self'";
    for (const auto& provider : config.identity_providers)
        if (auto origin = core::OriginOf(provider.issuer);
            !origin.empty() && form_action.find(" " + origin) == std::string::npos)
            form_action += " " + origin;
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "font-src 'self'; connect-src 'self'; form-action " +
           form_action + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
}

// Ordinary forms stay small; only multipart uploads may use the server's larger limit.
constexpr size_t kMaxFormBody = size_t{1024} * 1024;

bool IsUnsafe(std::string_view method) {
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

void AddSecurityHeaders(const Services& app, const std::string& policy, Response& r) {
    r.SetHeader("Content-Security-Policy", policy);
    r.SetHeader("X-Content-Type-Options", "nosniff");
    r.SetHeader("Referrer-Policy", "same-origin");
    r.SetHeader("X-Frame-Options", "DENY");
    r.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (app.config.hsts) r.SetHeader("Strict-Transport-Security", "max-age=31536000");
}

// The request carries the configured metrics token as a bearer token (compared in constant
// time); never true when no token is configured.
bool HasMetricsToken(const Ctx& ctx) {
    const std::string& token = ctx.app.config.metrics_token;
    if (token.empty()) return false;
    const std::string_view header = ctx.req.Header("authorization").value_or("");
    constexpr std::string_view kBearer = "Bearer ";
    if (header.substr(0, kBearer.size()) != kBearer) return false;
    return auth::SafeEquals(std::string(header.substr(kBearer.size())), token);
}

}  // namespace

Router::Router(Services& app)
    : app_(app), content_security_policy_(ContentSecurityPolicy(app.config)) {}

std::string CookieHeader(const Services& app, std::string_view name, std::string_view value,
                         int64_t max_age_seconds) {
    std::string c = std::string(name) + "=" + std::string(value) +
                    "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age_seconds);
    if (app.config.secure_cookies) c += "; Secure";
    return c;
}

Response Router::Error(Ctx& ctx, int status, const std::string& message) {
    if (error_renderer_) {
        try {
            return error_renderer_(ctx, status, message);
        } catch (...) {
        }
    }
    return Text(status, message);
}

Response Router::Handle(const Request& req) {
    const auto started = std::chrono::steady_clock::now();
    Target target = ParseTarget(req.target);
    Ctx ctx(req, app_, target);
    std::string route_name = "(geen route)";
    Response res;

    // Static files need no session: answer them before any database work.
    if (AnsweredFromMemory(req.method, target.path)) {
        auto asset = app_.assets.Serve(target.path, req);
        res = asset ? std::move(*asset) : Text(404, core::NotFound().what());
        res.SetHeader("X-Content-Type-Options", "nosniff");
        res.log_target = target.path;  // asset names only
        app_.metrics.Record(
            "/static", res.status,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        return res;
    }

    // The session, the handler and its page read one state of the database (decision 0037).
    storage::ReadScope reads(app_.db);
    std::optional<auth::ActiveSession> session;
    bool new_csrf_cookie = false;
    const Route* matched = nullptr;
    // A published page for a reader without a session: from memory when made within a second.
    std::string shared_key;
    bool from_memory = false;
    try {
        ctx.cookies = ParseCookies(req.Header("cookie").value_or(""));
        const Pairs& cookies = ctx.cookies;
        if (auto token = Find(cookies, kSessionCookie)) session = app_.accounts.Resolve(*token);
        if (session) {
            ctx.user = &session->principal;
            ctx.csrf_token = session->csrf_token;
            ctx.session_hash = session->token_hash;
        } else if (auto anon = Find(cookies, kCsrfCookie); anon && anon->size() >= 16) {
            ctx.csrf_token = *anon;
        } else if (!IsUnsafe(req.method)) {
            // Anonymous visitors get a CSRF cookie so their forms (sign-in, reset) are protected.
            ctx.csrf_token = app_.random.Token(24);
            new_csrf_cookie = true;
        }

        const Route* route = nullptr;
        std::string allow;
        const std::string_view method =
            req.method == "HEAD" ? std::string_view("GET") : std::string_view(req.method);
        if (target.valid) route = Resolve(method, target.path, ctx.params, allow);
        if (!target.valid) {
            res = Error(ctx, 400, "Dit webadres is ongeldig.");
        } else if (route) {
            route_name = route->pattern;
            matched = route;
            if (route->published && !session && OnlyCsrfCookie(ctx.cookies)) {
                shared_key = std::string(EncodingName(
                                 AcceptedEncoding(req.Header("accept-encoding").value_or("")))) +
                             " " + req.target;
                if (auto kept = app_.published.Get(shared_key, app_.clock.NowMillis())) {
                    res = std::move(*kept);
                    from_memory = true;
                }
            }
            if (!from_memory) res = Dispatch(ctx, *route);
        } else if (!allow.empty()) {
            if (allow.find("GET") != std::string::npos) allow += ", HEAD";
            res = Error(ctx, 405, "Deze handeling is op deze pagina niet mogelijk.");
            res.SetHeader("Allow", allow);
        } else {
            res = Error(ctx, 404, core::NotFound().what());
        }
    } catch (const storage::DbError& e) {
        spdlog::error("{} {} {}: database: {}", req.request_id, req.method,
                      LoggableTarget(target, matched), e.what());
        res = Error(ctx, 503, "Koers kan de gegevens nu niet bereiken. Probeer het zo opnieuw.");
    } catch (const std::exception& e) {
        spdlog::error("{} {} {}: {}", req.request_id, req.method, LoggableTarget(target, matched),
                      e.what());
        res = Error(ctx, 500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
    }
    res.log_target = LoggableTarget(target, matched);

    const bool html = res.content_type.rfind("text/html", 0) == 0;
    if (!from_memory) {
        if (html && !res.Header("cache-control")) res.SetHeader("Cache-Control", "no-store");
        AddSecurityHeaders(app_, content_security_policy_, res);
        const bool keep = !shared_key.empty() && res.status == 200 && ctx.set_cookies.empty() &&
                          !Carries(res.body, ctx.page_csrf) && !Carries(res.body, ctx.csrf_token);
        CompressResponse(req, res);
        if (keep) {
            const int64_t now_ms = app_.clock.NowMillis();
            app_.published.Put(
                shared_key, res,
                res.current_as_of_ms > 0 ? std::min(res.current_as_of_ms, now_ms) : now_ms);
        }
    }
    // What differs per request comes after what is kept: the visitor's own cookies, the id.
    if (new_csrf_cookie && html)
        ctx.set_cookies.push_back(CookieHeader(app_, kCsrfCookie, ctx.csrf_token, 86400));
    for (auto& c : ctx.set_cookies) res.SetHeader("Set-Cookie", std::move(c));
    res.SetHeader("X-Request-Id", req.request_id);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    app_.metrics.Record(route_name, res.status, seconds);
    return res;
}

Response Router::Dispatch(Ctx& ctx, const Route& route) {
    const Access& access = route.access;
    if (access.token_ok && HasMetricsToken(ctx)) return route.handler(ctx);
    if (access.permission != core::Permission::kPublic && !ctx.user) {
        if (ctx.req.method == "GET" || ctx.req.method == "HEAD")
            return Redirect("/inloggen?terug=" + UrlEncode(ctx.target.path));
        return Error(ctx, 401,
                     "Dit kan alleen na inloggen, of de sessie is verlopen. Log (opnieuw) in.");
    }
    core::Target target = core::Target::None();
    switch (access.from) {
        case Access::From::kNone:
            break;
        case Access::From::kPlatform:
            target = core::Target::Platform();
            break;
        case Access::From::kRegionParam:
            target = core::Target::Region(ctx.Id(access.param));
            break;
        case Access::From::kSchoolParam:
            target = core::Target::School(ctx.Id(access.param));
            break;
    }
    if (!core::Allowed(ctx.user, access.permission, target))
        return Error(ctx, 403, core::Forbidden().what());

    if (IsUnsafe(ctx.req.method)) {
        auto type = ctx.req.Header("content-type").value_or("");
        if (type.rfind("application/x-www-form-urlencoded", 0) == 0) {
            auto fields = ParseUrlEncoded(ctx.req.body);
            if (!fields)
                return Error(ctx, 400,
                             "Dit formulier heeft meer velden dan Koers aanneemt. Laad de pagina "
                             "opnieuw en probeer het nog eens.");
            ctx.form = std::move(*fields);
        } else if (type.rfind("multipart/form-data", 0) == 0) {
            if (!route.uploads)
                return Error(ctx, 415, "Op deze pagina kunnen geen bestanden worden verstuurd.");
            auto parts = ParseMultipart(type, ctx.req.body);
            if (!parts)
                return Error(ctx, 400,
                             "Koers kon het verstuurde formulier niet lezen. Probeer het opnieuw.");
            for (auto& p : *parts) {
                if (p.filename.empty())
                    ctx.form.emplace_back(std::move(p.name), std::move(p.data));
                else
                    ctx.files.push_back(std::move(p));
            }
        }
        if (type.rfind("multipart/form-data", 0) != 0 && ctx.req.body.size() > kMaxFormBody)
            return Error(ctx, 413, "Wat er verstuurd werd, is te groot.");
        const std::string sent = ctx.Posted("_csrf")
                                     ? ctx.Field("_csrf")
                                     : std::string(ctx.req.Header("x-csrf-token").value_or(""));
        if (!route.by_token && !auth::CsrfMatches(sent, ctx.csrf_token))
            return Error(ctx, 403,
                         "Dit formulier is verlopen of niet door Koers verstuurd. Laad de pagina "
                         "opnieuw en probeer het nog eens.");
    }
    // Only once the school is granted (and a post is known to be genuine) is the resource
    // looked up, and the permission checked on the team, group or student it belongs to.
    if (access.narrow) {
        if (auto scope = access.narrow(ctx); scope) {
            if (scope->id != target.id) return Error(ctx, 404, core::NotFound().what());
            if (!core::Allowed(ctx.user, access.permission, *scope))
                return Error(ctx, 403,
                             scope->kind == core::Target::Kind::kTeam
                                 ? "Dit hoort bij een ander team dan het uwe."
                                 : "Dit hoort bij een andere leerling of groep.");
        }
    }

    try {
        return route.handler(ctx);
    } catch (const core::NotFound& e) {
        return Error(ctx, 404, e.what());
    } catch (const core::Forbidden& e) {
        return Error(ctx, 403, e.what());
    } catch (const core::Conflict& e) {
        return Error(ctx, 409, e.what());
    } catch (const core::Gone& e) {
        return Error(ctx, 410, e.what());
    } catch (const core::InvalidInput& e) {
        return Error(ctx, 400, e.what());
    } catch (const core::TooManyRequests& e) {
        Response res = Error(ctx, 429, e.what());
        res.SetHeader("Retry-After", "60");
        return res;
    }
}

}  // namespace koers::web
