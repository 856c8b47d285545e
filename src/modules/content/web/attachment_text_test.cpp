// The text inside attachments (web/attachment_text.hpp) and search over it (issue 14): a PDF,
// Word, PowerPoint, Excel and OpenDocument file give their words; damaged files give nothing and
// never an error; an uploaded werkblad makes its item findable by a word only the werkblad has.
#include <gtest/gtest.h>

#include "modules/content/storage/content_repo.hpp"
#include "modules/content/web/attachment_text.hpp"
#include "modules/content/web/content_parts.hpp"
#include "platform/web/render/zip_archive.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

// A one-page PDF that shows `line` in Helvetica, with a correct cross-reference table.
std::string MakePdf(const std::string& line) {
    const std::string content = "BT /F1 18 Tf 72 700 Td (" + line + ") Tj ET";
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        std::string("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R ") +
            "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t o : offsets) {
        char entry[21];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", o);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

constexpr const char* kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

std::string Docx(const std::string& paragraph) {
    return ZipArchive({{"[Content_Types].xml", "<Types/>"},
                       {"word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + paragraph +
                                                 "</w:t></w:r></w:p></w:body></w:document>"}});
}

TEST(AttachmentText, EachKindOfDocumentGivesItsWords) {
    EXPECT_TRUE(
        Contains(AttachmentText(MakePdf("Loopbaanwerkboek voor de mentor"), "application/pdf"),
                 "Loopbaanwerkboek voor de mentor"));
    EXPECT_EQ(AttachmentText(Docx("Kwaliteitenspel"), kDocx), "Kwaliteitenspel");
    const auto slides = ZipArchive({{"ppt/slides/slide10.xml", "<a:p><a:t>Tien</a:t></a:p>"},
                                    {"ppt/slides/slide2.xml", "<a:p><a:t>Twee</a:t></a:p>"},
                                    {"ppt/notesSlides/notesSlide1.xml", "<a:t>Notitie</a:t>"}});
    EXPECT_EQ(AttachmentText(slides,
                             "application/vnd.openxmlformats-officedocument."
                             "presentationml.presentation"),
              "Twee\nTien")
        << "slides in their order, notes left out";
    EXPECT_EQ(AttachmentText(ZipArchive({{"xl/sharedStrings.xml", "<si><t>Stageplek</t></si>"}}),
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
              "Stageplek");
    EXPECT_EQ(AttachmentText(ZipArchive({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                         {"content.xml", "<text:p>Open dag</text:p>"}}),
                             "application/vnd.oasis.opendocument.text"),
              "Open dag");
}

TEST(AttachmentText, DamagedFilesAndImagesGiveNothing) {
    EXPECT_EQ(AttachmentText("%PDF-1.7\n" + std::string(100, 'y'), "application/pdf"), "");
    std::string cut = MakePdf("Afgebroken");
    cut.resize(cut.size() / 2);
    EXPECT_NO_THROW(AttachmentText(cut, "application/pdf"));
    EXPECT_EQ(AttachmentText("PK\x03\x04 geen zip", kDocx), "");
    EXPECT_EQ(AttachmentText(ZipArchive({{"anders.xml", "<a/>"}}), kDocx), "");
    EXPECT_EQ(AttachmentText("\x89PNG\r\n\x1a\n", "image/png"), "");
    // A word document inflating far beyond the zip limits is not read.
    EXPECT_EQ(AttachmentText(Docx(std::string(size_t{11} * 1024 * 1024, 'a')), kDocx), "");
}

TEST(AttachmentSearch, AWordOnlyTheWerkbladHasFindsTheItem) {
    TestApp app;
    Browser editor(app);
    ASSERT_TRUE(editor.SignIn("redacteur@demo.koers.nl"));
    Browser reader(app);
    EXPECT_FALSE(Contains(reader.Get("/zoeken?q=kwaliteitenspel").body, "Werkbladen voor de les"));
    const auto res = editor.Upload("/redactie", "bestand", "werkblad.docx",
                                   Docx("Speel het kwaliteitenspel in tweetallen."),
                                   {{"kind", "nieuws"},
                                    {"title", "Werkbladen voor de les"},
                                    {"summary", "Drie werkbladen voor de mentorles."},
                                    {"body", "De werkbladen staan hieronder."},
                                    {"status", "gepubliceerd"},
                                    {"publish_at", ""},
                                    {"titel", "Werkblad kwaliteiten"}});
    ASSERT_EQ(res.status, 303) << res.body;
    const auto page = reader.Get("/zoeken?q=kwaliteitenspel").body;
    EXPECT_TRUE(Contains(page, "Werkbladen voor de les")) << page;
    EXPECT_TRUE(Contains(page, "In een bijlage: </span>"));
    EXPECT_TRUE(Contains(page, "<mark>kwaliteitenspel</mark>"));
    // Removing the attachment removes its words from search.
    const auto item = ContentOf(app.services()).content.BySlug("werkbladen-voor-de-les");
    ASSERT_TRUE(item);
    const auto attachments = ContentOf(app.services()).content.Attachments(item->id);
    ASSERT_EQ(attachments.size(), 1U);
    ASSERT_EQ(editor
                  .Post("/redactie/" + std::to_string(item->id) + "/bijlagen/" +
                            std::to_string(attachments[0].id) + "/verwijderen",
                        {})
                  .status,
              303);
    EXPECT_FALSE(Contains(reader.Get("/zoeken?q=kwaliteitenspel").body, "Werkbladen voor de les"));
}

// Attachments stored before Koers read their text are read once, when Koers starts.
TEST(AttachmentText, AttachmentsFromBeforeAreReadAtStart) {
    TestApp app;
    auto& content = ContentOf(app.services()).content;
    const auto item = content.ForEditor({}).front();
    const int64_t old = content.AddAttachment(item.id, {"oud.docx", "Oud", kDocx, ""},
                                              Docx("Oriëntatiegesprek"), {}, 1);
    app.db().With([&](storage::Connection& c) {
        c.Execute("UPDATE attachments SET text = NULL WHERE id = ?", {old});
    });
    EXPECT_EQ(ReadMissingAttachmentTexts(content), 1U);
    EXPECT_TRUE(Contains(content.AttachmentText(item.id), "Oriëntatiegesprek"));
    EXPECT_EQ(ReadMissingAttachmentTexts(content), 0U) << "read once";
}

}  // namespace
}  // namespace koers::web
