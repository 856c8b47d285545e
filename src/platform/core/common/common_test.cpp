#include <gtest/gtest.h>

#include <cstdio>

#include "platform/core/common/dates.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

TEST(Numbers, OneDecimalWritesWhatPrintfWrote) {
    for (double v : {0.0, 1.0, 12.345, 12.35, 0.05, 0.15, 2.25, -0.04, -7.96, 99.95, 360.0,
                     1234567.891, 1e-9, -1e-9}) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.1f", v);
        EXPECT_EQ(OneDecimal(v), buf) << v;
    }
}

TEST(Numbers, ParseIntTakesTheWholeTextWithinItsRange) {
    EXPECT_EQ(ParseInt("42"), 42);
    EXPECT_EQ(ParseInt("-7"), -7);
    EXPECT_EQ(ParseInt("9223372036854775807"), INT64_MAX);
    for (std::string_view bad :
         {"", " 1", "1 ", "+1", "1a", "0x10", "1.0", "1e3", "--1", "9223372036854775808", "١"})
        EXPECT_FALSE(ParseInt(bad).has_value()) << bad;
    EXPECT_EQ(ParseInt("1", 1, 10), 1);
    EXPECT_EQ(ParseInt("10", 1, 10), 10);
    EXPECT_FALSE(ParseInt("0", 1, 10).has_value());
    EXPECT_FALSE(ParseInt("11", 1, 10).has_value());
}

TEST(Dates, DutchLongDateInAmsterdamTime) {
    EXPECT_EQ(FormatDateLong(0), "1 januari 1970");
    // 2026-11-22 23:30 UTC is already 23 November in Amsterdam (CET, +1).
    EXPECT_EQ(FormatDateLong(1795390200), "23 november 2026");
}

TEST(Dates, StoredDatesAndMonthsReadInDutch) {
    EXPECT_EQ(FormatIsoDateLong("2027-06-30"), "30 juni 2027");
    EXPECT_EQ(FormatIsoDateLong("2026-03-29"), "29 maart 2026");  // the day summer time starts
    EXPECT_EQ(FormatIsoDateLong("2027-06"), "juni 2027");
    EXPECT_EQ(FormatIsoDateLong("2027-13"), "2027-13");
    EXPECT_EQ(FormatIsoDateLong("2027-02-30"), "2027-02-30");
    EXPECT_EQ(FormatIsoDateLong(""), "");
    EXPECT_EQ(FormatIsoDateLong("morgen"), "morgen");
}

TEST(Dates, Rfc3339ReadsBackWhatItWrote) {
    for (int64_t t : {int64_t{0}, int64_t{1795390200}, int64_t{1709251199}})
        EXPECT_EQ(ParseRfc3339(FormatRfc3339(t)), t);
    EXPECT_FALSE(ParseRfc3339("2026-02-30T10:00:00Z"));
    EXPECT_FALSE(ParseRfc3339("2026-11-22T15:04:00+01:00"));
    EXPECT_FALSE(ParseRfc3339("2026-11-22 15:04:00Z"));
    EXPECT_FALSE(ParseRfc3339("2026-11-22T24:00:00Z"));
    EXPECT_FALSE(ParseRfc3339(""));
}

TEST(Dates, SummerAndWinterTime) {
    // 2026-07-01 12:00 UTC = 14:00 CEST; 2026-01-15 12:00 UTC = 13:00 CET.
    EXPECT_EQ(FormatDateTime(1782907200), "01-07-2026 14:00");
    EXPECT_EQ(FormatDateTime(1768478400), "15-01-2026 13:00");
    EXPECT_EQ(FormatDateTimeLong(1782907200), "1 juli 2026 om 14:00");
    // 2026-12-31 23:30 UTC is already new year's day in Amsterdam.
    EXPECT_EQ(FormatDateTimeLong(1798759800), "1 januari 2027 om 00:30");
    // DST starts 2026-03-29 01:00 UTC.
    EXPECT_EQ(AmsterdamOffset(1774745999), 3600);
    EXPECT_EQ(AmsterdamOffset(1774746000), 7200);
}

TEST(Validation, CheckedTextTrimsAndNamesEachProblemOnce) {
    Validation v;
    EXPECT_EQ(CheckedText("  Titel \n", {"title", "de titel", 10, true}, v), "Titel");
    EXPECT_TRUE(v.ok());
    CheckedText(" ", {"title", "de titel", 10, true}, v);
    CheckedText("elf tekens!", {"summary", "de samenvatting", 10}, v);
    CheckedText("twee\nregels", {"name", "uw naam", 50}, v);
    EXPECT_EQ(CheckedText("twee\nregels", {"body", "de tekst", 50, false, true}, v),
              "twee\nregels");
    EXPECT_EQ(v.For("title"), "Vul de titel in.");
    EXPECT_EQ(v.For("summary"), "Maak de samenvatting korter (hoogstens 10 tekens).");
    EXPECT_EQ(v.For("name"), "In uw naam staan tekens die niet kunnen.");
    EXPECT_EQ(v.For("body"), "");
    EXPECT_EQ(v.errors().size(), 3u);
}

TEST(Validation, EmailShapes) {
    EXPECT_TRUE(LooksLikeEmail("a.b@school.nl"));
    EXPECT_FALSE(LooksLikeEmail("geen-apenstaart.nl"));
    EXPECT_FALSE(LooksLikeEmail("a@b@c.nl"));
    EXPECT_FALSE(LooksLikeEmail("a@nl"));
    EXPECT_FALSE(LooksLikeEmail("a b@school.nl"));
    EXPECT_FALSE(LooksLikeEmail("a@school.nl\n"));
}

