#include "platform/core/access/roles.hpp"

#include <array>

namespace koers::core {
namespace {

struct RoleInfo {
    Role role;
    std::string_view code;
    std::string_view label;
    Reach reach;
};

constexpr std::array<RoleInfo, 10> kRoles = {{
    {Role::kBeheerder, "beheerder", "Beheerder", Reach::kPlatform},
    {Role::kRedacteur, "redacteur", "Redacteur", Reach::kPlatform},
    {Role::kRegiocoordinator, "regiocoordinator", "Regiocoördinator", Reach::kRegion},
    {Role::kSchoolleider, "schoolleider", "Schoolleider", Reach::kSchool},
    {Role::kDecaan, "decaan", "LOB-coördinator/decaan", Reach::kSchool},
    {Role::kTeamleider, "teamleider", "Teamleider", Reach::kSchool},
    {Role::kMentor, "mentor", "Mentor/SLB'er", Reach::kSchool},
    {Role::kDocent, "docent", "Docent", Reach::kSchool},
    {Role::kLeerling, "leerling", "Leerling/student", Reach::kSchool},
    {Role::kOuder, "ouder", "Ouder/verzorger", Reach::kSchool},
}};

constexpr std::array<Role, 10> kRoleOrder = {
    Role::kBeheerder, Role::kRedacteur,  Role::kRegiocoordinator, Role::kSchoolleider,
    Role::kDecaan,    Role::kTeamleider, Role::kMentor,           Role::kDocent,
    Role::kLeerling,  Role::kOuder};

const RoleInfo& Info(Role role) { return kRoles[static_cast<size_t>(role)]; }

}  // namespace

std::span<const Role> AllRoles() { return kRoleOrder; }
std::string_view RoleCode(Role role) { return Info(role).code; }
std::string_view RoleLabel(Role role) { return Info(role).label; }
Reach RoleReach(Role role) { return Info(role).reach; }

std::optional<Role> RoleFromCode(std::string_view code) {
    for (const auto& info : kRoles)
        if (info.code == code) return info.role;
    return std::nullopt;
}

bool Principal::Has(Role role) const {
    for (const auto& m : memberships)
        if (m.role == role) return true;
    return false;
}

bool Principal::SaysJe() const {
    if (memberships.empty()) return false;
    for (const auto& m : memberships)
        if (m.role != Role::kLeerling) return false;
    return true;
}

bool RoleMayHaveTeam(Role role) { return role == Role::kTeamleider || role == Role::kMentor; }

}  // namespace koers::core
