#pragma once
// Form validation results: a list of field errors in Dutch. Validation never throws; the handler
// shows the form again with the user's input and these messages.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

struct FieldError {
    std::string field;
    std::string message;
};

class Validation {
public:
    void Add(std::string field, std::string message) {
        errors_.push_back({std::move(field), std::move(message)});
    }
    bool ok() const { return errors_.empty(); }
    const std::vector<FieldError>& errors() const { return errors_; }
    // The first message for `field`, or empty.
    std::string For(std::string_view field) const {
        for (const auto& e : errors_)
            if (e.field == field) return e.message;
        return {};
    }

private:
    std::vector<FieldError> errors_;
};

// A free-text field of a form: its name, how a message names it ("de titel"), its length limit
// in bytes, whether it must be filled in and whether it may span lines.
struct TextRule {
    std::string_view field;
    std::string_view label;
    size_t max = 0;
    bool required = false;
    bool lines = false;
};
// The text trimmed; an empty required one, one over the limit, or one with control characters
// (a line break in a one-line field) adds a Dutch message for the field to `v`.
std::string CheckedText(std::string_view raw, const TextRule& rule, Validation& v);

// Trims ASCII white space at both ends.
std::string Trim(std::string_view s);
// Lower-cases ASCII letters (e-mail addresses are compared this way).
std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);
// Items as one Dutch phrase: "a", "a en b", "a, b en c".
std::string DutchList(std::span<const std::string> items);
// True for a plausible e-mail address: one '@', a dot in the domain, no spaces or controls.
bool LooksLikeEmail(std::string_view s);
// True when `s` is valid UTF-8 without control characters (other than tab/newline when allowed).
bool IsCleanText(std::string_view s, bool allow_newlines);

}  // namespace koers::core
