// Sharing with the next school through the router: the student prepares a share, reads exactly
// what the school will see, signs it off and sends it; the mbo's decaan sees nothing of it before
// accepting, reads it after (the student sees the look), and loses it when the student revokes;
// another school never reaches it, and mistakes get a Dutch 4xx.
#include <gtest/gtest.h>

#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

class Sharing : public DossierPages {
protected:
    void SetUp() override {
        DossierPages::SetUp();
        mbo = app.SchoolId("30HZ");
        auto& users = app.services().users;
        const int64_t id = users.Add("decaan@horizon.example", "Hanna Horizon",
                                     auth::HashPassword(core::kDemoPassword), 1);
        users.AddMembership(id, core::Role::kDecaan, mbo, std::nullopt, 1);
        ASSERT_TRUE(receiver.SignIn("decaan@horizon.example"));
    }
    int64_t mbo = 0;
    Browser receiver{app};
};

TEST_F(Sharing, TheStudentSharesWithTheMboWhichAcceptsReadsAndLosesItWhenRevoked) {
    auto res = student.Get(base + "/delen");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, ">Horizon mbo</option>"));
    EXPECT_FALSE(Contains(res.body, ">Veldzicht College</option>")) << "not her own school";
    const std::string to = std::to_string(mbo);
    EXPECT_EQ(
        student
            .Post(base + "/delen",
                  {{"naar", std::to_string(school)}, {"delen", "ervaring"}, {"motivatie", "Zorg"}})
            .status,
        400);
    res = student.Post(base + "/delen", {{"naar", to}, {"delen", "ervaring"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Waarom kies je voor deze school"));
    res = student.Post(base + "/delen", {{"naar", to},
                                         {"delen", "ervaring"},
                                         {"delen", "keuze"},
                                         {"motivatie",
                                          "Ik wil de zorg in, dat weet ik sinds "
                                          "de open dag."}});
    ASSERT_EQ(res.status, 303);
    const std::string share = std::string(res.Header("Location").value_or(""));
    const std::string id = share.substr(share.rfind('/') + 1);
    res = student.Get(share);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "precies wat Horizon mbo te zien krijgt"));
    EXPECT_TRUE(Contains(res.body, "Veldzicht College · havo"));
    EXPECT_TRUE(Contains(res.body, "Open dag Horizon mbo, verpleegkunde"));  // an ervaring
    EXPECT_FALSE(
        Contains(res.body, "Na het groepsproject bij economie"));  // a reflectie, not shared

    // A concept is not the school's.
    const std::string at_mbo = "/scholen/" + to + "/gedeelde-dossiers";
    EXPECT_FALSE(Contains(receiver.Get(at_mbo).body, "Lotte Leerling"));
    EXPECT_EQ(receiver.Get(at_mbo + "/" + id).status, 404);
    EXPECT_EQ(student.Post(share + "/versturen", {}).status, 400);
    ASSERT_EQ(student.Post(share + "/versturen", {{"akkoord", "ja"}}).status, 303);
    EXPECT_EQ(student.Post(share + "/versturen", {{"akkoord", "ja"}}).status, 409);

    // Offered: the school sees who and what, not the content, until it accepts.
    EXPECT_TRUE(Contains(receiver.Get(at_mbo).body, "Lotte Leerling"));
    res = receiver.Get(at_mbo + "/" + id);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Accepteren"));
    EXPECT_TRUE(Contains(res.body,
                         "wil dit met uw school delen: Ervaring en Keuze of doel, en het "
                         "doorstroomdossier"));
    EXPECT_FALSE(Contains(res.body, "sinds de open dag"));
    EXPECT_EQ(receiver.Post(at_mbo + "/" + id + "/besluit", {{"besluit", "graag"}}).status, 400);
    ASSERT_EQ(receiver.Post(at_mbo + "/" + id + "/besluit", {{"besluit", "accepteren"}}).status,
              303);
    res = receiver.Get(at_mbo + "/" + id);
    EXPECT_TRUE(Contains(res.body, "sinds de open dag"));
    EXPECT_TRUE(Contains(res.body, "Open dag Horizon mbo, verpleegkunde"));
    const auto looks = dossiers().Looks(own, 1);
    ASSERT_EQ(looks.size(), 1u);
    EXPECT_EQ(looks[0].basis, "LOB-coördinator/decaan van Horizon mbo (gedeeld dossier)");

    // Another school never reaches it; Lotte's mentor does not share for her.
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(decaan.Get(at_mbo + "/" + id).status, 403);
    EXPECT_EQ(decaan.Get("/scholen/" + std::to_string(school) + "/gedeelde-dossiers/" + id).status,
              404);
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    EXPECT_EQ(mentor.Get(base + "/delen").status, 403);
    EXPECT_EQ(mentor.Post(share + "/intrekken", {}).status, 403);

    // Revoked: gone for the school at once.
    ASSERT_EQ(student.Post(share + "/intrekken", {}).status, 303);
    res = receiver.Get(at_mbo + "/" + id);
    EXPECT_EQ(res.status, 410);
    EXPECT_TRUE(Contains(res.body, "heeft het delen ingetrokken"));
    EXPECT_EQ(receiver.Post(at_mbo + "/" + id + "/besluit", {{"besluit", "accepteren"}}).status,
              410);
    EXPECT_EQ(student.Post(share + "/intrekken", {}).status, 409);
}

}  // namespace
}  // namespace koers::web
