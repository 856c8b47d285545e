#pragma once
// The router: matches method and path, then applies, in this one place and in this order,
// the rules every route shares: find the session, check the route's permission on its target
// (deny by default), check the CSRF token of every state-changing request, call the handler,
// map failures to Dutch error pages, add security headers, record metrics.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/access/policy.hpp"
#include "platform/web/http/message.hpp"
#include "platform/web/http/multipart.hpp"
#include "platform/web/http/parse.hpp"

namespace koers::web {

struct Services;
struct Ctx;

// The narrower target of a school route's resource, read from the request (path parameters,
// query, form): the team it belongs to (a team's werkplan, a LOB-scan round of one team,
// core::Target::Team), the group (Target::Group) or the student (Target::Student, a
// loopbaandossier); nullopt for a school-wide resource or one that does not exist in this school
// (the handler then answers 404). Must not throw for malformed input.
using ScopeResolver = std::optional<core::Target> (*)(const Ctx&);
// For a ScopeResolver: Target::Team of the request's {school} and `team` (nullopt when either is
// missing).
std::optional<core::Target> TeamScope(const Ctx& ctx, std::optional<int64_t> team);

// What a route needs: a permission, on a target taken from the platform or a path parameter.
struct Access {
    enum class From { kNone, kPlatform, kRegionParam, kSchoolParam };
    core::Permission permission;
    From from = From::kNone;
    std::string_view param;
    bool token_ok = false;           // also granted with the metrics token (Prometheus)
    ScopeResolver narrow = nullptr;  // narrows a school target to the resource's team or person

    static Access Public() { return {core::Permission::kPublic}; }
    static Access Own() { return {core::Permission::kOwnAccount}; }
    static Access Platform(core::Permission p) { return {p, From::kPlatform}; }
    // The installation's management pages: the beheerder's only.
    static Access Beheer() { return Platform(core::Permission::kManagePlatform); }
    static Access School(core::Permission p, std::string_view param) {
        return {p, From::kSchoolParam, param};
    }
    static Access Region(core::Permission p, std::string_view param) {
        return {p, From::kRegionParam, param};
    }
    // The same school access, checked again on the team, group or student the resource belongs
    // to: a membership tied to one team reaches only that team's resources, a mentor only their
    // groups' students, a student only their own.
    Access Within(ScopeResolver scope_of_resource) const {
        Access a = *this;
        a.narrow = scope_of_resource;
        return a;
    }
    // For operational endpoints: a scraper with the configured metrics token
    // (WebConfig::metrics_token, as "Authorization: Bearer ...") or a signed-in person with `p`
    // on the platform. Never the client address: behind a proxy every client is local.
    static Access PlatformOrToken(core::Permission p) { return {p, From::kPlatform, {}, true}; }
};

// Per-request context handed to a handler.
struct Ctx {
    Ctx(const Request& r, Services& services, const Target& t) : req(r), app(services), target(t) {}

    const Request& req;
    Services& app;
    const Target& target;
    const core::Principal* user = nullptr;  // nullptr when not signed in
    std::string csrf_token;                 // what every form must send back (CsrfMatches)
    std::string page_csrf;     // the token as this response's forms carry it (PageCsrf), once made
    std::string session_hash;  // of the current session, when signed in
    Pairs params;              // path parameters
    Pairs cookies;             // parsed once, by the router
    Pairs form;                // parsed body of a form post (the fields of a multipart one)
    std::vector<FormPart> files;  // the files of a multipart/form-data post
    std::vector<std::string> set_cookies;

    // A path parameter as a positive id; throws core::NotFound when it is not one.
    int64_t Id(std::string_view name) const;
    // The same without throwing: nullopt when it is missing or not a positive id.
    std::optional<int64_t> FindId(std::string_view name) const;
    // A posted field's first value ("" when it was not posted), whether it was posted, and all
    // its values (checkbox groups); in constant time, however many fields the form has.
    std::string Field(std::string_view name) const;
    bool Posted(std::string_view name) const;
    std::vector<std::string> FieldValues(std::string_view name) const;
    std::optional<std::string> QueryParam(std::string_view name) const {
        return Find(target.query, name);
    }

private:
    const FieldIndex& Fields() const;
    mutable std::optional<FieldIndex> fields_;  // built on the first lookup, over `form`
};

using Handler = std::function<Response(Ctx&)>;

struct Route {
    std::string method;
    std::string pattern;  // "/beheer/scholen/{school}"
    Access access;
    Handler handler;
    std::vector<std::string> segments;  // the pattern split at '/', once at registration
    bool uploads = false;               // takes multipart/form-data with files (Router::Upload)
    bool published = false;             // the same for every anonymous reader (Router::Published)
    bool by_token = false;              // a POST whose authority is the {token} in its path
};

// Renders an error page for a status and Dutch message (set by the pages layer).
using ErrorRenderer = std::function<Response(Ctx&, int status, const std::string& message)>;

class Router {
public:
    explicit Router(Services& app);

