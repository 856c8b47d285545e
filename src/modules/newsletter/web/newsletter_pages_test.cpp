// The nieuwsbrief through the router (no socket), on the demo world: subscribing mails a link
// whose page confirms with a button (double opt-in) and whose welcome links to the subscriber's
// preferences; the form answers the same for a new, waiting or active address and floods no
// mailbox; hostile input gets a Dutch 4xx and stores nothing; unsubscribing takes the mail
// program's one-click POST without a form token and forgets the subscriber; the redactie composes
// an issue from what is new, and sending gives each subscriber their own items and links, once.
#include <gtest/gtest.h>

#include <regex>

#include "modules/newsletter/web/newsletter_mail.hpp"
#include "modules/newsletter/web/newsletter_parts.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class NewsletterPages : public ::testing::Test {
protected:
    std::vector<storage::MailRecord> MailTo(const std::string& to) {
        std::vector<storage::MailRecord> out;
        for (auto& m : app.services().outbox.Recent(500))
            if (m.to == to) out.push_back(std::move(m));
        return out;
    }
    // The secret after `path` in the newest mail to `to`.
    std::string LinkTo(const std::string& to, const std::string& path) {
        const auto mail = MailTo(to);
        if (mail.empty()) return "";
        const std::string& body = mail.front().body;
        const size_t at = body.find(path);
        if (at == std::string::npos) return "";
        const size_t start = at + path.size();
        return body.substr(start, body.find_first_of("\n ", start) - start);
    }
    web::Response Subscribe(Browser& b, const std::string& email, const Pairs& more = {}) {
        Pairs fields = {{"email", email}, {"name", "Sanne de Wit"}};
        fields.insert(fields.end(), more.begin(), more.end());
        return b.Post("/nieuwsbrief", fields);
    }
    // Subscribes and confirms; returns the preferences link's secret from the welcome.
    std::string Subscribed(const std::string& email, const Pairs& more = {}) {
        Browser b{app, "192.0.2.77"};
        EXPECT_EQ(Subscribe(b, email, more).status, 303);
        const std::string token = LinkTo(email, "/nieuwsbrief/bevestigen/");
        EXPECT_EQ(b.Post("/nieuwsbrief/bevestigen/" + token, {}).status, 303);
        return LinkTo(email, "/nieuwsbrief/voorkeuren/");
    }
    NewsletterParts& parts() { return NewsletterOf(app.services()); }

    TestApp app;
    Browser visitor{app, "192.0.2.51"};
};

TEST_F(NewsletterPages, ABrowserConfirmsWithAButtonAndTheWelcomeLinksToThePreferences) {
    auto res = visitor.Get("/nieuwsbrief");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, R"(id="themes-loopbaangesprek")")) << "the kennisbank's themes";
    const auto before = parts().newsletter.Count();
    res = Subscribe(visitor, "Sanne@School.example", {{"sectors", "mbo"}});
    ASSERT_EQ(res.status, 303) << res.body;
    EXPECT_EQ(res.Header("Location"), "/nieuwsbrief");
    EXPECT_TRUE(Contains(visitor.Get("/nieuwsbrief").body, "bevestig uw aanmelding"));
    const auto mail = MailTo("sanne@school.example");
    ASSERT_EQ(mail.size(), 1u);
    EXPECT_EQ(mail[0].subject, "Bevestig uw aanmelding voor de nieuwsbrief");
    EXPECT_EQ(parts().newsletter.Count().waiting, before.waiting + 1);
    EXPECT_EQ(parts().newsletter.Count().active, before.active) << "not before confirming";

    const std::string token = LinkTo("sanne@school.example", "/nieuwsbrief/bevestigen/");
    ASSERT_GE(token.size(), 20u);
    res = Browser(app, "192.0.2.99").Get("/nieuwsbrief/bevestigen/" + token);
    ASSERT_EQ(res.status, 200) << "a mail program that opens the link";
    EXPECT_TRUE(Contains(res.body, "sanne@school.example"));
    EXPECT_EQ(parts().newsletter.Count().active, before.active) << "opening confirms nothing";
    res = visitor.Post("/nieuwsbrief/bevestigen/" + token, {});
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(parts().newsletter.Count().active, before.active + 1);
    const std::string manage = LinkTo("sanne@school.example", "/nieuwsbrief/voorkeuren/");
    EXPECT_EQ(MailTo("sanne@school.example").front().subject, "Welkom bij de nieuwsbrief");
    res = visitor.Post("/nieuwsbrief/bevestigen/" + token, {});
    EXPECT_EQ(res.status, 404) << "a replay";
    EXPECT_TRUE(Contains(res.body, "Deze link werkt niet (meer)"));

    res = visitor.Get("/nieuwsbrief/voorkeuren/" + manage);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, R"(id="sectors-mbo" name="sectors" value="mbo" checked)"));
    res = visitor.Post("/nieuwsbrief/voorkeuren/" + manage,
                       {{"sectors", "vo"}, {"themes", "loopbaangesprek"}});
    ASSERT_EQ(res.status, 303);
    auto s =
        parts().newsletter.ByLink(auth::HashToken(manage), storage::kManageLink, app.clock().Now());
    ASSERT_TRUE(s);
    EXPECT_EQ(s->interests.sectors, std::vector<std::string>{"vo"});
    EXPECT_EQ(s->interests.themes, std::vector<std::string>{"loopbaangesprek"});
    res = visitor.Post("/nieuwsbrief/voorkeuren/" + manage, {{"sectors", "vo"}}, false);
    EXPECT_EQ(res.status, 403) << "only unsubscribing goes without the form token";
    res = visitor.Post("/nieuwsbrief/voorkeuren/" + manage, {{"themes", "geen-thema"}});
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Kies een thema uit de lijst."));
}

