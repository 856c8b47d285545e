#include "platform/core/access/policy.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

Principal With(Role role, std::optional<int64_t> school, std::optional<int64_t> region) {
    return Principal{1, "Test", "t@example.nl", {{role, school, region, ""}}};
}

TEST(Policy, DeniesAnonymousEverythingButPublic) {
    EXPECT_TRUE(Allowed(nullptr, Permission::kPublic, Target::None()));
    EXPECT_FALSE(Allowed(nullptr, Permission::kOwnAccount, Target::None()));
    EXPECT_FALSE(Allowed(nullptr, Permission::kViewSchool, Target::School(1)));
}

TEST(Policy, SchoolRoleReachesOnlyItsOwnSchool) {
    auto mentor = With(Role::kMentor, 7, std::nullopt);
    EXPECT_TRUE(Allowed(&mentor, Permission::kViewSchool, Target::School(7)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kViewSchool, Target::School(8)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kManageSchoolTeams, Target::School(7)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kManagePlatform, Target::Platform()));
    EXPECT_FALSE(Allowed(&mentor, Permission::kViewRegion, Target::Region(7)));
}

TEST(Policy, LeerlingAndOuderDoNotSeeTheStaffOverview) {
    for (Role r : {Role::kLeerling, Role::kOuder}) {
        auto p = With(r, 7, std::nullopt);
        EXPECT_FALSE(Allowed(&p, Permission::kViewSchool, Target::School(7)));
        EXPECT_TRUE(Allowed(&p, Permission::kOwnAccount, Target::None()));
    }
}

TEST(Policy, RegionCoordinatorSeesOnlyItsRegionAndNoSchoolInternals) {
    auto rc = With(Role::kRegiocoordinator, std::nullopt, 3);
    EXPECT_TRUE(Allowed(&rc, Permission::kViewRegion, Target::Region(3)));
    EXPECT_FALSE(Allowed(&rc, Permission::kViewRegion, Target::Region(4)));
    EXPECT_FALSE(Allowed(&rc, Permission::kViewSchool, Target::School(3)));
}

TEST(Policy, BeheerderReachesEverything) {
    auto b = With(Role::kBeheerder, std::nullopt, std::nullopt);
    EXPECT_TRUE(Allowed(&b, Permission::kManagePlatform, Target::Platform()));
    EXPECT_TRUE(Allowed(&b, Permission::kViewSchool, Target::School(99)));
    EXPECT_TRUE(Allowed(&b, Permission::kViewRegion, Target::Region(99)));
}

TEST(Policy, RedacteurEditsContentButManagesNothingElse) {
    auto r = With(Role::kRedacteur, std::nullopt, std::nullopt);
    EXPECT_TRUE(Allowed(&r, Permission::kEditContent, Target::Platform()));
    EXPECT_FALSE(Allowed(&r, Permission::kManagePlatform, Target::Platform()));
    EXPECT_FALSE(Allowed(&r, Permission::kViewSchool, Target::School(1)));
}

TEST(Policy, EventsAreOrganisedNationallyByTheRedactieAndRegionallyByTheirCoordinator) {
    auto redacteur = With(Role::kRedacteur, std::nullopt, std::nullopt);
    auto rc = With(Role::kRegiocoordinator, std::nullopt, 3);
    auto decaan = With(Role::kDecaan, 7, std::nullopt);
    EXPECT_TRUE(Allowed(&redacteur, Permission::kOrganiseEvents, Target::Platform()));
    EXPECT_TRUE(Allowed(&redacteur, Permission::kOrganiseEvents, Target::Region(3)));
    EXPECT_FALSE(Allowed(&rc, Permission::kOrganiseEvents, Target::Platform()));
    EXPECT_TRUE(Allowed(&rc, Permission::kOrganiseEvents, Target::Region(3)));
    EXPECT_FALSE(Allowed(&rc, Permission::kOrganiseEvents, Target::Region(4)));
    EXPECT_FALSE(Allowed(&decaan, Permission::kOrganiseEvents, Target::Platform()));
    EXPECT_FALSE(Allowed(&decaan, Permission::kOrganiseEvents, Target::School(7)));
    EXPECT_TRUE(Allowed(&rc, Permission::kManageNetworks, Target::Region(3)));
    EXPECT_FALSE(Allowed(&rc, Permission::kManageNetworks, Target::Region(4)));
    EXPECT_FALSE(Allowed(&redacteur, Permission::kManageNetworks, Target::Region(3)));
    EXPECT_FALSE(Allowed(&decaan, Permission::kManageNetworks, Target::School(7)));
}

