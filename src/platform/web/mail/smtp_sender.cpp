#include "platform/web/mail/smtp_sender.hpp"

#include <curl/curl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <cstring>

namespace koers::web {
namespace {

struct Payload {
    std::string data;
    size_t offset = 0;
};

size_t ReadPayload(char* buffer, size_t size, size_t nitems, void* userdata) {
    auto* p = static_cast<Payload*>(userdata);
    size_t n = std::min(size * nitems, p->data.size() - p->offset);
    p->data.copy(buffer, n, p->offset);
    p->offset += n;
    return n;
}

// RFC 2047 encoded-word for a UTF-8 subject.
std::string EncodeHeader(const std::string& s) {
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string b64;
    size_t i = 0;
    for (; i + 2 < s.size(); i += 3) {
        uint32_t v = (uint8_t(s[i]) << 16) | (uint8_t(s[i + 1]) << 8) | uint8_t(s[i + 2]);
        for (int k = 18; k >= 0; k -= 6) b64 += kAlphabet[(v >> k) & 63];
    }
    if (i < s.size()) {
        uint32_t v = uint8_t(s[i]) << 16;
        if (i + 1 < s.size()) v |= uint8_t(s[i + 1]) << 8;
        b64 += kAlphabet[(v >> 18) & 63];
        b64 += kAlphabet[(v >> 12) & 63];
        b64 += i + 1 < s.size() ? kAlphabet[(v >> 6) & 63] : '=';
        b64 += '=';
    }
    return "=?UTF-8?B?" + b64 + "?=";
}

bool HasLineBreak(const std::string& s) { return s.find_first_of("\r\n") != std::string::npos; }

// Bare LF to CRLF.
std::string Crlf(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 32);
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

// Base64 in lines of 76 characters, for a MIME part.
std::string Base64Lines(const std::string& bytes) {
    std::string b64(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(b64.data(), b64.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    b64.resize(b64.size() - 1);  // the terminating NUL
    std::string out;
    for (size_t i = 0; i < b64.size(); i += 76) out += b64.substr(i, 76) + "\r\n";
    return out;
}

// A MIME parameter value: quotes and line breaks are not kept.
std::string Quoted(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != '"' && c != '\\' && c != '\r' && c != '\n') out += c;
    return "\"" + out + "\"";
}

// An address for the List-Unsubscribe header: http(s), printable ASCII without spaces or angle
// brackets (so it can neither end the header nor add one); else none.
bool UsableInHeader(const std::string& url) {
    if (!url.starts_with("https://") && !url.starts_with("http://")) return false;
    if (url.size() > 900) return false;
    for (unsigned char c : url)
        if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>') return false;
    return true;
}

}  // namespace

bool SmtpNeedsTls(std::string_view url) {
    const size_t scheme = url.find("://");
    std::string_view host = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
    host = host.substr(0, host.find('/'));
    if (const size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
    if (host.starts_with('['))
        host = host.substr(1, host.find(']') - 1);
    else
        host = host.substr(0, host.find(':'));
    const bool ipv4_loopback =
        host.starts_with("127.") && host.find_first_not_of("0123456789.") == std::string_view::npos;
    return host != "localhost" && host != "::1" && !ipv4_loopback;
}

std::string MailMessage(const SmtpSettings& smtp, const std::string& to, const std::string& subject,
                        const std::string& body, const storage::MailExtras& extras) {
    std::string m = "To: <" + to + ">\r\nFrom: Koers <" + smtp.from +
                    ">\r\nSubject: " + EncodeHeader(subject) + "\r\nMIME-Version: 1.0\r\n";
    if (UsableInHeader(extras.list_unsubscribe))
        m += "List-Unsubscribe: <" + extras.list_unsubscribe +
             ">\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    const auto& attachment = extras.attachment;
    if (!attachment)
        return m +
               "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
               "8bit\r\n\r\n" +
               Crlf(body);
    // Both parts are base64, whose alphabet has no '_': no line of them can be the boundary.
    const std::string boundary = "=_koers_deel_=";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n" + Base64Lines(Crlf(body));
    std::string type = attachment->content_type;
    if (HasLineBreak(type) || type.empty()) type = "application/octet-stream";
    m += "--" + boundary + "\r\nContent-Type: " + type + "; name=" + Quoted(attachment->filename) +
         "\r\nContent-Disposition: attachment; filename=" + Quoted(attachment->filename) +
         "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64Lines(attachment->content);
    return m + "--" + boundary + "--\r\n";
}

std::string SendMail(const SmtpSettings& smtp, const std::string& to, const std::string& subject,
                     const std::string& body, const storage::MailExtras& extras) {
    if (HasLineBreak(to) || HasLineBreak(smtp.from)) return "ongeldig adres";
    CURL* curl = curl_easy_init();
    if (!curl) return "curl kon niet starten";
    Payload p;
    p.data = MailMessage(smtp, to, subject, body, extras);
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_URL, smtp.url.c_str());
    if (!smtp.user.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, smtp.user.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, smtp.password.c_str());
    }
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     static_cast<long>(SmtpNeedsTls(smtp.url) ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + smtp.from + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &p);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? std::string() : std::string(curl_easy_strerror(rc));
}

void PruneOutbox(storage::OutboxRepo& outbox, const core::Clock& clock) {
    const int64_t now = clock.Now();
    outbox.DeleteOlderThan(now - kKeepMailSeconds);
    outbox.PurgeBodies(now - kKeepSentBodySeconds, now - kKeepUnsentBodySeconds);
}

void DeliverOutbox(storage::OutboxRepo& outbox, const core::Clock& clock,
                   const SmtpSettings& smtp) {
    while (auto mail = outbox.ClaimNext(clock.Now(), 300, storage::kMaxSendAttempts)) {
        std::string error = SendMail(smtp, mail->to, mail->subject, mail->body, mail->extras);
        if (!error.empty()) {
            outbox.MarkFailed(mail->id, error);
            spdlog::warn("e-mail {} aan {} niet verstuurd: {}", mail->id, mail->to, error);
            return;  // the server is probably down; try again on the next round
        }
        outbox.MarkSent(mail->id, clock.Now());
    }
}

}  // namespace koers::web