TEST_F(NewsletterPages, TheFormTellsNoOneWhoSubscribesAndFloodsNoMailbox) {
    // An active demo subscriber: the same answer, a mail to them that changes nothing.
    const auto before = parts().newsletter.Census();
    auto res = Subscribe(visitor, "a.dekker@voorbeeld.example", {{"sectors", "hbo"}});
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), "/nieuwsbrief");
    auto mail = MailTo("a.dekker@voorbeeld.example");
    ASSERT_EQ(mail.size(), 1u);
    EXPECT_EQ(mail[0].subject, "U bent al aangemeld voor de nieuwsbrief");
    auto census = parts().newsletter.Census();
    EXPECT_EQ(census[1], before[1]) << "name and interests unchanged";
    // Three mails a day to one address, whoever asks from wherever.
    for (int i = 0; i < 5; ++i) {
        Browser someone{app, "198.51.100." + std::to_string(i + 1)};
        EXPECT_EQ(Subscribe(someone, "doelwit@school.example").status, 303);
    }
    EXPECT_EQ(MailTo("doelwit@school.example").size(), 3u);
}

TEST_F(NewsletterPages, HostileSubscriptionsGetADutchMessageAndStoreNothing) {
    const auto before = parts().newsletter.Census();
    const std::pair<Pairs, std::string> cases[] = {
        {{{"email", "geen-adres"}}, "Vul een e-mailadres in zoals naam@school.nl."},
        {{{"email", "a@school.example\r\nBcc: b@school.example"}}, "e-mailadres"},
        {{{"email", "a@school.example"}, {"name", "Sanne\r\nBcc: b@school.example"}}, "naam"},
        {{{"email", "a@school.example"}, {"name", std::string(5000, 'x')}}, "naam"},
        {{{"email", "a@school.example"}, {"sectors", "wo"}}, "Kies een sector uit de lijst."},
        {{{"email", "a@school.example"}, {"themes", "<script>"}}, "Kies een thema uit de lijst."},
    };
    for (const auto& [fields, message] : cases) {
        const auto res = visitor.Post("/nieuwsbrief", fields);
        EXPECT_EQ(res.status, 422) << message;
        EXPECT_TRUE(Contains(res.body, message)) << message;
    }
    EXPECT_EQ(visitor.Post("/nieuwsbrief", {{"email", "a@school.example"}}, false).status, 403);
    EXPECT_EQ(parts().newsletter.Census(), before);
    EXPECT_TRUE(MailTo("a@school.example").empty());
    // One client address: ten requests an hour.
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(Subscribe(visitor, "lezer" + std::to_string(i) + "@school.example").status, 303);
    const auto res = Subscribe(visitor, "nog-een@school.example");
    EXPECT_EQ(res.status, 429);
    EXPECT_TRUE(Contains(res.body, "erg veel aanmeldingen"));
}

