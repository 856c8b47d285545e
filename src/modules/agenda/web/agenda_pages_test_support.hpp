#pragma once
// What the agenda's page tests share: the demo world with the regiocoördinator of Regio Amstelland
// signed in, a new event of that region, registering, and the mail sent to an address.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "modules/agenda/web/agenda_parts.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web::agenda_testing {

using testing::Browser;
using testing::TestApp;

class AgendaPages : public ::testing::Test {
protected:
    void SetUp() override {
        for (const auto& r : app.services().orgs.Regions()) regions[r.name] = r.id;
        amstelland = "/regios/" + std::to_string(regions.at("Regio Amstelland")) + "/bijeenkomsten";
        ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    }
    Pairs Person(const std::string& name, const std::string& email) {
        return {{"name", name},
                {"email", email},
                {"organisation", "Veldzicht College"},
                {"role", "Docent"},
                {"note", ""}};
    }
    // A new event of Regio Amstelland with `capacity` places, starting in ten days; its id.
    int64_t NewEvent(int capacity) {
        const int64_t now = app.clock().Now();
        const auto res = regio.Post(amstelland + "/nieuw",
                                    {{"title", "Werkgroep meeloopdagen"},
                                     {"description", "We plannen de meeloopdagen."},
                                     {"programme", ""},
                                     {"audience", ""},
                                     {"place", "Rietland Lyceum"},
                                     {"online_url", ""},
                                     {"starts", core::FormatLocalInput(now + 10 * 86400)},
                                     {"ends", core::FormatLocalInput(now + 10 * 86400 + 3600)},
                                     {"deadline", core::FormatLocalInput(now + 9 * 86400)},
                                     {"capacity", std::to_string(capacity)}});
        EXPECT_EQ(res.status, 303) << res.body;
        int64_t id = 0;
        for (const auto& s :
             AgendaOf(app.services()).agenda.OfOrganiser(regions.at("Regio Amstelland")))
            if (s.event.title == "Werkgroep meeloopdagen") id = s.event.id;
        return id;
    }
    // Registers and returns the code from the redirect ("" when it did not redirect).
    std::string Register(Browser& b, int64_t event, const Pairs& person, int expect = 303) {
        const auto res = b.Post("/agenda/" + std::to_string(event) + "/aanmelden", person);
        EXPECT_EQ(res.status, expect) << res.body;
        const std::string location(res.Header("Location").value_or(""));
        const std::string prefix = "/agenda/aanmelding/";
        return location.rfind(prefix, 0) == 0 ? location.substr(prefix.size()) : "";
    }
    std::vector<storage::MailRecord> MailTo(const std::string& to) {
        std::vector<storage::MailRecord> out;
        for (auto& m : app.services().outbox.Recent(100))
            if (m.to == to) out.push_back(std::move(m));
        return out;
    }

    TestApp app;
    Browser anonymous{app, "192.0.2.31"}, other{app, "192.0.2.32"}, regio{app};
    std::map<std::string, int64_t> regions;
    std::string amstelland;
};

}  // namespace koers::web::agenda_testing