TEST(Validation, CleanTextRejectsBrokenUtf8AndControls) {
    EXPECT_TRUE(IsCleanText("Coördinator Zuid-Holland €", false));
    EXPECT_FALSE(IsCleanText("\xc3", false));
    EXPECT_FALSE(IsCleanText("\xc0\xaf", false));      // overlong
    EXPECT_FALSE(IsCleanText("\xed\xa0\x80", false));  // surrogate
    EXPECT_FALSE(IsCleanText("a\x1b[31m", false));
    EXPECT_TRUE(IsCleanText("regel\nregel", true));
    EXPECT_FALSE(IsCleanText("regel\nregel", false));
}

TEST(Validation, TrimAndLower) {
    EXPECT_EQ(Trim("  a b \n"), "a b");
    EXPECT_EQ(AsciiLower("Piet@School.NL"), "piet@school.nl");
    EXPECT_EQ(DutchList(std::vector<std::string>{}), "");
    EXPECT_EQ(DutchList(std::vector<std::string>{"a"}), "a");
    EXPECT_EQ(DutchList(std::vector<std::string>{"a", "b"}), "a en b");
    EXPECT_EQ(DutchList(std::vector<std::string>{"a", "b", "c"}), "a, b en c");
}

TEST(FileType, ByContentNotName) {
    EXPECT_EQ(DetectFileType("%PDF-1.7 ...")->extension, "pdf");
    EXPECT_TRUE(DetectFileType(std::string("\x89PNG\r\n\x1a\n....", 12))->image);
    EXPECT_FALSE(DetectFileType("<svg onload=alert(1)>"));
    EXPECT_FALSE(DetectFileType("MZ\x90\x00"));
    std::string docx =
        std::string("PK\x03\x04", 4) + "....[Content_Types].xml....word/document.xml";
    EXPECT_EQ(DetectFileType(docx)->extension, "docx");
    std::string xlsx = std::string("PK\x03\x04", 4) + "....[Content_Types].xml....xl/workbook.xml";
    EXPECT_EQ(DetectFileType(xlsx)->extension, "xlsx");
    std::string pptx = std::string("PK\x03\x04", 4) + "....[Content_Types].xml....ppt/slides/";
    EXPECT_EQ(DetectFileType(pptx)->extension, "pptx");
    // OpenDocument: the first member, "mimetype", stored, says what the file is.
    auto odf = [](std::string_view type, unsigned method = 0) {
        std::string h("PK\x03\x04\x14\x00\x00\x00", 8);
        h += static_cast<char>(method);
        h += std::string(9, '\0');  // method's high byte, time, date, crc
        for (unsigned size : {static_cast<unsigned>(type.size()), 0u})
            for (int i = 0; i < 4; ++i) h += static_cast<char>((size >> (8 * i)) & 0xFF);
        h += std::string("\x08\x00\x00\x00", 4);  // name length 8, no extra field
        return h + "mimetype" + std::string(type) + "PK\x03\x04content.xml";
    };
    EXPECT_EQ(DetectFileType(odf("application/vnd.oasis.opendocument.text"))->extension, "odt");
    EXPECT_EQ(DetectFileType(odf("application/vnd.oasis.opendocument.spreadsheet"))->extension,
              "ods");
    EXPECT_EQ(DetectFileType(odf("application/vnd.oasis.opendocument.presentation"))->media_type,
              "application/vnd.oasis.opendocument.presentation");
    EXPECT_FALSE(DetectFileType(odf("application/vnd.oasis.opendocument.graphics")));
    EXPECT_FALSE(DetectFileType(odf("application/vnd.oasis.opendocument.text", 8)))
        << "a compressed mimetype is no OpenDocument file";
    EXPECT_FALSE(DetectFileType(odf("application/vnd.oasis.opendocument.text").substr(0, 50)))
        << "cut off";
    // Every kind it knows has a name people use.
    for (const auto& bytes : {docx, xlsx, pptx, odf("application/vnd.oasis.opendocument.text"),
                              std::string("%PDF-1.4"), std::string("GIF89a")})
        EXPECT_NE(FileKindLabel(DetectFileType(bytes)->media_type), "Bestand") << bytes;
    EXPECT_EQ(FileKindLabel(DetectFileType(pptx)->media_type), "PowerPoint");
    EXPECT_EQ(FileKindLabel("image/png"), "Afbeelding");
    EXPECT_EQ(FileKindLabel("text/html"), "Bestand");
    EXPECT_EQ(AttachmentTitle("  Werkblad gesprek ", "x.pdf"), "Werkblad gesprek");
    EXPECT_EQ(AttachmentTitle("", "C:\\map\\Werkblad_gesprek-v2.docx"), "Werkblad gesprek v2");
    EXPECT_EQ(AttachmentTitle("Regel\neen", ""), "Regeleen") << "no control characters";
    EXPECT_EQ(AttachmentTitle(std::string(199, 'a') + "é", "").size(), 199U)
        << "cut at a whole character";
    EXPECT_EQ(SafeFileName("C:\\map\\Rapport Ouders 2026.exe", "pdf"), "rapport-ouders-2026.pdf");
    EXPECT_EQ(SafeFileName("\r\n\"", "png"), "bestand.png");
    EXPECT_EQ(SafeFileName("Één café-bezoek (Zoë).jpeg", "jpg"), "een-cafe-bezoek-zoe.jpg");
    EXPECT_EQ(SafeFileName("../../etc/passwd", "pdf"), "passwd.pdf");
    EXPECT_EQ(SafeFileName("日本語.png", "png"), "bestand.png");
}

}  // namespace
}  // namespace koers::core
