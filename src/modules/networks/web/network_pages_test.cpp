// Networks through the router (no socket), on the demo world: the regiocoördinator keeps the
// network (members, records, actions) and bad input gets Dutch messages and changes nothing; the
// staff of a member school read it; a school outside the network finds nothing, and another
// network's member, record or action is not reached through this one.
#include <gtest/gtest.h>

#include "modules/networks/web/networks_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class NetworkPages : public ::testing::Test {
protected:
    void SetUp() override {
        for (const auto& r : app.services().orgs.Regions()) regions[r.name] = r.id;
        base = "/regios/" + std::to_string(regions.at("Regio Amstelland")) + "/netwerken";
        network =
            NetworksOf(app.services()).networks.InRegion(regions.at("Regio Amstelland")).front().id;
        page = base + "/" + std::to_string(network);
        ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    }
    std::vector<int64_t> Census() { return NetworksOf(app.services()).networks.Census(); }

    TestApp app;
    Browser regio{app};
    std::map<std::string, int64_t> regions;
    std::string base, page;
    int64_t network = 0;
};

TEST_F(NetworkPages, TheRegiocoordinatorKeepsMembersRecordsAndActions) {
    auto res = regio.Get(page);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "LOB-netwerk Amstelveen"));
    EXPECT_TRUE(Contains(res.body, "regiocontactpersoon"));
    const auto census = Census();
    res = regio.Post(page + "/leden", {{"school", ""}, {"organisation", ""}});
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Kies een school, of vul de naam van de organisatie in."));
    res = regio.Post(page + "/leden", {{"school", std::to_string(app.SchoolId("21VZ"))}});
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Deze school is al lid van het netwerk."));
    res = regio.Post(page + "/leden", {{"school", std::to_string(app.SchoolId("14LD"))}});
    EXPECT_EQ(res.status, 422) << "a school of another region";
    EXPECT_TRUE(Contains(res.body, "Kies een school uit de regio."));
    res = regio.Post(page + "/verslagen/nieuw", {{"held_on", "2027-02-30"}, {"kind", "Werkgroep"}});
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Vul de datum in als datum."));
    EXPECT_EQ(Census(), census) << "nothing was stored";

    EXPECT_EQ(regio
                  .Post(page + "/leden", {{"organisation", "Leerwerkloket"},
                                          {"contact_name", "Jan"},
                                          {"contact_email", "jan@loket.example"}})
                  .status,
              303);
    EXPECT_EQ(regio
                  .Post(page + "/verslagen/nieuw", {{"held_on", "2027-01-12"},
                                                    {"kind", "Werkgroep"},
                                                    {"agenda", "Meeloopdagen"},
                                                    {"notes", "We spraken over de data."},
                                                    {"agreements", "Data voor 1 februari rond."}})
                  .status,
              303);
    EXPECT_EQ(regio
                  .Post(page + "/acties",
                        {{"what", "Data rondsturen"}, {"owner", "Jan"}, {"due", "2027-02-01"}})
                  .status,
              303);
    res = regio.Get(page);
    EXPECT_TRUE(Contains(res.body, "Leerwerkloket"));
    EXPECT_TRUE(Contains(res.body, "Werkgroep, 12 januari 2027"));
    EXPECT_TRUE(Contains(res.body, "Data rondsturen"));
    const auto actions = NetworksOf(app.services()).networks.Actions(network);
    const auto made = std::find_if(actions.begin(), actions.end(),
                                   [](const auto& a) { return a.what == "Data rondsturen"; });
    ASSERT_NE(made, actions.end());
    EXPECT_EQ(regio.Post(page + "/acties/" + std::to_string(made->id), {{"done", "ja"}}).status,
              303);
    EXPECT_TRUE(
        NetworksOf(app.services())
            .networks
            .FindMeeting(network, NetworksOf(app.services()).networks.Meetings(network).front().id)
            .has_value());

    // Another network of the region: this one's ids are not reached through it.
    core::Network other;
    other.region_id = regions.at("Regio Amstelland");
    other.name = "Ander netwerk";
    const int64_t other_id = NetworksOf(app.services()).networks.Add(other, 1);
    const std::string other_page = base + "/" + std::to_string(other_id);
    const auto now = Census();
    EXPECT_EQ(
        regio.Post(other_page + "/acties/" + std::to_string(made->id), {{"done", "nee"}}).status,
        404);
    EXPECT_EQ(regio.Post(other_page + "/leden/1/verwijderen", {}).status, 404);
    EXPECT_EQ(regio.Get(other_page + "/verslagen/1").status, 404);
    EXPECT_EQ(Census(), now);
    const std::string twente = "/regios/" + std::to_string(regions.at("Regio Twente")) +
                               "/netwerken/" + std::to_string(network);
    Browser beheerder{app};
    ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
    EXPECT_EQ(beheerder.Get(twente).status, 404) << "a network under another region's address";
}

