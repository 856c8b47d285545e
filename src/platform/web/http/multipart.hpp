#pragma once
// multipart/form-data (RFC 7578), for file uploads. Parsing is strict and bounded: a body that
// does not follow the format gives nullopt, never a partial result.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koers::web {

struct FormPart {
    std::string name;
    std::string filename;  // empty for ordinary fields
    std::string content_type;
    std::string data;
};

inline constexpr size_t kMaxFormParts = 64;

// `content_type` is the request's Content-Type header (with the boundary parameter).
std::optional<std::vector<FormPart>> ParseMultipart(std::string_view content_type,
                                                    std::string_view body);

}  // namespace koers::web
