#pragma once
// What the loopbaandossier page tests share: the demo world's Veldzicht College (21VZ), its demo
// leerling signed in, her enrolment and the path of her dossier. She is in H4A, whose mentor is
// the demo mentor; H4B and V3A have no demo mentor.
#include <gtest/gtest.h>

#include <string>

#include "modules/dossier/web/dossier_parts.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web::dossier_testing {

using testing::Contains;

class DossierPages : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("21VZ");
        for (const auto& s : app.services().students.OfUser(
                 app.services().users.ByEmail("leerling@demo.koers.nl")->id))
            own = s.id;
        ASSERT_GT(own, 0);
        base = "/scholen/" + std::to_string(school) + "/leerlingen/" + std::to_string(own) +
               "/dossier";
        ASSERT_TRUE(student.SignIn("leerling@demo.koers.nl"));
    }
    storage::DossierRepo& dossiers() { return DossierOf(app.services()).dossiers; }
    storage::ConversationRepo& conversation() { return DossierOf(app.services()).conversation; }
    int64_t GroupId(const std::string& name) {
        for (const auto& g : app.services().students.Groups(school))
            if (g.name == name) return g.id;
        return 0;
    }

    testing::TestApp app;
    testing::Browser student{app};
    int64_t school = 0, own = 0;
    std::string base;
};

}  // namespace koers::web::dossier_testing
