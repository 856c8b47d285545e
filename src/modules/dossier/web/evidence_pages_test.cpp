// Bewijzen with files through the router: the student posts a bewijs with its first file and adds
// more, each checked by its content; a wrong, oversized or disguised file is refused in Dutch and
// writes nothing (not even the bewijs); the mentor downloads a file and the student sees that;
// nobody else adds or removes, and a file is reached only through its own dossier. The export
// carries the files.
#include <gtest/gtest.h>

#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "platform/core/common/file_type.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(200, 'x');
const std::string kPdf = "%PDF-1.7\n" + std::string(100, 'y');

class Evidence : public DossierPages {
protected:
    int64_t Newest() { return dossiers().Entries(own).front().id; }
    size_t Count() { return dossiers().Entries(own).size(); }
};

TEST_F(Evidence, AStudentKeepsABewijsWithFilesAndTheMentorDownloadsThem) {
    auto res = student.Get(base + "/nieuw/bewijs");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "enctype=\"multipart/form-data\""));
    EXPECT_TRUE(Contains(res.body, "/dossier/nieuw-bewijs\""));
    res = student.Upload(
        base + "/nieuw-bewijs", "bestand", "C:\\\\fotos\\\\Mijn Werkstuk!.png", kPng,
        {{"titel", "Werkstuk techniek"}, {"soort", "werkstuk"}, {"competenties", "kwaliteiten"}});
    ASSERT_EQ(res.status, 303) << res.body.substr(0, 300);
    const int64_t entry = Newest();
    const std::string path = base + "/" + std::to_string(entry);
    ASSERT_EQ(DossierOf(app.services()).evidence.Files(own, entry).size(), 1u);
    EXPECT_EQ(DossierOf(app.services()).evidence.Files(own, entry)[0].name, "mijn-werkstuk.png");
    res = student.Get(path);
    EXPECT_TRUE(Contains(res.body, "mijn-werkstuk.png"));
    EXPECT_TRUE(Contains(res.body, "Bestand toevoegen"));
    ASSERT_EQ(student.Upload(path + "/bestanden", "bestand", "verslag.pdf", kPdf).status, 303);
    const auto files = DossierOf(app.services()).evidence.Files(own, entry);
    ASSERT_EQ(files.size(), 2u);

    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const std::string file = path + "/bestanden/" + std::to_string(files[0].id);
    res = mentor.Get(file);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.content_type, "image/png");
    EXPECT_EQ(res.body, kPng);
    EXPECT_EQ(res.Header("Content-Disposition"), "inline; filename=\"mijn-werkstuk.png\"");
    EXPECT_EQ(dossiers().Looks(own, 1)[0].what, "bestand: mijn-werkstuk.png");
    EXPECT_FALSE(Contains(mentor.Get(path).body, "Bestand toevoegen")) << "only the student adds";
    EXPECT_EQ(mentor.Upload(path + "/bestanden", "bestand", "x.pdf", kPdf).status, 403);
    EXPECT_EQ(mentor.Post(file + "/verwijderen", {}).status, 403);
    Browser parent(app);
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    EXPECT_EQ(parent.Get(file).status, 403);

    // The export carries the files.
    res = student.Get(base + "/loopbaandossier.zip");
    EXPECT_TRUE(Contains(res.body, "bestanden/" + std::to_string(entry) + "-"));
    EXPECT_TRUE(
        Contains(student.Get(base + "/loopbaandossier.json").body, "\"media_type\":\"image/png\""));

    ASSERT_EQ(student.Post(file + "/verwijderen", {}).status, 303);
    EXPECT_EQ(DossierOf(app.services()).evidence.Files(own, entry).size(), 1u);
    EXPECT_EQ(mentor.Get(file).status, 404);
}

TEST_F(Evidence, AWrongOrDisguisedFileIsRefusedInDutchAndNothingIsWritten) {
    const size_t before = Count();
    const std::vector<std::tuple<std::string, std::string, int, std::string>> cases = {
        {"tekening.svg", "<svg onload=alert(1)></svg>", 415, "Dit soort bestand kan niet"},
        {"foto.png", "MZ\x90\x00 not a png", 415, "Dit soort bestand kan niet"},
        {"groot.pdf", "%PDF-" + std::string(core::kMaxAttachmentBytes, 'z'), 413,
         "groter dan 10 MB"},
    };
    for (const auto& [name, bytes, status, message] : cases) {
        SCOPED_TRACE(name);
        const auto res =
            student.Upload(base + "/nieuw-bewijs", "bestand", name, bytes, {{"titel", "Iets"}});
        EXPECT_EQ(res.status, status);
        EXPECT_TRUE(Contains(res.body, message));
        EXPECT_TRUE(Contains(res.body, "Kies je bestand opnieuw"));
        EXPECT_TRUE(Contains(res.body, "value=\"Iets\"")) << "what was typed is kept";
    }
    auto res = student.Upload(base + "/nieuw-bewijs", "bestand", "a.png", kPng,
                              {{"titel", "Link"}, {"link", "javascript:alert(1)"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "geen webadres"));
    EXPECT_EQ(Count(), before) << "no bewijs without its file";
    // Without a file, with a link, it is fine.
    ASSERT_EQ(student
                  .Upload(base + "/nieuw-bewijs", "bestand", "", "",
                          {{"titel", "Mijn portfolio"}, {"link", "https://example.nl/portfolio"}})
                  .status,
              303);
    EXPECT_EQ(Count(), before + 1);
}

TEST_F(Evidence, ABewijsHoldsTenFilesAndAFileIsReachedOnlyThroughItsOwnDossier) {
    ASSERT_EQ(student.Upload(base + "/nieuw-bewijs", "bestand", "1.pdf", kPdf, {{"titel", "Veel"}})
                  .status,
              303);
    const int64_t entry = Newest();
    const std::string path = base + "/" + std::to_string(entry);
    for (int i = 2; i <= 10; ++i)
        ASSERT_EQ(
            student.Upload(path + "/bestanden", "bestand", std::to_string(i) + ".pdf", kPdf).status,
            303);
    auto res = student.Upload(path + "/bestanden", "bestand", "11.pdf", kPdf);
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "al 10 bestanden"));
    // Files only go with a bewijs: an ervaring takes none.
    const int64_t ervaring = dossiers().Entries(own).back().id;
    EXPECT_EQ(
        student
            .Upload(base + "/" + std::to_string(ervaring) + "/bestanden", "bestand", "x.pdf", kPdf)
            .status,
        404);
    // A classmate's dossier does not open Lotte's file, nor Lotte's URL another's.
    const auto file = DossierOf(app.services()).evidence.Files(own, entry)[0].id;
    int64_t classmate = 0;
    for (const auto& s : app.services().students.InGroup(GroupId("H4A")))
        if (s.id != own && !dossiers().Entries(s.id).empty()) classmate = s.id;
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const std::string other = "/scholen/" + std::to_string(school) + "/leerlingen/" +
                              std::to_string(classmate) + "/dossier/" + std::to_string(entry) +
                              "/bestanden/" + std::to_string(file);
    EXPECT_EQ(mentor.Get(other).status, 404);
}

}  // namespace
}  // namespace koers::web