TEST(Policy, AssignmentsAreTheSchoolsStaffsAndOnlyItsLeidingAndDecaanShareThem) {
    auto docent = With(Role::kDocent, 7, std::nullopt);
    auto decaan = With(Role::kDecaan, 7, std::nullopt);
    auto beheerder = With(Role::kBeheerder, std::nullopt, std::nullopt);
    auto leerling = With(Role::kLeerling, 7, std::nullopt);
    EXPECT_TRUE(Allowed(&docent, Permission::kUseAssignments, Target::School(7)));
    EXPECT_FALSE(Allowed(&docent, Permission::kUseAssignments, Target::School(8)));
    EXPECT_FALSE(Allowed(&docent, Permission::kShareAssignments, Target::School(7)));
    EXPECT_TRUE(Allowed(&decaan, Permission::kShareAssignments, Target::School(7)));
    EXPECT_FALSE(Allowed(&beheerder, Permission::kUseAssignments, Target::School(7)));
    EXPECT_FALSE(Allowed(&leerling, Permission::kUseAssignments, Target::School(7)));
    EXPECT_FALSE(Allowed(&docent, Permission::kPlanCurriculum, Target::School(7)));
    EXPECT_TRUE(Allowed(&decaan, Permission::kPlanCurriculum, Target::School(7)));
    EXPECT_FALSE(Allowed(&decaan, Permission::kPlanCurriculum, Target::School(8)));
}

TEST(Policy, RolesInTwoSchoolsGrantEachOnlyWhatItsRoleAllows) {
    Principal p{1,
                "Twee",
                "t@example.nl",
                {{Role::kSchoolleider, 1, std::nullopt, ""}, {Role::kDocent, 2, std::nullopt, ""}}};
    EXPECT_TRUE(Allowed(&p, Permission::kManageSchoolTeams, Target::School(1)));
    EXPECT_FALSE(Allowed(&p, Permission::kManageSchoolTeams, Target::School(2)));
    EXPECT_TRUE(Allowed(&p, Permission::kViewSchool, Target::School(2)));
    EXPECT_FALSE(Allowed(&p, Permission::kViewSchool, Target::School(3)));
}

TEST(Roles, CodesRoundTrip) {
    for (Role r : AllRoles()) EXPECT_EQ(RoleFromCode(RoleCode(r)), r);
    EXPECT_FALSE(RoleFromCode("koning").has_value());
}

TEST(Policy, ScanIsTheSchoolsOwn) {
    for (Role r : {Role::kSchoolleider, Role::kDecaan}) {
        auto p = With(r, 7, std::nullopt);
        EXPECT_TRUE(Allowed(&p, Permission::kRunScan, Target::School(7)));
        EXPECT_FALSE(Allowed(&p, Permission::kRunScan, Target::School(8)));
        EXPECT_TRUE(Allowed(&p, Permission::kViewScanResults, Target::School(7)));
    }
    auto teamleider = With(Role::kTeamleider, 7, std::nullopt);
    EXPECT_TRUE(Allowed(&teamleider, Permission::kViewScanResults, Target::School(7)));
    EXPECT_FALSE(Allowed(&teamleider, Permission::kRunScan, Target::School(7)));
    for (Role r : {Role::kMentor, Role::kDocent, Role::kLeerling, Role::kOuder}) {
        auto p = With(r, 7, std::nullopt);
        EXPECT_FALSE(Allowed(&p, Permission::kViewScanResults, Target::School(7)));
    }
    auto beheerder = With(Role::kBeheerder, std::nullopt, std::nullopt);
    EXPECT_FALSE(Allowed(&beheerder, Permission::kViewScanResults, Target::School(7)))
        << "the platform does not read a school's scan";
    EXPECT_TRUE(Allowed(&beheerder, Permission::kManageInstruments, Target::Platform()));
    auto rc = With(Role::kRegiocoordinator, std::nullopt, 3);
    EXPECT_FALSE(Allowed(&rc, Permission::kViewScanResults, Target::School(7)));
}

TEST(Policy, ATeamBoundMembershipReachesItsSchoolAndOnlyItsOwnTeam) {
    Principal teamleider{1, "T", "t@x", {{Role::kTeamleider, 7, std::nullopt, "S", 3}}};
    EXPECT_TRUE(Allowed(&teamleider, Permission::kViewScanResults, Target::School(7)));
    EXPECT_TRUE(Allowed(&teamleider, Permission::kViewScanResults, Target::Team(7, 3)));
    EXPECT_FALSE(Allowed(&teamleider, Permission::kViewScanResults, Target::Team(7, 4)));
    EXPECT_FALSE(Allowed(&teamleider, Permission::kViewScanResults, Target::Team(8, 3)));
    auto decaan = With(Role::kDecaan, 7, std::nullopt);
    EXPECT_TRUE(Allowed(&decaan, Permission::kViewScanResults, Target::Team(7, 4)));
    EXPECT_FALSE(Allowed(&decaan, Permission::kViewScanResults, Target::Team(8, 4)));
    auto beheerder = With(Role::kBeheerder, std::nullopt, std::nullopt);
    EXPECT_TRUE(Allowed(&beheerder, Permission::kViewSchool, Target::Team(7, 4)));
    auto rc = With(Role::kRegiocoordinator, std::nullopt, 7);
    EXPECT_FALSE(Allowed(&rc, Permission::kViewRegion, Target::Team(7, 4)))
        << "a region id is never read as a school id";
}

}  // namespace
}  // namespace koers::core

