#include "platform/web/http/message.hpp"

namespace koers::web {
namespace {

std::optional<std::string_view> FindHeader(const Pairs& pairs, std::string_view name) {
    for (const auto& [k, v] : pairs)
        if (k.size() == name.size()) {
            bool same = true;
            for (size_t i = 0; i < k.size() && same; ++i) same = (k[i] | 0x20) == (name[i] | 0x20);
            if (same) return std::string_view(v);
        }
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> Request::Header(std::string_view name) const {
    return FindHeader(headers, name);
}

std::optional<std::string_view> Response::Header(std::string_view name) const {
    return FindHeader(headers, name);
}

Response FileResponse(std::string media_type, const std::string& filename, std::string body,
                      bool shared_cache) {
    Response r;
    const bool inline_ok = media_type == "application/pdf" || media_type.rfind("image/", 0) == 0;
    r.content_type = std::move(media_type);
    r.body = std::move(body);
    r.SetHeader("Content-Disposition", std::string(inline_ok ? "inline" : "attachment") +
                                           "; filename=\"" + filename + "\"");
    r.SetHeader("Cache-Control", shared_cache ? "public, max-age=300" : "private, no-store");
    return r;
}

Response Redirect(std::string_view local_path) {
    // Only same-site paths: "//host" or "/\host" would leave the site.
    std::string path(local_path);
    bool control = false;
    for (char c : path) control = control || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    if (control || path.empty() || path[0] != '/' ||
        (path.size() > 1 && (path[1] == '/' || path[1] == '\\')))
        path = "/";
    Response r;
    r.status = 303;
    r.content_type = "text/plain; charset=utf-8";
    r.SetHeader("Location", path);
    return r;
}

Response RedirectToProvider(std::string_view url) {
    bool control = false;
    for (char c : url) control = control || static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    if (control || (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0))
        return Redirect("/");
    Response r;
    r.status = 303;
    r.content_type = "text/plain; charset=utf-8";
    r.SetHeader("Location", std::string(url));
    r.SetHeader("Cache-Control", "no-store");
    return r;
}

Response Text(int status, std::string body) {
    Response r;
    r.status = status;
    r.content_type = "text/plain; charset=utf-8";
    r.body = std::move(body);
    return r;
}

Response Json(int status, std::string body) {
    Response r;
    r.status = status;
    r.content_type = "application/json";
    r.body = std::move(body);
    return r;
}

}  // namespace koers::web
