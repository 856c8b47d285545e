#include "platform/web/http/assets.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/web/http/response_head.hpp"
#include "platform/web/http/stylesheet.hpp"

namespace koers::web {
namespace {

struct Source {
    const char* name;
    bool from_npm;
    const char* path;
    const char* type;
};

// Files served as they are. Files that others refer to come first: the stylesheet's
// `url(/static/<name>)` is rewritten to the fingerprinted URL of an asset read before it.
constexpr Source kSources[] = {
    {"noto-sans-latin.woff2", true,
     "@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2", "font/woff2"},
    {"koers.js", false, "js/koers.js", "text/javascript; charset=utf-8"},
    {"favicon.svg", false, "img/favicon.svg", "image/svg+xml"},
    {"htmx.js", true, "htmx.org/dist/htmx.min.js", "text/javascript; charset=utf-8"},
};

// The stylesheet "koers.css" is assembled from these (http/stylesheet).
constexpr Source kTokens{"tokens", true, "@utrecht/design-tokens/dist/index.css", ""};
constexpr Source kComponents{"components", true, "@utrecht/component-library-css/dist/index.css",
                             ""};
constexpr Source kOwn{"own", false, "css/koers.css", ""};

struct Read {
    std::string body;
    int64_t modified = 0;
};

Read ReadSource(const Source& s, const std::string& static_dir,
                const std::string& node_modules_dir) {
    const std::string path = (s.from_npm ? node_modules_dir : static_dir) + "/" + s.path;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("bestand ontbreekt: " + path +
                                 (s.from_npm ? " (voer scripts/bootstrap uit)" : ""));
    std::ostringstream ss;
    ss << in.rdbuf();
    Read r{ss.str()};
    struct stat st {};
    if (stat(path.c_str(), &st) == 0) r.modified = st.st_mtime;
    return r;
}

}  // namespace

std::string Assets::Fingerprint(std::string_view css) const {
    constexpr std::string_view kOpen = "url(/static/";
    std::string out;
    out.reserve(css.size());
    size_t at = 0;
    for (size_t hit; (hit = css.find(kOpen, at)) != std::string_view::npos;) {
        size_t name_at = hit + kOpen.size();
        size_t close = css.find(')', name_at);
        if (close == std::string_view::npos) break;
        auto it = files_.find(css.substr(name_at, close - name_at));
        if (it == files_.end())
            throw std::runtime_error("stylesheet verwijst naar onbekend bestand: " +
                                     std::string(css.substr(hit, close + 1 - hit)));
        out.append(css.substr(at, hit - at)).append("url(").append(it->second.url);
        at = close;
    }
    out.append(css.substr(at));
    return out;
}

Assets::Assets(const std::string& static_dir, const std::string& node_modules_dir,
               std::string_view markup) {
    for (const auto& s : kSources) {
        Read r = ReadSource(s, static_dir, node_modules_dir);
        Add(s.name, s.type, std::move(r.body), r.modified);
    }
    const Read tokens = ReadSource(kTokens, static_dir, node_modules_dir);
    const Read components = ReadSource(kComponents, static_dir, node_modules_dir);
    const Read own = ReadSource(kOwn, static_dir, node_modules_dir);
    const std::string own_css = Fingerprint(own.body);
    const std::string classes_from = std::string(markup).append(files_.at("koers.js").body);
    std::string css = AssembleStylesheet({tokens.body, components.body, own_css, classes_from});
    Add("koers.css", "text/css; charset=utf-8", std::move(css),
        std::max({tokens.modified, components.modified, own.modified}));
}

void Assets::Add(const std::string& name, const char* type, std::string body, int64_t modified) {
    File& f = files_[name];
    f.content_type = type;
    f.body = std::move(body);
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(f.body.data()),
                       f.body.size(), nullptr, 0);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    f.hash = std::string(hex, 12);
    f.url = "/static/" + f.hash + "/" + name;
    f.modified = modified;
}

const std::string* Assets::Packed(const File& f, Encoding e) const {
    if (e == Encoding::kIdentity || !Compressible(f.content_type)) return nullptr;
    std::call_once(f.packed_once, [&f] {
        f.br = Compress(f.body, Encoding::kBrotli, 11);
        f.gz = Compress(f.body, Encoding::kGzip, 9);
        if (f.br.size() >= f.body.size()) f.br.clear();
        if (f.gz.size() >= f.body.size()) f.gz.clear();
    });
    const std::string& packed = e == Encoding::kBrotli ? f.br : f.gz;
    return packed.empty() ? nullptr : &packed;
}

const std::string& Assets::Url(std::string_view name) const {
    auto it = files_.find(name);
    if (it == files_.end()) throw std::runtime_error("onbekend bestand: " + std::string(name));
    return it->second.url;
}

std::optional<Response> Assets::Serve(std::string_view path, const Request& req) const {
    constexpr std::string_view kPrefix = "/static/";
    if (path.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
    std::string_view rest = path.substr(kPrefix.size());
    bool fingerprinted = false;
    std::string_view name = rest;
    if (auto slash = rest.find('/'); slash != std::string_view::npos) {
        name = rest.substr(slash + 1);
        auto it = files_.find(name);
        if (it == files_.end() || rest.substr(0, slash) != it->second.hash) return std::nullopt;
        fingerprinted = true;
    }
    auto it = files_.find(name);
    if (it == files_.end()) return std::nullopt;
    const File& f = it->second;
    Encoding e = AcceptedEncoding(req.Header("accept-encoding").value_or(""));
    const std::string* packed = Packed(f, e);
    if (packed == nullptr) e = Encoding::kIdentity;
    const std::string etag =
        "\"" + f.hash + (e == Encoding::kIdentity ? "" : "-" + std::string(EncodingName(e))) + "\"";
    Response r;
    r.content_type = f.content_type;
    if (Compressible(f.content_type)) r.SetHeader("Vary", "Accept-Encoding");
    if (packed != nullptr) r.SetHeader("Content-Encoding", std::string(EncodingName(e)));
    r.SetHeader("ETag", etag);
    r.SetHeader("Last-Modified", HttpDate(f.modified));
    r.SetHeader("Cache-Control",
                fingerprinted ? "public, max-age=31536000, immutable" : "public, no-cache");
    auto inm = req.Header("if-none-match");
    auto ims = req.Header("if-modified-since");
    if ((inm && *inm == etag) || (!inm && ims && *ims == HttpDate(f.modified))) {
        r.status = 304;
        return r;
    }
    r.static_body = packed != nullptr ? *packed : f.body;
    return r;
}

}  // namespace koers::web