namespace koers::core {
namespace {

// School 7 has groups 70 and 71; the student (account 500) is in group 70.
const Target kStudentIn70 = Target::Student(7, 70, 500);

TEST(StudentScope, AStudentReachesTheirOwnDossierAndNoOneElses) {
    Principal s{500, "Lotte", "l@example.nl", {{Role::kLeerling, 7, std::nullopt, ""}}};
    EXPECT_TRUE(Allowed(&s, Permission::kViewDossier, kStudentIn70));
    EXPECT_TRUE(Allowed(&s, Permission::kWriteDossier, kStudentIn70));
    EXPECT_FALSE(Allowed(&s, Permission::kViewDossier, Target::Student(7, 70, 501)));
    EXPECT_FALSE(Allowed(&s, Permission::kWriteDossier, Target::Student(8, 70, 500)));
    EXPECT_FALSE(Allowed(&s, Permission::kViewGroups, Target::Group(7, 70)));
}

TEST(StudentScope, AMentorReachesOnlyTheStudentsOfTheirOwnGroups) {
    Principal m{9, "Mohamed", "m@example.nl", {{Role::kMentor, 7, std::nullopt, ""}}, {70}};
    EXPECT_TRUE(Allowed(&m, Permission::kViewDossier, kStudentIn70));
    EXPECT_TRUE(Allowed(&m, Permission::kViewGroups, Target::Group(7, 70)));
    EXPECT_FALSE(Allowed(&m, Permission::kWriteDossier, kStudentIn70));
    EXPECT_FALSE(Allowed(&m, Permission::kViewDossier, Target::Student(7, 71, 501)));
    EXPECT_FALSE(Allowed(&m, Permission::kViewGroups, Target::Group(7, 71)));
    // A student without a group belongs to no mentor.
    EXPECT_FALSE(Allowed(&m, Permission::kViewDossier, Target::Student(7, 0, 502)));
    // The same group id at another school's target is not theirs.
    EXPECT_FALSE(Allowed(&m, Permission::kViewDossier, Target::Student(8, 70, 500)));
}

TEST(StudentScope, AParentReachesOnlyTheirOwnChildAndOnlyWhatParentsMay) {
    Principal o{600, "Olga", "o@example.nl", {{Role::kOuder, 7, std::nullopt, ""}}, {}, {500}};
    EXPECT_TRUE(Allowed(&o, Permission::kParentView, kStudentIn70));
    EXPECT_FALSE(Allowed(&o, Permission::kParentView, Target::Student(7, 70, 501)));
    EXPECT_FALSE(Allowed(&o, Permission::kViewDossier, kStudentIn70));
    EXPECT_FALSE(Allowed(&o, Permission::kWriteDossier, kStudentIn70));
    EXPECT_FALSE(Allowed(&o, Permission::kParentView, Target::Group(7, 70)));
    EXPECT_FALSE(Allowed(&o, Permission::kParentView, Target::Student(8, 70, 500)));
}

TEST(StudentScope, TheDecaanReachesEveryStudentOfTheSchoolAndOthersNone) {
    auto d = With(Role::kDecaan, 7, std::nullopt);
    EXPECT_TRUE(Allowed(&d, Permission::kViewDossier, kStudentIn70));
    EXPECT_TRUE(Allowed(&d, Permission::kViewDossier, Target::Student(7, 0, 502)));
    EXPECT_TRUE(Allowed(&d, Permission::kViewGroups, Target::Group(7, 71)));
    EXPECT_FALSE(Allowed(&d, Permission::kWriteDossier, kStudentIn70));
    EXPECT_FALSE(Allowed(&d, Permission::kViewDossier, Target::Student(8, 80, 600)));
    for (Role r : {Role::kSchoolleider, Role::kTeamleider, Role::kDocent, Role::kOuder,
                   Role::kBeheerder, Role::kRedacteur}) {
        auto p = With(r, 7, std::nullopt);
        EXPECT_FALSE(Allowed(&p, Permission::kViewDossier, kStudentIn70)) << RoleCode(r);
        EXPECT_FALSE(Allowed(&p, Permission::kViewGroups, Target::Group(7, 70))) << RoleCode(r);
    }
}

}  // namespace
}  // namespace koers::core
