// The router's routes: kept in order, the most specific pattern first; matched against a request's
// path; and a request's target as the log may show it, without its secrets.
#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "platform/web/http/parse.hpp"
#include "platform/web/http/router.hpp"

namespace koers::web {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
    std::vector<std::string_view> out;
    size_t start = 1;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        out.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool IsParamSegment(const std::string& segment) {
    return segment.size() > 2 && segment.front() == '{';
}

bool Match(const std::vector<std::string>& pattern, const std::vector<std::string_view>& path,
           Pairs& params) {
    if (pattern.size() != path.size()) return false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const std::string& p = pattern[i];
        const bool param = IsParamSegment(p);
        if (!param && p != path[i]) return false;
        if (param && path[i].empty()) return false;
    }
    params.clear();
    for (size_t i = 0; i < pattern.size(); ++i)
        if (IsParamSegment(pattern[i]))
            params.emplace_back(pattern[i].substr(1, pattern[i].size() - 2), path[i]);
    return true;
}

// Route order: at the first segment where two patterns of the same length differ in kind, the
// literal one comes first, so "/nieuws/feed.xml" wins over "/nieuws/{slug}" and "/{slug}" loses
// to every other page, whatever order the capabilities register their routes in. Patterns of
// different lengths never match the same path; ordering them by length keeps this a strict
// weak order, which the sorted insertion needs.
bool MoreSpecific(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() != b.size()) return a.size() < b.size();
    for (size_t i = 0; i < a.size(); ++i)
        if (IsParamSegment(a[i]) != IsParamSegment(b[i])) return !IsParamSegment(a[i]);
    return false;
}

// Two patterns that match exactly the same paths ("/a/{x}" and "/a/{y}").
bool SameShape(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (IsParamSegment(a[i]) != IsParamSegment(b[i])) return false;
        if (!IsParamSegment(a[i]) && a[i] != b[i]) return false;
    }
    return true;
}

}  // namespace

void Router::Insert(Route route) {
    const std::string& pattern = route.pattern;
    std::vector<std::string>& segments = route.segments;
    for (auto part : Split(pattern)) segments.emplace_back(part);
    if (route.access.narrow && route.access.from != Access::From::kSchoolParam)
        throw std::logic_error("route " + pattern + ": a narrower scope needs a {school} target");
    for (const auto& r : routes_)
        if (r.method == route.method && SameShape(r.segments, segments))
            throw std::logic_error(std::string("route ")
                                       .append(route.method)
                                       .append(" ")
                                       .append(pattern)
                                       .append(" duplicates ")
                                       .append(r.pattern));
    auto at = std::upper_bound(routes_.begin(), routes_.end(), segments,
                               [](const std::vector<std::string>& s, const Route& r) {
                                   return MoreSpecific(s, r.segments);
                               });
    routes_.insert(at, std::move(route));
}

std::string LoggableTarget(const Target& target, const Route* route) {
    constexpr std::string_view kHidden = "…";
    constexpr size_t kLongestPlainSegment = 16;  // secrets are longer (24 random bytes)
    std::string out;
    if (!target.valid) {
        out = "(ongeldig webadres)";
    } else {
        const auto parts = Split(target.path);
        for (size_t i = 0; i < parts.size(); ++i) {
            out += '/';
            const std::string_view segment =
                route && i < route->segments.size() ? route->segments[i] : std::string_view();
            if (segment == "{token}" || (!route && parts[i].size() > kLongestPlainSegment))
                out += kHidden;
            else
                out += parts[i];
        }
        if (out.empty()) out = "/";
    }
    char separator = '?';
    for (const auto& [name, value] : target.query) {
        out += separator;
        separator = '&';
        out += UrlEncode(name);
        out += '=';
        if (name == "code" || name == "token")
            out += kHidden;
        else
            out += UrlEncode(value);
    }
    return out;
}

bool Router::AnsweredFromMemory(std::string_view method, std::string_view target) {
    return (method == "GET" || method == "HEAD") && target.substr(0, 8) == "/static/";
}

bool Router::AcceptsUpload(std::string_view method, std::string_view target) const {
    const Target parsed = ParseTarget(target);
    if (!parsed.valid) return false;
    Pairs params;
    std::string allow;
    const Route* route = Resolve(method, parsed.path, params, allow);
    return route != nullptr && route->uploads;
}

const Route* Router::Resolve(std::string_view method, std::string_view path, Pairs& params,
                             std::string& allow) const {
    const auto parts = Split(path);
    for (const auto& r : routes_) {
        if (!Match(r.segments, parts, params)) continue;
        if (r.method == method) return &r;
        if (allow.find(r.method) == std::string::npos)
            allow += (allow.empty() ? "" : ", ") + r.method;
    }
    params.clear();
    return nullptr;
}

}  // namespace koers::web
