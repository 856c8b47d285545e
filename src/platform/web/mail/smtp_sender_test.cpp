#include "platform/web/mail/smtp_sender.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

TEST(Smtp, MailLeavesTheMachineOnlyEncrypted) {
    EXPECT_TRUE(SmtpNeedsTls("smtp://mail.school.nl:587"));
    EXPECT_TRUE(SmtpNeedsTls("smtp://user@mail.school.nl"));
    EXPECT_TRUE(SmtpNeedsTls("smtp://10.0.0.25:25"));
    EXPECT_TRUE(SmtpNeedsTls("smtp://127.evil.example:25")) << "a name, not a loopback address";
    EXPECT_TRUE(SmtpNeedsTls("smtp://[2001:db8::1]:587"));
    // A relay on the same machine (or a test sink) may be plain.
    EXPECT_FALSE(SmtpNeedsTls("smtp://127.0.0.1:2525"));
    EXPECT_FALSE(SmtpNeedsTls("smtp://localhost"));
    EXPECT_FALSE(SmtpNeedsTls("smtp://[::1]:25"));
}

// Decodes the base64 lines of one MIME part (test helper; ignores line breaks).
std::string FromBase64(const std::string& text) {
    static const std::string kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    uint32_t bits = 0;
    int count = 0;
    for (char c : text) {
        const size_t v = kAlphabet.find(c);
        if (v == std::string::npos) continue;
        bits = (bits << 6) | static_cast<uint32_t>(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    return out;
}

TEST(Smtp, AListMailCarriesOneClickUnsubscribeAndNoAddressCanAddAHeader) {
    const SmtpSettings smtp{"smtp://127.0.0.1:25", "", "", "koers@school.nl"};
    storage::MailExtras list;
    list.list_unsubscribe = "https://koers.example/nieuwsbrief/afmelden/abc";
    const std::string m = MailMessage(smtp, "a@school.nl", "Nieuwsbrief", "tekst", list);
    EXPECT_NE(m.find("\r\nList-Unsubscribe: <https://koers.example/nieuwsbrief/afmelden/abc>\r\n"
                     "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"),
              std::string::npos);
    for (const char* bad : {"https://koers.example/a\r\nBcc: x@y.nl", "https://a.nl/>x",
                            "javascript:alert(1)", "https://a.nl/ spatie", "mailto:a@b.nl"}) {
        list.list_unsubscribe = bad;
        const std::string refused = MailMessage(smtp, "a@school.nl", "N", "tekst", list);
        EXPECT_EQ(refused.find("List-Unsubscribe"), std::string::npos) << bad;
        EXPECT_EQ(refused.find("Bcc:"), std::string::npos) << bad;
    }
    EXPECT_EQ(MailMessage(smtp, "a@school.nl", "N", "tekst", {}).find("List-Unsubscribe"),
              std::string::npos);
}

TEST(Smtp, AnAttachmentTravelsAsItsOwnPartAndNothingInItCanEndTheMessage) {
    const SmtpSettings smtp{"smtp://127.0.0.1:25", "", "", "koers@school.nl"};
    const std::string plain = MailMessage(smtp, "a@school.nl", "Onderwerp", "regel\nnog een", {});
    EXPECT_NE(plain.find("Content-Type: text/plain; charset=utf-8\r\n"), std::string::npos);
    EXPECT_NE(plain.find("\r\n\r\nregel\r\nnog een"), std::string::npos);

    const std::string ics = "BEGIN:VCALENDAR\r\n--=_koers_deel_=--\r\n.\r\nEND:VCALENDAR\r\n";
    const std::string m =
        MailMessage(smtp, "a@school.nl", "Aangemeld", "Beste Sanne,\n",
                    storage::MailExtras{storage::MailAttachment{
                        "bijeenkomst\".ics\r\nX: y", "text/calendar; charset=utf-8", ics}});
    EXPECT_NE(m.find("Content-Type: multipart/mixed; boundary=\"=_koers_deel_=\"\r\n"),
              std::string::npos);
    EXPECT_NE(m.find("Content-Disposition: attachment; filename=\"bijeenkomst.icsX: y\"\r\n"),
              std::string::npos)
        << "quotes and line breaks of a file name are dropped";
    // The boundary is only where the parts begin and end; each part decodes to what was given.
    const std::string head = "--=_koers_deel_=\r\n";
    const size_t first = m.find(head), second = m.find(head, first + 1);
    const size_t end = m.find("--=_koers_deel_=--\r\n");
    ASSERT_NE(second, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    EXPECT_EQ(m.find(head, second + 1), std::string::npos);
    EXPECT_EQ(end + 20, m.size());
    const auto body_of = [&](size_t from, size_t to) {
        const size_t start = m.find("\r\n\r\n", from) + 4;
        return FromBase64(m.substr(start, to - start));
    };
    EXPECT_EQ(body_of(first, second), "Beste Sanne,\r\n");
    EXPECT_EQ(body_of(second, end), ics);
    for (size_t at = m.find("\r\n"); at != std::string::npos; at = m.find("\r\n", at + 2))
        EXPECT_NE(m.compare(at + 2, 3, ".\r\n"), 0) << "no line is a lone dot";
}

}  // namespace
}  // namespace koers::web