    // Adds a route. Routes are tried from the most specific: where two patterns first differ
    // in kind, the literal segment wins over the parameter, so registration order never
    // matters. Throws std::logic_error for a second route of the same method and shape.
    void Add(std::string method, std::string pattern, Access access, Handler handler) {
        Insert({std::move(method), std::move(pattern), access, std::move(handler)});
    }
    void Get(std::string pattern, Access access, Handler h) {
        Add("GET", std::move(pattern), access, std::move(h));
    }
    void Post(std::string pattern, Access access, Handler h) {
        Add("POST", std::move(pattern), access, std::move(h));
    }
    // A POST that takes files (multipart/form-data) up to the server's upload limit. Every
    // other route refuses multipart bodies and gets only the small form limit, decided by the
    // server from the request line before it reads the body (AcceptsUpload).
    void Upload(std::string pattern, Access access, Handler h) {
        Insert({"POST", std::move(pattern), access, std::move(h), {}, true});
    }
    // A public GET page that every reader without a session gets the same (content: the home
    // page, lists, detail pages, search): answered from memory for a second (Services::published,
    // http/page_cache; a save in this process clears it). Never for a page that shows who is
    // reading; a page that carries a CSRF token is never kept.
    void Published(std::string pattern, Handler h) {
        Insert({"GET", std::move(pattern), Access::Public(), std::move(h), {}, false, true});
    }
    // A public POST whose only authority is the secret {token} in its path, sent by a mail
    // program without the visitor's cookies (RFC 8058 one-click unsubscribe): no CSRF token is
    // asked. Only for what is harmless to repeat and what the token's owner alone may do.
    void ByToken(std::string pattern, Handler h) {
        if (pattern.find("{token}") == std::string::npos)
            throw std::logic_error("ByToken needs a {token} in " + pattern);
        Insert(
            {"POST", std::move(pattern), Access::Public(), std::move(h), {}, false, false, true});
    }
    void SetErrorRenderer(ErrorRenderer r) { error_renderer_ = std::move(r); }
    // Whether a request with this method and target reaches a route that takes uploads.
    bool AcceptsUpload(std::string_view method, std::string_view target) const;
    // Whether it asks for a static file, answered from memory without the database.
    static bool AnsweredFromMemory(std::string_view method, std::string_view target);

    // Handles one request. Never throws.
    Response Handle(const Request& req);
    // The route for `method` ("GET" for HEAD) and `path`, with its path parameters; nullptr when
    // none matches, and then `allow` lists the methods the path does have.
    const Route* Resolve(std::string_view method, std::string_view path, Pairs& params,
                         std::string& allow) const;

    const std::vector<Route>& routes() const { return routes_; }
    Services& services() const { return app_; }

private:
    void Insert(Route route);
    Response Dispatch(Ctx& ctx, const Route& route);
    Response Error(Ctx& ctx, int status, const std::string& message);

    Services& app_;
    const std::string content_security_policy_;  // with the federations' origins in form-action
    std::vector<Route> routes_;
    ErrorRenderer error_renderer_;
};

// The target of a request as logs may show it. A one-time secret in a URL is always called
// {token} in a route's path or `code`/`token` in a query string; both are replaced by "…". A
// path no route matches keeps only segments too short to be a secret.
std::string LoggableTarget(const Target& target, const Route* route);

// Names of the cookies Koers sets.
inline constexpr std::string_view kSessionCookie = "koers_sessie";
inline constexpr std::string_view kCsrfCookie = "koers_csrf";
inline constexpr std::string_view kFlashCookie = "koers_melding";

// A Set-Cookie value with Koers's flags (HttpOnly, SameSite=Lax, Path=/, Secure if configured).
std::string CookieHeader(const Services& app, std::string_view name, std::string_view value,
                         int64_t max_age_seconds);

}  // namespace koers::web
