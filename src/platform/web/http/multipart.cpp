#include "platform/web/http/multipart.hpp"

#include <cctype>

namespace koers::web {
namespace {

std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view TrimSpaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// The value of `key` in a header like `form-data; name="x"; filename="y"`.
std::optional<std::string> Param(std::string_view header, std::string_view key) {
    size_t pos = 0;
    while (pos < header.size()) {
        size_t semi = header.find(';', pos);
        if (semi == std::string_view::npos) semi = header.size();
        std::string_view part = TrimSpaces(header.substr(pos, semi - pos));
        const size_t eq = part.find('=');
        if (eq != std::string_view::npos && Lower(TrimSpaces(part.substr(0, eq))) == key) {
            std::string_view v = TrimSpaces(part.substr(eq + 1));
            if (v.size() >= 2 && v.front() == '"') {
                // Quoted: may hold ';' — read up to the closing quote.
                const size_t start = pos + (header.substr(pos).find('"')) + 1;
                const size_t end = header.find('"', start);
                if (end == std::string_view::npos) return std::nullopt;
                return std::string(header.substr(start, end - start));
            }
            return std::string(v);
        }
        pos = semi + 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::vector<FormPart>> ParseMultipart(std::string_view content_type,
                                                    std::string_view body) {
    if (Lower(content_type).rfind("multipart/form-data", 0) != 0) return std::nullopt;
    auto boundary = Param(content_type, "boundary");
    if (!boundary || boundary->empty() || boundary->size() > 200) return std::nullopt;
    const std::string delimiter = "--" + *boundary;
    const std::string next = "\r\n" + delimiter;

    if (body.substr(0, delimiter.size()) != delimiter) return std::nullopt;
    size_t pos = delimiter.size();
    std::vector<FormPart> parts;
    while (true) {
        if (body.substr(pos, 2) == "--") return parts;  // closing delimiter
        if (body.substr(pos, 2) != "\r\n") return std::nullopt;
        pos += 2;
        if (parts.size() == kMaxFormParts) return std::nullopt;
        const size_t headers_end = body.find("\r\n\r\n", pos);
        if (headers_end == std::string_view::npos) return std::nullopt;
        FormPart part;
        bool disposition = false;
        std::string_view headers = body.substr(pos, headers_end - pos);
        size_t line_start = 0;
        while (line_start <= headers.size()) {
            size_t line_end = headers.find("\r\n", line_start);
            if (line_end == std::string_view::npos) line_end = headers.size();
            std::string_view line = headers.substr(line_start, line_end - line_start);
            const size_t colon = line.find(':');
            if (colon != std::string_view::npos) {
                const std::string name = Lower(TrimSpaces(line.substr(0, colon)));
                std::string_view value = TrimSpaces(line.substr(colon + 1));
                if (name == "content-disposition") {
                    if (Lower(value).rfind("form-data", 0) != 0) return std::nullopt;
                    auto n = Param(value, "name");
                    if (!n) return std::nullopt;
                    part.name = *n;
                    part.filename = Param(value, "filename").value_or("");
                    disposition = true;
                } else if (name == "content-type") {
                    part.content_type = std::string(value);
                }
            }
            line_start = line_end + 2;
        }
        if (!disposition) return std::nullopt;
        pos = headers_end + 4;
        const size_t end = body.find(next, pos);
        if (end == std::string_view::npos) return std::nullopt;
        part.data = std::string(body.substr(pos, end - pos));
        parts.push_back(std::move(part));
        pos = end + next.size();
    }
}

}  // namespace koers::web
