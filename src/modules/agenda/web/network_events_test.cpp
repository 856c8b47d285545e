// A network's own events through the router: only the staff of its member schools and the
// region's organisers see and take one, the organiser chooses only a network of the region; and an
// event's files, as visible as the event.
#include <gtest/gtest.h>

#include "modules/agenda/web/agenda_pages_test_support.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::web {
namespace {

using agenda_testing::AgendaPages;
using testing::Browser;
using testing::Contains;

TEST_F(AgendaPages, ANetworksOwnEventIsSeenAndTakenOnlyByItsMembers) {
    int64_t id = 0;
    for (const auto& e :
         AgendaOf(app.services()).agenda.OfOrganiser(regions.at("Regio Amstelland")))
        if (e.event.network_id) id = e.event.id;
    ASSERT_GT(id, 0) << "the demo's werkgroep";
    const std::string page = "/agenda/" + std::to_string(id);
    const std::string title = "Werkgroep meeloopdagen: de planning";

    // Outside: not in the agenda, its calendar or its terugblik; its page asks to sign in, and
    // its calendar file and registration find nothing.
    Browser anyone{app};
    EXPECT_FALSE(Contains(anyone.Get("/agenda").body, title));
    EXPECT_FALSE(Contains(anyone.Get("/agenda/agenda.ics").body, "Werkgroep meeloopdagen"));
    auto res = anyone.Get(page);
    EXPECT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), "/inloggen?terug=/agenda/" + std::to_string(id));
    EXPECT_EQ(anyone.Get(page + "/bijeenkomst.ics").status, 404);
    const auto census = AgendaOf(app.services()).agenda.Census();
    EXPECT_EQ(anyone.Post(page + "/aanmelden", Person("Buiten", "buiten@school.example")).status,
              404);

    // Staff of a school of the region outside the network, and a leerling of a member school:
    // nothing.
    int64_t outsider = 0;
    for (const auto& s : app.services().orgs.SchoolsInRegion(regions.at("Regio Amstelland")))
        if (s.brin != "21VZ" && s.brin != "30HZ" && s.brin != "22RL" && s.brin != "23AB")
            outsider = s.id;
    ASSERT_GT(outsider, 0);
    auto& users = app.services().users;
    const int64_t user = users.Add("decaan@buiten.example", "Bas Buiten",
                                   auth::HashPassword(core::kDemoPassword), 1);
    users.AddMembership(user, core::Role::kDecaan, outsider, std::nullopt, 1);
    Browser other{app}, leerling{app};
    ASSERT_TRUE(other.SignIn("decaan@buiten.example"));
    ASSERT_TRUE(leerling.SignIn("leerling@demo.koers.nl"));
    for (Browser* b : {&other, &leerling}) {
        EXPECT_EQ(b->Get(page).status, 404);
        EXPECT_EQ(b->Post(page + "/aanmelden", Person("Bas", "bas@buiten.example")).status, 404);
    }
    const std::string outside_list = "/scholen/" + std::to_string(outsider) + "/bijeenkomsten";
    res = other.Get(outside_list);
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, title));
    EXPECT_TRUE(Contains(res.body, "is nog geen lid van een netwerk"));
    EXPECT_EQ(AgendaOf(app.services()).agenda.Census(), census) << "nothing was registered";

    // A member school's decaan: on the school's page, the event's page, and registered.
    Browser decaan{app};
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string list = "/scholen/" + std::to_string(app.SchoolId("21VZ")) + "/bijeenkomsten";
    res = decaan.Get(list);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, title));
    EXPECT_TRUE(Contains(res.body, "LOB-netwerk Amstelveen (alleen voor leden)"));
    EXPECT_EQ(decaan.Get(outside_list).status, 403) << "another school's page";
    res = decaan.Get(page);
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "og:description")) << "not described to the outside";
    EXPECT_EQ(decaan.Get(page + "/bijeenkomst.ics").status, 200);
    EXPECT_FALSE(
        Register(decaan, id, Person("Fatima El Amrani", "f.elamrani@veldzicht.example")).empty());
}