TEST_F(NewsletterPages, AMailProgramUnsubscribesInOneClickAndKoersForgetsTheSubscriber) {
    const std::string manage = Subscribed("weg@school.example");
    ASSERT_FALSE(manage.empty());
    const auto active = parts().newsletter.Count().active;
    Browser mail_program{app, "203.0.113.9"};
    auto res = mail_program.Get("/nieuwsbrief/afmelden/" + manage);
    ASSERT_EQ(res.status, 200) << "opening the link asks first";
    EXPECT_EQ(parts().newsletter.Count().active, active);
    web::Request one_click;
    one_click.method = "POST";
    one_click.target = "/nieuwsbrief/afmelden/" + manage;
    one_click.headers = {{"content-type", "application/x-www-form-urlencoded"}};
    one_click.body = "List-Unsubscribe=One-Click";
    one_click.remote_address = "203.0.113.9";
    res = app.Handle(one_click);
    ASSERT_EQ(res.status, 200) << res.body;
    EXPECT_TRUE(Contains(res.body, "U bent afgemeld"));
    EXPECT_EQ(parts().newsletter.Count().active, active - 1);
    res = app.Handle(one_click);
    EXPECT_EQ(res.status, 404) << "the link went with the subscriber";
    EXPECT_EQ(visitor.Get("/nieuwsbrief/voorkeuren/" + manage).status, 404);
    one_click.target = "/nieuwsbrief/afmelden/verzonnen-code-van-dertig-tekens";
    EXPECT_EQ(app.Handle(one_click).status, 404);
}

TEST_F(NewsletterPages, AnIssueGoesOnceToEachSubscriberWithTheirOwnItemsAndLinks) {
    Subscribed("vo@school.example", {{"sectors", "vo"}});
    Subscribed("ver-weg@school.example", {{"themes", "loopbaangesprek"}, {"sectors", "hbo"}});
    Browser redactie{app};
    ASSERT_TRUE(redactie.SignIn("redacteur@demo.koers.nl"));
    auto res = redactie.Get("/redactie/nieuwsbrief/nieuw");
    ASSERT_EQ(res.status, 200);
    // What the form offers, by source; the demo's coming national day among them.
    std::vector<std::string> sources;
    const std::regex offered(R"re(name="items" value="([a-z]+:[0-9]+)")re");
    for (std::sregex_iterator it(res.body.begin(), res.body.end(), offered), end; it != end; ++it)
        sources.push_back((*it)[1]);
    ASSERT_GE(sources.size(), 3u);
    EXPECT_TRUE(Contains(res.body, "Landelijke LOB-dag"));
    Pairs form = {{"subject", "Nieuwsbrief LOB, december"}, {"intro", "Welkom."}};
    for (const auto& s : sources) form.emplace_back("items", s);
    form.emplace_back("items", "nieuws:999999");
    res = redactie.Post("/redactie/nieuwsbrief/nieuw", form);
    EXPECT_EQ(res.status, 422) << "a source it did not offer";
    EXPECT_TRUE(Contains(res.body, "kan niet (meer) in de nieuwsbrief"));
    form.pop_back();
    res = redactie.Post("/redactie/nieuwsbrief/nieuw", form);
    ASSERT_EQ(res.status, 303) << res.body;
    const std::string issue(res.Header("Location").value_or(""));
    res = redactie.Get(issue);
    EXPECT_TRUE(Contains(res.body, "Landelijke LOB-dag")) << "the preview";
    const auto active = parts().newsletter.Count().active;

    res = redactie.Post(issue + "/verzenden", {});
    ASSERT_EQ(res.status, 303) << res.body;
    EXPECT_EQ(redactie.Post(issue + "/verzenden", {}).status, 409) << "a second press";
    EXPECT_EQ(redactie.Post(issue, form).status, 409) << "a sent issue does not change";
    EXPECT_EQ(redactie.Post(issue + "/verwijderen", {}).status, 409);
    const auto id = std::stoll(issue.substr(issue.rfind('/') + 1));
    const auto p = parts().newsletter.ProgressOf(id);
    EXPECT_EQ(p.total, active);
    EXPECT_EQ(p.waiting, 0) << "a small list is queued at once";

    const auto vo = MailTo("vo@school.example").front();
    EXPECT_EQ(vo.subject, "Nieuwsbrief LOB, december");
    EXPECT_TRUE(Contains(vo.body, "Beste Sanne de Wit,\n\nWelkom."));
    EXPECT_TRUE(Contains(vo.body, "Landelijke LOB-dag")) << "for vo, mbo and hbo";
    const std::string unsubscribe = LinkTo("vo@school.example", "/nieuwsbrief/afmelden/");
    ASSERT_FALSE(unsubscribe.empty());
    EXPECT_TRUE(Contains(vo.extras.list_unsubscribe, "/nieuwsbrief/afmelden/" + unsubscribe));
    EXPECT_NE(LinkTo("ver-weg@school.example", "/nieuwsbrief/afmelden/"), unsubscribe)
        << "a link of each subscriber's own";

    res = redactie.Get(issue + "/voortgang");
    EXPECT_EQ(res.content_type, "application/json");
    EXPECT_TRUE(Contains(res.body, R"("state":"busy")")) << "the mails wait in the outbox";
    for (auto& m : app.services().outbox.Recent(500))
        if (m.subject == "Nieuwsbrief LOB, december") app.services().outbox.MarkSent(m.id, 1);
    res = redactie.Get(issue + "/voortgang");
    EXPECT_TRUE(Contains(res.body, R"("state":"done")")) << res.body;
    res = redactie.Get("/redactie/nieuwsbrief");
    EXPECT_TRUE(Contains(res.body, "Verzonden"));
    const size_t current = res.body.find(R"(aria-current="page")");
    EXPECT_TRUE(Contains(res.body, R"(href="/redactie/nieuwsbrief" aria-current="page">)"));
    EXPECT_EQ(res.body.find(R"(aria-current="page")", current + 1), std::string::npos)
        << "the menu's Redactie is not current as well";

    Browser decaan{app};
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(decaan.Get("/redactie/nieuwsbrief").status, 403);
    EXPECT_EQ(decaan.Get(issue).status, 403);
}

