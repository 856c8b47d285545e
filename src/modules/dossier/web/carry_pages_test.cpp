// The loopbaandossier travels, through the router: the student downloads it as a zip (a readable
// page and the JSON document) or as the document alone, and reads a document from a previous
// school into their dossier at the next: their own entries with the dates of then, gesprekken
// left out, the same file twice adding nothing. A broken, foreign, oversized or tampered file is
// refused in Dutch and writes nothing; nobody but the student downloads or reads in.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "modules/dossier/web/dossier_export.hpp"
#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/render/zip_archive.hpp"

namespace koers::web {
namespace {

namespace json = boost::json;
using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

class Carry : public DossierPages {
protected:
    // Lotte moves on to an mbo school in this Koers: a new enrolment with a leerling membership.
    int64_t NewSchool() {
        auto& s = app.services();
        storage::SchoolRecord mbo;
        mbo.name = "Horizon mbo";
        mbo.brin = "99HZ";
        mbo.sector = "mbo";
        const int64_t id = s.orgs.AddSchool(mbo, 1);
        auto lotte = *s.students.Student(own);
        s.users.AddMembership(lotte.user_id, core::Role::kLeerling, id, std::nullopt, 1);
        lotte.school_id = id;
        lotte.group_id.reset();
        lotte.onderwijstype = "mbo niveau 4";
        return s.students.Enrol(lotte, 1);
    }
    std::string MboBase(int64_t school_id, int64_t enrolment) {
        return "/scholen/" + std::to_string(school_id) + "/leerlingen/" +
               std::to_string(enrolment) + "/dossier";
    }
};

TEST_F(Carry, TheStudentDownloadsAZipWithAReadablePageAndTheDocument) {
    const auto first = dossiers().Entries(own).back();
    ASSERT_TRUE(conversation().Comment(own, first.id, {std::nullopt, "Mohamed Mentor"},
                                       "mentor van groep H4A", "Mooi verslag!", 5, 100));
    auto res = student.Get(base + "/meenemen");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Download je dossier (zip)"));
    res = student.Get(base + "/loopbaandossier.zip");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.content_type, "application/zip");
    EXPECT_EQ(res.Header("Content-Disposition"), "attachment; filename=\"loopbaandossier.zip\"");
    EXPECT_EQ(res.body.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_TRUE(Contains(res.body, "index.html"));
    EXPECT_TRUE(Contains(res.body, "loopbaandossier.json"));

    res = student.Get(base + "/loopbaandossier.json");
    ASSERT_EQ(res.status, 200);
    const json::value doc = json::parse(res.body);
    EXPECT_EQ(doc.at("format").as_string(), "koers-loopbaandossier");
    EXPECT_EQ(doc.at("student").at("name").as_string(), "Lotte Leerling");
    const auto& entries = doc.at("entries").as_array();
    EXPECT_EQ(entries.size(), dossiers().Entries(own).size());
    EXPECT_EQ(entries.front().at("title").as_string(), core::EntryTitle(first.kind, first.fields))
        << "the oldest first";
    EXPECT_EQ(entries.front().at("comments").as_array().front().at("text").as_string(),
              "Mooi verslag!");
    EXPECT_FALSE(Contains(res.body, "bsn")) << "no BSN, no onderwijsnummer";

    // The readable page stands alone: no scripts, no outside files.
    const std::string page = ExportHtml({*app.services().students.Student(own),
                                         "Veldzicht College",
                                         "21VZ",
                                         dossiers().Entries(own),
                                         conversation().CommentsOfStudent(own),
                                         {},
                                         {},
                                         0,
                                         ""});
    EXPECT_TRUE(Contains(page, "Loopbaandossier van Lotte Leerling"));
    EXPECT_TRUE(Contains(page, "Mooi verslag!"));
    EXPECT_FALSE(Contains(page, "<script"));
    EXPECT_FALSE(Contains(page, "src=\""));
    EXPECT_FALSE(Contains(page, "href=\""));
}

TEST_F(Carry, TheNextSchoolReadsInTheStudentsOwnEntriesOnceWithTheirDates) {
    dossiers().Add(own, core::EntryKind::kGesprek, {{"datum", "2026-11-20"}, {"actie", "Bellen"}},
                   {std::nullopt, "Mohamed Mentor"}, app.clock().Now());
    const std::string document = student.Get(base + "/loopbaandossier.json").body;
    size_t own_kinds = 0;
    for (const auto& e : dossiers().Entries(own)) own_kinds += core::InfoOf(e.kind).by_student;

    const int64_t mbo_enrolment = NewSchool();
    const int64_t mbo_school = app.services().students.Student(mbo_enrolment)->school_id;
    Browser lotte(app);
    ASSERT_TRUE(lotte.SignIn("leerling@demo.koers.nl"));
    const std::string mbo = MboBase(mbo_school, mbo_enrolment);
    auto res = lotte.Upload(mbo + "/meenemen", "bestand", "loopbaandossier.json", document);
    ASSERT_EQ(res.status, 303) << res.body;
    const auto carried = dossiers().Entries(mbo_enrolment);
    ASSERT_EQ(carried.size(), own_kinds) << "gesprekken stay with the readable export";
    for (const auto& e : carried) EXPECT_TRUE(core::InfoOf(e.kind).by_student);
    const auto original = dossiers().Entries(own).back();
    bool same_date = false;
    for (const auto& e : carried) same_date |= e.created_at == original.created_at;
    EXPECT_TRUE(same_date) << "written then, not now";
    EXPECT_TRUE(
        Contains(lotte.Get(mbo).body, "Je dossier van je vorige school staat nu ook hier."));
    // Twice adds nothing.
    res = lotte.Upload(mbo + "/meenemen", "bestand", "loopbaandossier.json", document);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(dossiers().Entries(mbo_enrolment).size(), own_kinds);
    EXPECT_TRUE(Contains(lotte.Get(mbo).body, "Er is niets dubbel toegevoegd."));
    // The school she left is not reached through the new one: its dossier is unchanged.
    EXPECT_EQ(dossiers().Entries(own).size(), own_kinds + 1);
    // Read back into the dossier it came from, it adds nothing either.
    res = student.Upload(base + "/meenemen", "bestand", "loopbaandossier.json", document);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(dossiers().Entries(own).size(), own_kinds + 1);
}

TEST_F(Carry, TheZipBringsTheBewijzenWithTheirFilesAndTheDocumentAloneSaysWhatStayedBehind) {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(300, 'p');
    auto res = student.Upload(
        base + "/nieuw-bewijs", "bestand", "Stage foto.png", png,
        {{"titel", "Foto van mijn stage"}, {"soort", "foto"}, {"competenties", "kwaliteiten"}});
    ASSERT_EQ(res.status, 303) << res.body.substr(0, 300);
    const std::string zip = student.Get(base + "/loopbaandossier.zip").body;
    const std::string document = student.Get(base + "/loopbaandossier.json").body;

    const int64_t mbo_enrolment = NewSchool();
    const int64_t mbo_school = app.services().students.Student(mbo_enrolment)->school_id;
    Browser lotte(app);
    ASSERT_TRUE(lotte.SignIn("leerling@demo.koers.nl"));
    const std::string mbo = MboBase(mbo_school, mbo_enrolment);
    // The document alone brings the bewijs, and says its file stayed behind.
    res = lotte.Upload(mbo + "/meenemen", "bestand", "loopbaandossier.json", document);
    ASSERT_EQ(res.status, 303) << res.body.substr(0, 400);
    EXPECT_TRUE(Contains(lotte.Get(mbo).body, "niet alle bestanden van je bewijzen konden mee"));
    auto& evidence = DossierOf(app.services()).evidence;
    EXPECT_EQ(evidence.FilesOfStudent(mbo_enrolment).size(), 0u);
    // Into a fresh dossier, the zip brings the file too, checked by its content.
    for (const auto& e : dossiers().Entries(mbo_enrolment))
        ASSERT_TRUE(dossiers().Delete(mbo_enrolment, e.id, e.version, {std::nullopt, "Test"}, 1));
    res = lotte.Upload(mbo + "/meenemen", "bestand", "loopbaandossier.zip", zip);
    ASSERT_EQ(res.status, 303) << res.body.substr(0, 400);
    EXPECT_TRUE(
        Contains(lotte.Get(mbo).body, "Je dossier van je vorige school staat nu ook hier."));
    const auto files = evidence.FilesOfStudent(mbo_enrolment);
    ASSERT_EQ(files.size(), 1u);
    const auto& file = files.begin()->second.at(0);
    EXPECT_EQ(file.name, "stage-foto.png");
    EXPECT_EQ(file.media_type, "image/png");
    EXPECT_EQ(evidence.Data(mbo_enrolment, file.id), png);
    // Twice adds nothing, files neither.
    res = lotte.Upload(mbo + "/meenemen", "bestand", "loopbaandossier.zip", zip);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(evidence.FilesOfStudent(mbo_enrolment).begin()->second.size(), 1u);
}

TEST_F(Carry, AHostileZipIsRefusedInDutchAndWritesNothing) {
    const std::string document = student.Get(base + "/loopbaandossier.json").body;
    const size_t before = dossiers().Entries(own).size();
    std::string climbing = ZipArchive({{"loopbaandossier.json", document}, {"aa/x", "x"}});
    for (size_t at = climbing.find("aa/x"); at != std::string::npos; at = climbing.find("aa/x"))
        climbing.replace(at, 3, "../");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"kan Koers niet lezen", climbing},
        {"meer dan Koers uitpakt",
         ZipArchive({{"loopbaandossier.json", document},
                     {"bestanden/1-1-bom.png", std::string(size_t{11} * 1024 * 1024, '\0')}})},
        {"staat geen loopbaandossier.json", ZipArchive({{"index.html", "<p>hoi</p>"}})},
        {"Dit is geen loopbaandossier uit Koers",
         ZipArchive({{"loopbaandossier.json", R"({"format":"iets anders"})"}})},
        {"kan Koers niet lezen", std::string("PK\x03\x04", 4) + std::string(100, 'z')},
    };
    for (const auto& [expected, body] : cases) {
        SCOPED_TRACE(expected);
        const auto res = student.Upload(base + "/meenemen", "bestand", "x.zip", body);
        EXPECT_EQ(res.status, 422);
        EXPECT_TRUE(Contains(res.body, expected)) << res.body.substr(0, 400);
    }
    EXPECT_EQ(dossiers().Entries(own).size(), before);
}

