#pragma once
// A route's path, declared once as a named constant next to its module's routes: the router
// registers it and every link to it is built from it, so a link and its route cannot drift
// apart (decision 0013).
//
//   inline constexpr RoutePath kRound{"/scholen/{school}/scan/{round}"};
//   r.Get(kRound, access, ShowRound);
//   v.set("path", kRound.With(school_id, round_id));  // "/scholen/3/scan/17"
//
// A malformed pattern does not compile; a link with the wrong number of values throws
// std::logic_error, which every test that renders the page catches.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace koers::web {

class RoutePath {
public:
    consteval RoutePath(const char* pattern) : pattern_(pattern), params_(Count(pattern)) {}

    constexpr std::string_view pattern() const { return pattern_; }
    constexpr operator std::string_view() const { return pattern_; }
    operator std::string() const { return std::string(pattern_); }

    // The path with each {parameter} replaced by the next value (numbers as digits, text
    // percent-encoded as one path segment).
    template <class... Values>
    std::string With(const Values&... values) const {
        if (sizeof...(Values) != params_)
            throw std::logic_error("link to " + std::string(pattern_) + " with " +
                                   std::to_string(sizeof...(Values)) + " value(s)");
        const std::string segments[] = {Segment(values)..., std::string()};
        return Fill(segments);
    }

private:
    static consteval size_t Count(const char* p) {
        if (p[0] != '/') throw "a route path starts with /";
        size_t n = 0;
        bool open = false;
        for (; *p; ++p) {
            if (*p == '{') {
                if (open || p[-1] != '/') throw "a parameter is a whole segment";
                open = true;
            } else if (*p == '}') {
                if (!open || (p[1] != '/' && p[1] != '\0')) throw "a parameter is a whole segment";
                open = false;
                ++n;
            }
        }
        if (open) throw "an unclosed parameter";
        return n;
    }
    template <class T>
    static std::string Segment(const T& value) {
        if constexpr (std::is_integral_v<T>)
            return std::to_string(value);
        else
            return EncodeSegment(std::string_view(value));
    }
    static std::string EncodeSegment(std::string_view text);
    std::string Fill(const std::string* segments) const;

    const char* pattern_;
    size_t params_;
};

}  // namespace koers::web
