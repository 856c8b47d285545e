#pragma once
// Static files: Koers's own (static/) and the front-end packages installed from npm
// (NL Design System CSS, the Noto Sans web font, htmx), read once at start-up and served from
// memory. The one stylesheet, koers.css, is assembled at start from the design tokens, the
// components the markup uses and Koers's own rules (http/stylesheet); in it
// `url(/static/<name>)` becomes the fingerprinted URL.
// /static/<hash>/<name> is immutable and cached for a year; /static/<name> revalidates with
// ETag and Last-Modified. Text files go out compressed (brotli or gzip) to browsers that accept
// it, each encoding with its own ETag. Thread-safe after construction.
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "platform/web/http/compression.hpp"
#include "platform/web/http/message.hpp"

namespace koers::web {

class Assets {
public:
    // Reads the files; throws std::runtime_error naming a missing one. `static_dir` holds
    // Koers's own files, `node_modules_dir` the npm packages; `markup` is every template, for
    // the classes the stylesheet must style (Templates::Markup()).
    Assets(const std::string& static_dir, const std::string& node_modules_dir,
           std::string_view markup);

    // The fingerprinted URL of a logical asset name ("koers.css", "koers.js", "htmx.js").
    const std::string& Url(std::string_view name) const;
    // Serves a /static/... path; nullopt when there is no such asset.
    std::optional<Response> Serve(std::string_view path, const Request& req) const;

private:
    // `css` with every url(/static/<name>) pointing at the fingerprinted URL of an asset read
    // earlier; throws std::runtime_error for an unknown name.
    std::string Fingerprint(std::string_view css) const;

    void Add(const std::string& name, const char* type, std::string body, int64_t modified);

    struct File {
        std::string content_type;
        std::string body;
        std::string hash;  // first 12 hex characters of BLAKE2b
        int64_t modified = 0;
        std::string url;  // "/static/<hash>/<name>"
        // Brotli and gzip at their best levels, made the first time a browser accepts one
        // (empty when not smaller, or not worth compressing).
        mutable std::once_flag packed_once;
        mutable std::string br, gz;
    };
    // The body to send for `e`, compressing the file the first time; nullptr for none.
    const std::string* Packed(const File& f, Encoding e) const;
    std::map<std::string, File, std::less<>> files_;
};

}  // namespace koers::web
