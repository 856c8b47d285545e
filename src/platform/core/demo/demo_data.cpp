#include "platform/core/demo/demo_data.hpp"

#include <array>

namespace koers::core {
namespace {

constexpr std::array<std::string_view, 2> kRegions = {"Regio Amstelland", "Regio Twente"};

constexpr std::array<std::string_view, 4> kVeldzichtTeams = {"Onderbouw", "Bovenbouw havo",
                                                             "Bovenbouw vwo", "Vmbo-kader"};
constexpr std::array<std::string_view, 3> kHorizonTeams = {"Zorg en welzijn", "Techniek",
                                                           "Economie en ondernemen"};
constexpr std::array<std::string_view, 2> kLindenTeams = {"Vmbo basis en kader", "Mavo"};
constexpr std::array<std::string_view, 2> kHogeschoolTeams = {"Pedagogiek", "Bedrijfskunde"};

constexpr std::array<std::string_view, 2> kPeerTeams = {"Onderbouw", "Bovenbouw"};

constexpr std::array<DemoSchool, 9> kSchools = {{
    {"Veldzicht College", "21VZ", "vo", "vmbo-kb,vmbo-tl,havo,vwo", "Regio Amstelland",
     kVeldzichtTeams},
    {"Horizon mbo", "30HZ", "mbo", "niveau 2,niveau 3,niveau 4,bol,bbl", "Regio Amstelland",
     kHorizonTeams},
    {"De Linden Scholengemeenschap", "14LD", "vo", "vmbo-bb,vmbo-kb,vmbo-tl", "Regio Twente",
     kLindenTeams},
    {"Hogeschool Oostrand", "27HO", "hbo", "associate degree,bachelor,deeltijd", "Regio Twente",
     kHogeschoolTeams},
    // Schools without demo accounts: their LOB-scan rounds make the peer comparisons visible.
    {"Rietland Lyceum", "22RL", "vo", "havo,vwo", "Regio Amstelland", kPeerTeams},
    {"Amstelborg Scholengemeenschap", "23AB", "vo", "vmbo-tl,havo,vwo", "Regio Amstelland",
     kPeerTeams},
    {"Het Poldercollege", "24PC", "vo", "vmbo-bb,vmbo-kb,vmbo-tl", "Regio Amstelland", kPeerTeams},
    {"Stedelijk Gymnasium Aan de Amstel", "25SG", "vo", "vwo", "Regio Amstelland", kPeerTeams},
    {"Twentse Esch College", "16TE", "vo", "vmbo-tl,havo", "Regio Twente", kPeerTeams},
}};

// The mbo's decaan last, so the ids of the others stay as they were.
constexpr std::array<DemoAccount, 11> kAccounts = {{
    {Role::kBeheerder, "Bram Beheer", "beheerder@demo.koers.nl", "", ""},
    {Role::kRedacteur, "Rosa Redactie", "redacteur@demo.koers.nl", "", ""},
    {Role::kRegiocoordinator, "Reza Regio", "regio@demo.koers.nl", "Regio Amstelland", ""},
    {Role::kSchoolleider, "Saskia de Leeuw", "schoolleider@demo.koers.nl", "21VZ", ""},
    {Role::kDecaan, "Dirk Decaan", "decaan@demo.koers.nl", "21VZ", ""},
    {Role::kTeamleider, "Tamara Teamleider", "teamleider@demo.koers.nl", "21VZ", "Bovenbouw havo"},
    {Role::kMentor, "Mohamed Mentor", "mentor@demo.koers.nl", "21VZ", "Bovenbouw havo"},
    {Role::kDocent, "Daan Docent", "docent@demo.koers.nl", "21VZ", ""},
    {Role::kLeerling, "Lotte Leerling", "leerling@demo.koers.nl", "21VZ", ""},
    {Role::kOuder, "Olga Ouder", "ouder@demo.koers.nl", "21VZ", ""},
    {Role::kDecaan, "Hatice Horizon", "decaan.mbo@demo.koers.nl", "30HZ", ""},
}};

}  // namespace

std::span<const std::string_view> DemoRegions() { return kRegions; }
std::span<const DemoSchool> DemoSchools() { return kSchools; }
std::span<const DemoAccount> DemoAccounts() { return kAccounts; }

std::string DemoPdf(std::string_view line) {
    const std::string text = "BT /F1 18 Tf 72 760 Td (" + std::string(line) + ") Tj ET";
    return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
           "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
           "4 0 obj<</Length " +
           std::to_string(text.size()) + ">>stream\n" + text +
           "\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n";
}

}  // namespace koers::core
