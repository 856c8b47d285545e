// A leaver's loopbaandossier is kept to be read, downloaded, carried to the next school and
// erased, and nothing is added to it or changed: not by the leaver, not by the school's staff.
// Every route that writes in a dossier is tried, so a new one that forgets is caught. A parent
// finds the kept dossier of a child who left.
#include <gtest/gtest.h>

#include <string>

#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "modules/dossier/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

constexpr const char* kClosedForTheStudent = "Je dossier van deze school is gesloten";
constexpr const char* kClosedForStaff = "zit niet meer op deze school. Het dossier is gesloten";

class Leaver : public DossierPages {
protected:
    void SetUp() override {
        DossierPages::SetUp();
        entry = dossiers().Add(own, core::EntryKind::kErvaring,
                               {{"titel", "Open dag Hogeschool"}, {"wat", "Rondleiding"}},
                               {std::nullopt, "Lotte"}, app.clock().Now());
        auto me = *app.services().students.Student(own);
        me.left_at = app.clock().Now() - 86400;
        app.services().students.Update(me);
    }

    // The route's pattern with this dossier's ids and the entry filled in.
    std::string Fill(std::string pattern) const {
        const std::pair<const char*, std::string> ids[] = {{"{school}", std::to_string(school)},
                                                           {"{leerling}", std::to_string(own)},
                                                           {"{entry}", std::to_string(entry)},
                                                           {"{soort}", "ervaring"},
                                                           {"{bestand}", "1"},
                                                           {"{activiteit}", "1"},
                                                           {"{deel}", "1"}};
        for (const auto& [name, value] : ids)
            for (auto at = pattern.find(name); at != std::string::npos; at = pattern.find(name))
                pattern.replace(at, std::string_view(name).size(), value);
        return pattern;
    }

    int64_t entry = 0;
};

// What a leaver may still do: read, download, share with the next school, erase.
bool KeepsWorking(const std::string& pattern) {
    using namespace dossier_paths;
    for (const auto& p : {kErase, kShares, kSendShare, kRevokeShare})
        if (pattern == p.pattern()) return true;
    return false;
}

TEST_F(Leaver, EveryRouteThatWritesInTheDossierRefusesItWithoutChangingAnything) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const auto before = dossiers().Entries(own);
    int tried = 0;
    for (const auto& route : app.routes()) {
        const std::string& p = route.pattern;
        const bool writes = route.method == "POST" || p.find("/nieuw") != std::string::npos ||
                            p.ends_with("/dossier/gesprek");
        const bool in_dossier = p.starts_with("/scholen/{school}/leerlingen/{leerling}/dossier") ||
                                p.starts_with("/scholen/{school}/leerlingen/{leerling}/opdrachten");
        if (!writes || !in_dossier || KeepsWorking(p)) continue;
        ++tried;
        const std::string target = Fill(p);
        // Each is refused to everyone, and said to whoever could write there before (the
        // others were never allowed: 403); the student reads it in "je", staff in "u".
        int closed = 0;
        for (Browser* who : {&student, &decaan, &mentor}) {
            const auto res =
                route.method == "GET" ? who->Get(target)
                : route.uploads
                    ? who->Upload(target, "bestand", "a.pdf", "%PDF-1.4 x", {{"titel", "x"}})
                    : who->Post(target, {{"reactie", "x"}, {"titel", "x"}});
            EXPECT_TRUE(res.status == 409 || res.status == 403)
                << route.method << " " << p << " answered " << res.status;
            if (res.status != 409) continue;
            ++closed;
            EXPECT_TRUE(
                Contains(res.body, who == &student ? kClosedForTheStudent : kClosedForStaff))
                << route.method << " " << p;
        }
        EXPECT_GT(closed, 0) << route.method << " " << p << " says to nobody why";
    }
    EXPECT_GE(tried, 15) << "every route that writes in a dossier";
    const auto after = dossiers().Entries(own);
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i].version, before[i].version);
    EXPECT_TRUE(conversation().Comments(own, entry).empty());
    EXPECT_FALSE(conversation().OpenRequest(own).has_value());
}

