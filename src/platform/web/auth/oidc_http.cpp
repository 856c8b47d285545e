#include "platform/web/auth/oidc_http.hpp"

#include "platform/web/http/parse.hpp"

#include <curl/curl.h>

#include <memory>

namespace koers::web::auth {
namespace {

struct Sink {
    std::string body;
    bool too_big = false;
};

size_t Collect(char* data, size_t size, size_t count, void* user) {
    auto* sink = static_cast<Sink*>(user);
    const size_t n = size * count;
    if (sink->body.size() + n > kMaxAnswerBytes) {
        sink->too_big = true;
        return 0;  // stops the transfer
    }
    sink->body.append(data, n);
    return n;
}

struct CurlRelease {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};

ProviderAnswer Perform(const std::string& url, const std::string* form, const std::string& user,
                       const std::string& password) {
    ProviderAnswer out;
    std::unique_ptr<CURL, CurlRelease> curl(curl_easy_init());
    if (!curl) {
        out.error = "curl kon niet starten";
        return out;
    }
    Sink sink;
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 3000L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 5000L);
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(kMaxAnswerBytes));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, Collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "Koers");
    curl_slist* headers = curl_slist_append(nullptr, "Accept: application/json");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    if (form) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, form->c_str());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(form->size()));
    }
    // RFC 6749 2.3.1: the client id and secret are form-encoded before basic authentication.
    const std::string encoded_user = UrlEncode(user, Slash::kEncode),
                      encoded_password = UrlEncode(password, Slash::kEncode);
    if (!user.empty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(c, CURLOPT_USERNAME, encoded_user.c_str());
        curl_easy_setopt(c, CURLOPT_PASSWORD, encoded_password.c_str());
    }
    const CURLcode rc = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out.status);
    if (rc != CURLE_OK) out.error = curl_easy_strerror(rc);
    curl_slist_free_all(headers);
    if (sink.too_big) out.error = "het antwoord is te groot";
    if (!out.error.empty()) out.status = 0;
    out.body = std::move(sink.body);
    return out;
}

}  // namespace

ProviderAnswer ProviderGet(const std::string& url) { return Perform(url, nullptr, "", ""); }

ProviderAnswer ProviderPost(const std::string& url,
                            const std::vector<std::pair<std::string, std::string>>& fields,
                            const std::string& user, const std::string& password) {
    std::string form;
    for (const auto& [name, value] : fields) {
        if (!form.empty()) form += '&';
        form += UrlEncode(name, Slash::kEncode) + "=" + UrlEncode(value, Slash::kEncode);
    }
    return Perform(url, &form, user, password);
}

}  // namespace koers::web::auth
