// The text of an office document's XML (core/document_text.hpp): what search reads of a Word,
// PowerPoint, Excel or OpenDocument attachment.
#include <gtest/gtest.h>

#include "modules/content/core/document_text.hpp"
#include "platform/core/common/utf8.hpp"

namespace koers::core {
namespace {

std::string Text(std::string_view xml, size_t max = kMaxAttachmentText) {
    std::string out;
    AppendXmlText(xml, out, max);
    return out;
}

TEST(DocumentText, RunsJoinParagraphsBreakAndEntitiesDecode) {
    // Word splits "loopbaangesprek" into runs; a paragraph ends a line.
    EXPECT_EQ(Text("<?xml version=\"1.0\"?><w:document><w:body><w:p><w:r><w:t>Loopbaan</w:t></w:r>"
                   "<w:r><w:t>gesprek</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">"
                   "Vragen &amp; antwoorden</w:t></w:r><w:r><w:tab/><w:t>caf&#233;</w:t></w:r>"
                   "</w:p></w:body></w:document>"),
              "Loopbaangesprek\nVragen & antwoorden café\n");
    // OpenDocument: headings and paragraphs, a spacer, table cells.
    EXPECT_EQ(Text("<office:text><text:h>Werkblad</text:h><text:p>Een<text:s/>zin</text:p>"
                   "<table:table-row><table:table-cell><text:p>a</text:p></table:table-cell>"
                   "<table:table-cell><text:p>b</text:p></table:table-cell></table:table-row>"
                   "</office:text>"),
              "Werkblad\nEen zin\na\nb\n");
    // Spreadsheet shared strings, a slide's paragraphs, character references in hex.
    EXPECT_EQ(Text("<sst><si><t>Naam</t></si><si><t>Keuze&#x20AC;</t></si></sst>"),
              "Naam\nKeuze€\n");
    EXPECT_EQ(Text("<p:sld><a:p><a:r><a:t>Dia 1</a:t></a:r></a:p></p:sld>"), "Dia 1\n");
}

TEST(DocumentText, BrokenXmlNeverThrowsAndTheLimitHolds) {
    EXPECT_EQ(Text("a &bogus; b &#xZZ; c &#99999999; <unclosed"),
              "a &bogus; b &#xZZ; c &#99999999; ")
        << "what is no entity stays as it is";
    EXPECT_EQ(Text("&#0;&#xD800;x"), "x") << "no NUL, no surrogate";
    std::string long_xml = "<w:p>";
    for (int i = 0; i < 1000; ++i) long_xml += "éé ";
    EXPECT_LE(Text(long_xml, 101).size(), 101U);
    EXPECT_EQ(CutUtf8("aé", 2), "a") << "never half a character";
    EXPECT_EQ(CutUtf8("aé", 3), "aé");
}

}  // namespace
}  // namespace koers::core