TEST_F(AgendaPages, TheRegiocoordinatorChoosesANetworkOfTheRegionOnly) {
    const int64_t id = NewEvent(5);
    const std::string edit = amstelland + "/" + std::to_string(id);
    auto res = regio.Get(edit);
    EXPECT_TRUE(Contains(res.body, "Alleen leden van LOB-netwerk Amstelveen"));
    Pairs form = {{"title", "Werkgroep meeloopdagen"},
                  {"description", "We plannen de meeloopdagen."},
                  {"place", "Rietland Lyceum"},
                  {"starts", core::FormatLocalInput(app.clock().Now() + 10 * 86400)},
                  {"ends", core::FormatLocalInput(app.clock().Now() + 10 * 86400 + 3600)},
                  {"deadline", core::FormatLocalInput(app.clock().Now() + 9 * 86400)},
                  {"capacity", "5"},
                  {"network", "999999"}};
    res = regio.Post(edit, form);
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Kies een netwerk van de regio, of de openbare agenda."));
    EXPECT_FALSE(AgendaOf(app.services()).agenda.Find(id)->event.network_id);
    const int64_t network = *[&] {
        for (const auto& e :
             AgendaOf(app.services()).agenda.OfOrganiser(regions.at("Regio Amstelland")))
            if (e.event.network_id) return e.event.network_id;
        return std::optional<int64_t>();
    }();
    form.back().second = std::to_string(network);
    EXPECT_EQ(regio.Post(edit, form).status, 303);
    EXPECT_EQ(AgendaOf(app.services()).agenda.Find(id)->event.network_id, network);
    Browser anyone{app};
    EXPECT_FALSE(Contains(anyone.Get("/agenda").body, "Werkgroep meeloopdagen"));
}

TEST_F(AgendaPages, TheOrganiserPutsPresentationsWithTheEventForWhoeverSeesIt) {
    const int64_t id = NewEvent(5);
    const std::string edit = amstelland + "/" + std::to_string(id);
    const std::string pdf = "%PDF-1.7\n" + std::string(3000, 'p');
    const auto census = AgendaOf(app.services()).files.Census();
    auto res = regio.Upload(edit + "/bestanden", "bestand", "script.pdf", "#!/bin/sh\nrm -rf /");
    EXPECT_EQ(res.status, 415);
    EXPECT_TRUE(Contains(res.body, "Dit soort bestand kan niet."));
    EXPECT_TRUE(Contains(res.body, "Werkgroep meeloopdagen")) << "the event's form, filled in";
    Browser redactie{app};
    ASSERT_TRUE(redactie.SignIn("redacteur@demo.koers.nl"));
    EXPECT_EQ(redactie
                  .Upload("/redactie/bijeenkomsten/" + std::to_string(id) + "/bestanden", "bestand",
                          "p.pdf", pdf)
                  .status,
              404)
        << "a region's event is not under the national address";
    EXPECT_EQ(AgendaOf(app.services()).files.Census(), census);

    res = regio.Upload(edit + "/bestanden", "bestand", "presentatie_werkgroep.pdf", pdf,
                       {{"titel", "Presentatie van de werkgroep"}});
    ASSERT_EQ(res.status, 303);
    const auto files = AgendaOf(app.services()).files.Of(id);
    ASSERT_EQ(files.size(), 1u);
    const std::string href =
        "/agenda/" + std::to_string(id) + "/bestanden/" + std::to_string(files[0].id);
    Browser anyone{app};
    res = anyone.Get("/agenda/" + std::to_string(id));
    EXPECT_TRUE(Contains(res.body, "Presentatie van de werkgroep"));
    EXPECT_TRUE(Contains(res.body, href));
    res = anyone.Get(href);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body, pdf);
    EXPECT_EQ(anyone.Get("/agenda/1/bestanden/" + std::to_string(files[0].id)).status, 404)
        << "through its own event only";

    // Made the network's own: the file goes with the event, out of sight of outsiders.
    int64_t network = 0;
    for (const auto& e :
         AgendaOf(app.services()).agenda.OfOrganiser(regions.at("Regio Amstelland")))
        if (e.event.network_id) network = *e.event.network_id;
    core::Event changed = AgendaOf(app.services()).agenda.Find(id)->event;
    changed.network_id = network;
    AgendaOf(app.services()).agenda.Update(changed, app.clock().Now());
    EXPECT_EQ(anyone.Get(href).status, 404);
    Browser decaan{app};
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(decaan.Get(href).status, 200) << "a member school's decaan";

    EXPECT_EQ(
        regio.Post(edit + "/bestanden/" + std::to_string(files[0].id) + "/verwijderen", {}).status,
        303);
    EXPECT_EQ(decaan.Get(href).status, 404);
}

}  // namespace
}  // namespace koers::web