TEST_F(Carry, ABrokenForeignOrTamperedFileIsRefusedInDutchAndWritesNothing) {
    const std::string document = student.Get(base + "/loopbaandossier.json").body;
    const size_t before = dossiers().Entries(own).size();
    json::value doc = json::parse(document);
    auto tampered = [&](auto&& change) {
        json::value copy = doc;
        change(copy);
        return json::serialize(copy);
    };
    const std::string many = [] {
        json::array entries;
        for (int i = 0; i < 5001; ++i) entries.push_back(json::object{});
        return json::serialize(json::object{
            {"format", "koers-loopbaandossier"}, {"version", 1}, {"entries", entries}});
    }();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"kan Koers niet lezen", "dit is geen json"},
        {"kan Koers niet lezen", std::string(10000, '[') + std::string(10000, ']')},
        {"geen loopbaandossier uit Koers", R"({"format":"iets anders","version":1})"},
        {"Deze versie", tampered([](json::value& d) { d.as_object()["version"] = 2; })},
        {"Stuk 1 heeft een soort die Koers niet kent", tampered([](json::value& d) {
             d.at("entries").as_array()[0].as_object()["kind"] = "taak";
         })},
        {"Stuk 1 heeft geen geldige datum", tampered([](json::value& d) {
             d.at("entries").as_array()[0].as_object()["created_at"] = "gisteren";
         })},
        {"Stuk 1 (", tampered([](json::value& d) {
             d.at("entries").as_array()[0].at("fields").as_object()["soort"] = "vliegen";
         })},
        {"meer dan 5.000 stukken", many},
    };
    for (const auto& [expected, body] : cases) {
        SCOPED_TRACE(expected);
        const auto res = student.Upload(base + "/meenemen", "bestand", "x.json", body);
        EXPECT_EQ(res.status, 422);
        EXPECT_TRUE(Contains(res.body, expected)) << res.body.substr(0, 400);
    }
    const auto res = student.Upload(base + "/meenemen", "bestand", "x.json",
                                    std::string(kMaxCarriedBytes + 1, ' '));
    EXPECT_EQ(res.status, 413);
    EXPECT_EQ(student.Upload(base + "/meenemen", "bestand", "x.json", "").status, 400);
    EXPECT_EQ(dossiers().Entries(own).size(), before);
}

TEST_F(Carry, OnlyTheStudentDownloadsOrReadsInAndTheSchemaIsPublic) {
    for (const char* who : {"mentor@demo.koers.nl", "decaan@demo.koers.nl"}) {
        Browser staff(app);
        ASSERT_TRUE(staff.SignIn(who));
        EXPECT_EQ(staff.Get(base + "/loopbaandossier.zip").status, 403) << who;
        EXPECT_EQ(staff.Get(base + "/loopbaandossier.json").status, 403) << who;
        EXPECT_EQ(staff.Get(base + "/meenemen").status, 403) << who;
    }
    Browser anyone(app);
    const auto res = anyone.Get("/schemas/loopbaandossier-v1.json");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.content_type, "application/schema+json");
    EXPECT_EQ(json::parse(res.body).at("properties").at("format").at("const").as_string(),
              "koers-loopbaandossier");
}

}  // namespace
}  // namespace koers::web