TEST_F(NewsletterPages, SendingGoesInBatchesAndSkipsWhoLeftOrWantsNoneOfIt) {
    Subscribed("alleen-hbo@school.example", {{"sectors", "hbo"}, {"themes", "kwaliteitsborging"}});
    const std::string leaves = Subscribed("vertrekt@school.example");
    auto& repo = parts().newsletter;
    const int64_t issue = repo.AddIssue(
        {"Kort", ""}, {{"nieuws:1", {"nieuws", "Alleen vo", "", "/nieuws/vo", {"vo"}, {}}}},
        std::nullopt, app.clock().Now());
    const auto recipients = repo.StartSending(issue, std::nullopt, app.clock().Now());
    ASSERT_TRUE(recipients);
    ASSERT_GE(*recipients, 3);
    Browser(app).Post("/nieuwsbrief/afmelden/" + leaves, {});
    EXPECT_EQ(SendNextBatch(app.services(), 2), 2);
    EXPECT_EQ(repo.FindIssue(issue)->status, storage::kIssueSending);
    while (SendNextBatch(app.services(), 2) > 0) {
    }
    EXPECT_EQ(repo.FindIssue(issue)->status, storage::kIssueSent);
    const auto p = repo.ProgressOf(issue);
    EXPECT_EQ(p.total, *recipients);
    EXPECT_GE(p.skipped, 2) << "who left, and who wants hbo only";
    EXPECT_EQ(p.queued + p.skipped, p.total);
    for (const auto& m : MailTo("alleen-hbo@school.example")) EXPECT_NE(m.subject, "Kort");
    for (const auto& m : MailTo("vertrekt@school.example")) EXPECT_NE(m.subject, "Kort");
}

TEST_F(NewsletterPages, AnIssueWithNothingLeftIsFinishedAndTheNextOneGoesOn) {
    auto& repo = parts().newsletter;
    const storage::StoredItem item{"nieuws:1", {"nieuws", "Bericht", "", "/nieuws/a", {}, {}}};
    const int64_t empty = repo.AddIssue({"Leeg", ""}, {item}, std::nullopt, app.clock().Now());
    const int64_t next = repo.AddIssue({"Volgende", ""}, {item}, std::nullopt, app.clock().Now());
    ASSERT_TRUE(repo.StartSending(empty, std::nullopt, app.clock().Now()));
    ASSERT_TRUE(repo.StartSending(next, std::nullopt, app.clock().Now()));
    app.db().With([&](storage::Connection& c) {
        c.Execute("DELETE FROM newsletter_deliveries WHERE issue_id = ?", {empty});
    });
    EXPECT_GT(SendNextBatch(app.services()), 0) << "not stopped by the issue before it";
    EXPECT_EQ(repo.FindIssue(empty)->status, storage::kIssueSent);
    EXPECT_EQ(repo.FindIssue(next)->status, storage::kIssueSent);
    EXPECT_EQ(SendNextBatch(app.services()), 0);
}

}  // namespace
}  // namespace koers::web