TEST_F(NetworkPages, MemberSchoolsReadAndOthersFindNothing) {
    Browser decaan{app}, linden{app};
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string school = "/scholen/" + std::to_string(app.SchoolId("21VZ")) + "/netwerken";
    auto res = decaan.Get(school);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "LOB-netwerk Amstelveen"));
    res = decaan.Get(school + "/" + std::to_string(network));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Elke vmbo-school geeft leerlingen drie vragen mee"));
    EXPECT_FALSE(Contains(res.body, "Lid toevoegen")) << "members read; the region keeps it";
    EXPECT_FALSE(Contains(res.body, "/verwijderen"));
    // How far the schools are: counts over the four member schools, no school named beside them.
    const size_t from = res.body.find("id=\"voortgang\""), to = res.body.find("id=\"leden\"");
    ASSERT_LT(from, to);
    const std::string progress = res.body.substr(from, to - from);
    EXPECT_TRUE(Contains(progress, "Sloot dit schooljaar een LOB-scan af"));
    EXPECT_TRUE(Contains(progress, " van 4<"));
    for (const auto& m : NetworksOf(app.services()).networks.Members(network))
        EXPECT_FALSE(Contains(progress, m.organisation)) << m.organisation;

    // A school of the region that is not a member: its own list is empty, the network not found.
    auto& orgs = app.services().orgs;
    int64_t outsider = 0;
    for (const auto& s : orgs.SchoolsInRegion(regions.at("Regio Amstelland")))
        if (s.brin != "21VZ" && s.brin != "30HZ" && s.brin != "22RL" && s.brin != "23AB")
            outsider = s.id;
    ASSERT_GT(outsider, 0);
    Browser beheerder{app};
    ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
    EXPECT_EQ(
        beheerder
            .Get("/scholen/" + std::to_string(outsider) + "/netwerken/" + std::to_string(network))
            .status,
        404);
    EXPECT_EQ(decaan.Get("/scholen/" + std::to_string(outsider) + "/netwerken").status, 403);
}

const std::string kDocPdf = "%PDF-1.7\n" + std::string(2000, 'p');

TEST_F(NetworkPages, TheRegiocoordinatorSharesDocumentsThatOnlyMembersRead) {
    const auto census = Census();
    const auto documents = [&] { return NetworksOf(app.services()).documents.Census(); };
    const auto before = documents();
    // Refused in Dutch, and nothing stored: no file, a program, too large, a title too long.
    auto res = regio.Upload(page + "/documenten", "bestand", "leeg.pdf", "");
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Kies een bestand om toe te voegen."));
    res = regio.Upload(page + "/documenten", "bestand", "rooster.pdf", "MZ\x90\x00 een programma");
    EXPECT_EQ(res.status, 415);
    EXPECT_TRUE(Contains(res.body, "Dit soort bestand kan niet."));
    EXPECT_TRUE(Contains(res.body, "Kies het bestand opnieuw"));
    res = regio.Upload(page + "/documenten", "bestand", "groot.pdf",
                       "%PDF-" + std::string(10 * 1024 * 1024, 'g'));
    EXPECT_EQ(res.status, 413);
    EXPECT_TRUE(Contains(res.body, "groter dan 10 MB"));
    res = regio.Upload(page + "/documenten", "bestand", "plan.pdf", kDocPdf,
                       {{"titel", std::string(201, 't')}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Maak de titel korter"));
    EXPECT_EQ(documents(), before);
    EXPECT_EQ(Census(), census);

    // Shared, with a title from the file's name; the file's name is made safe.
    res = regio.Upload(page + "/documenten", "bestand", "../../Werkplan_netwerk-2027.exe.pdf",
                       kDocPdf);
    ASSERT_EQ(res.status, 303);
    const auto docs = NetworksOf(app.services()).documents.Of(network);
    ASSERT_EQ(docs.size(), 2u) << "the demo's and this one";
    const auto& doc = docs.front();
    EXPECT_EQ(doc.title, "Werkplan netwerk 2027.exe");
    EXPECT_EQ(doc.name.find('/'), std::string::npos);
    res = regio.Get(page);
    EXPECT_TRUE(Contains(res.body, "Werkplan netwerk 2027.exe"));
    const std::string region_href = page + "/documenten/" + std::to_string(doc.id);
    res = regio.Get(region_href);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body, kDocPdf);

    // A member school's decaan reads it through the school; an outsider does not, and neither
    // does a member school through another network's address.
    Browser decaan{app};
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string school_page = "/scholen/" + std::to_string(app.SchoolId("21VZ")) +
                                    "/netwerken/" + std::to_string(network);
    res = decaan.Get(school_page);
    const std::string school_href = school_page + "/documenten/" + std::to_string(doc.id);
    EXPECT_TRUE(Contains(res.body, school_href));
    EXPECT_FALSE(Contains(res.body, "Document delen"));
    EXPECT_EQ(decaan.Get(school_href).body, kDocPdf);
    EXPECT_EQ(decaan.Get(region_href).status, 403);
    EXPECT_EQ(decaan.Upload(page + "/documenten", "bestand", "x.pdf", kDocPdf).status, 403);
    auto& nets = NetworksOf(app.services()).networks;
    core::Network other;
    other.region_id = regions.at("Regio Amstelland");
    other.name = "Werkgroep zonder leden";
    const int64_t other_id = nets.Add(other, 1);
    EXPECT_EQ(
        regio.Get(base + "/" + std::to_string(other_id) + "/documenten/" + std::to_string(doc.id))
            .status,
        404)
        << "a document is found through its own network only";
    Browser leerling{app};
    ASSERT_TRUE(leerling.SignIn("leerling@demo.koers.nl"));
    EXPECT_EQ(leerling.Get(school_href).status, 403) << "the school's staff read its networks";

    // Removed by the regiocoördinator: gone for everyone.
    EXPECT_EQ(regio.Post(region_href + "/verwijderen", {}).status, 303);
    EXPECT_EQ(decaan.Get(school_href).status, 404);
    EXPECT_EQ(regio.Post(region_href + "/verwijderen", {}).status, 404);
    EXPECT_EQ(NetworksOf(app.services()).documents.Of(network).size(), 1u);
}

}  // namespace
}  // namespace koers::web