TEST_F(Leaver, ThePagesOfferOnlyWhatCanStillBeDone) {
    // Asked for a gesprek before leaving: no one can hold it now, so no page says it waits.
    ASSERT_TRUE(conversation().AskForTalk(own, "Welke opleiding?", app.clock().Now() - 2 * 86400));
    const auto page = student.Get(base);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "Je kunt er niets meer in zetten."));
    EXPECT_FALSE(Contains(page.body, base + "/nieuw/")) << "no new entries";
    EXPECT_FALSE(Contains(page.body, base + "/gesprek-vragen")) << "no request for a gesprek";
    EXPECT_FALSE(Contains(page.body, "om een gesprek")) << "nor one waiting";
    EXPECT_TRUE(Contains(page.body, "Open dag Hogeschool")) << "what is in it is read";
    EXPECT_TRUE(Contains(page.body, "Mijn opdrachten")) << "what was given is read";
    EXPECT_FALSE(Contains(page.body, "Begin er een")) << "nor invited to begin one";

    const auto item = student.Get(base + "/" + std::to_string(entry));
    ASSERT_EQ(item.status, 200);
    EXPECT_TRUE(Contains(item.body, "Je zit niet meer op deze school: dit dossier is gesloten"));
    EXPECT_FALSE(Contains(item.body, "data-draft=")) << "no form to change it";
    EXPECT_FALSE(Contains(item.body, "/verwijderen")) << "no button to remove it";
    EXPECT_FALSE(Contains(item.body, "/reageren")) << "no form to react";

    const auto carry = student.Get(base + "/meenemen");
    ASSERT_EQ(carry.status, 200);
    EXPECT_TRUE(Contains(carry.body, "/loopbaandossier.zip")) << "the download stays";
    EXPECT_TRUE(Contains(carry.body, "/dossier/delen")) << "sharing with the next school too";
    EXPECT_FALSE(Contains(carry.body, "Inlezen in mijn dossier"));
    EXPECT_EQ(student.Get(base + "/loopbaandossier.json").status, 200);

    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const auto staff = mentor.Get(base);
    ASSERT_EQ(staff.status, 200);
    EXPECT_TRUE(Contains(staff.body, "Het is gesloten: u kunt het lezen"));
    EXPECT_FALSE(Contains(staff.body, base + "/gesprek\"")) << "no new gesprek";
    EXPECT_FALSE(Contains(staff.body, "om een loopbaangesprek")) << "nor a request to answer";
    EXPECT_FALSE(Contains(mentor.Get(base + "/" + std::to_string(entry)).body, "/reageren"));

    // Sharing with the next school is still refused or accepted on its own terms, never as a
    // change to a closed dossier.
    const auto share = student.Post(base + "/delen", {});
    EXPECT_NE(share.status, 409);
    EXPECT_FALSE(Contains(share.body, kClosedForTheStudent));
}

TEST_F(Leaver, AParentFindsTheKeptDossierOfAChildWhoLeftUntilItIsErased) {
    Browser parent(app);
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    const auto children = "/scholen/" + std::to_string(school) + "/mijn-kinderen";
    const auto me = *app.services().students.Student(own);
    const auto erase_at = core::RetentionFor(*me.left_at, 2).erase_at;
    const auto list = parent.Get(children);
    ASSERT_EQ(list.status, 200) << children;
    const auto link = "/leerlingen/" + std::to_string(own) + "/ouders";
    EXPECT_TRUE(Contains(list.body, link)) << list.body;
    EXPECT_TRUE(
        Contains(list.body, "Koers bewaart het dossier tot " + core::FormatDateLong(erase_at)));
    const auto page = parent.Get("/scholen/" + std::to_string(school) + link);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(
        Contains(page.body, "niet meer op Veldzicht College. Koers bewaart het dossier tot"));

    // Erased: the child is no longer listed.
    DossierOf(app.services()).retention.Erase(own, app.clock().Now());
    EXPECT_FALSE(Contains(parent.Get(children).body, link));
}

}  // namespace
}  // namespace koers::web
