#include "platform/web/http/multipart.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

constexpr std::string_view kType = "multipart/form-data; boundary=----grens";

TEST(Multipart, FieldsAndFiles) {
    using namespace std::string_literals;
    const std::string body =
        "------grens\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n"
        "------grens\r\nContent-Disposition: form-data; name=\"bestand\"; "
        "filename=\"gids;1.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-\0\r\nx\r\n"
        "------grens--\r\n"s;
    auto parts = ParseMultipart(kType, std::string_view(body.data(), body.size()));
    ASSERT_TRUE(parts);
    ASSERT_EQ(parts->size(), 2U);
    EXPECT_EQ((*parts)[0].name, "_csrf");
    EXPECT_EQ((*parts)[0].data, "abc");
    EXPECT_EQ((*parts)[1].filename, "gids;1.pdf");
    EXPECT_EQ((*parts)[1].content_type, "application/pdf");
    EXPECT_EQ((*parts)[1].data, std::string("%PDF-\0\r\nx", 9));
}

TEST(Multipart, RejectsWhatIsNotTheFormat) {
    EXPECT_FALSE(ParseMultipart("text/plain", "x"));
    EXPECT_FALSE(ParseMultipart("multipart/form-data", "--x\r\n"));  // no boundary
    EXPECT_FALSE(ParseMultipart(kType, "------grens\r\nrommel"));
    EXPECT_FALSE(ParseMultipart(kType,
                                "------grens\r\nContent-Disposition: form-data; "
                                "name=\"a\"\r\n\r\nnooit gesloten"));
    EXPECT_FALSE(ParseMultipart(kType, "------grens\r\nX: y\r\n\r\nz\r\n------grens--"));
    std::string many;
    for (int i = 0; i < 100; ++i)
        many += "------grens\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
    EXPECT_FALSE(ParseMultipart(kType, many + "------grens--"));
}

}  // namespace
}  // namespace koers::web
