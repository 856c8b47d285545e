// Figures per vestiging (decision 0041): the vestiging's number read in the ways files write it,
// its name of the latest year, a school's year either all per vestiging or all of the whole
// school (a mix would let a "<5" be worked out by subtraction), and made-up figures with
// vestigingen that read back through the importer.
#include <gtest/gtest.h>

#include "modules/doorstroom/core/figures.hpp"
#include "modules/doorstroom/core/flow_file.hpp"
#include "modules/doorstroom/core/synthetic.hpp"

namespace koers::core {
namespace {

constexpr std::string_view kHeader =
    "brin;vestiging;vestigingsnaam;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n";

std::variant<FlowFile, CsvProblem> ReadRows(std::string_view rows) {
    return ReadFlowFile(std::string(kHeader) + std::string(rows));
}

std::string ProblemOf(std::string_view rows) {
    auto read = ReadRows(rows);
    if (auto* p = std::get_if<CsvProblem>(&read)) return CsvProblemText(*p);
    return "(gelezen)";
}

TEST(DoorstroomVestiging, TheNumberIsReadAsFilesWriteIt) {
    EXPECT_EQ(VestigingFrom("01", "21VZ"), "01");
    EXPECT_EQ(VestigingFrom(" 1 ", "21VZ"), "01");
    EXPECT_EQ(VestigingFrom("00", "21VZ"), "00") << "DUO numbers the main vestiging 00";
    EXPECT_EQ(VestigingFrom("21vz02", "21VZ"), "02");
    EXPECT_EQ(VestigingFrom("", "21VZ"), "") << "empty: the whole school";
    EXPECT_EQ(VestigingFrom("21AB02", "21VZ"), std::nullopt) << "another school's vestiging";
    EXPECT_EQ(VestigingFrom("123", "21VZ"), std::nullopt);
    EXPECT_EQ(VestigingFrom("Noord", "21VZ"), std::nullopt);
    EXPECT_EQ(VestigingLabel({"21VZ", "01", "Dorpsstraat"}), "Dorpsstraat (vestiging 01)");
    EXPECT_EQ(VestigingLabel({"21VZ", "02", ""}), "Vestiging 02");
}

TEST(DoorstroomVestiging, AFileGivesFiguresPerVestigingWithTheLatestName) {
    auto read = ReadRows(
        "21VZ;01;Dorpsstraat;havo;2024;hbo;30;25\n"
        "21VZ;21VZ01;Dorpsstraat 12;havo;2025;hbo;31;26\n"
        "21VZ;2;;havo;2025;hbo;3;\n"
        "21VZ;02;;havo;2025;wo;12;\n"
        "30HZ;;;niveau 4;2025;hbo;40;\n");
    ASSERT_TRUE(std::holds_alternative<FlowFile>(read))
        << CsvProblemText(std::get<CsvProblem>(read));
    const auto& file = std::get<FlowFile>(read);
    ASSERT_EQ(file.flows.size(), 5u);
    EXPECT_EQ(file.flows[0].vestiging, "01");
    EXPECT_EQ(file.flows[2].vestiging, "02");
    EXPECT_FALSE(file.flows[2].leavers.known()) << "a vestiging's 3 is suppressed like a school's";
    EXPECT_EQ(file.flows[4].vestiging, "") << "another school's whole-school figures beside it";
    EXPECT_EQ(file.schools, 2u);
    EXPECT_EQ(file.names, (std::vector<VestigingName>{{"21VZ", "01", "Dorpsstraat 12"}}))
        << "the latest year's name; a vestiging without one has none";
}

TEST(DoorstroomVestiging, ReadsTheDocumentedExample) {  // docs/doorstroom-formats.md
    auto read = ReadRows(
        "21VZ;01;Dorpsstraat;havo;2025;hbo;40;35\n"
        "21VZ;01;Dorpsstraat;havo;2025;wo;12;10\n"
        "21VZ;02;Parkweg;havo;2025;hbo;20;18\n"
        "21VZ;02;Parkweg;havo;2025;wo;<5;<5\n");
    ASSERT_TRUE(std::holds_alternative<FlowFile>(read))
        << CsvProblemText(std::get<CsvProblem>(read));
    const auto& file = std::get<FlowFile>(read);
    const auto school = BreakdownOf(AsSums(file.flows), 2025, "havo");
    EXPECT_EQ(school.Of(Destination::kHbo)->leavers.Text(), "60");
    EXPECT_EQ(school.Of(Destination::kWo)->leavers.Text(), "12 en 1× <5");
    EXPECT_EQ(file.names.size(), 2u);
}

// The insider's sum: a school's whole-school cell beside its vestigingen's in one year would
// tell what a vestiging's "<5" holds (whole minus the others). So a year is one or the other.
TEST(DoorstroomVestiging, AYearOfASchoolIsAllPerVestigingOrAllOfTheWholeSchool) {
    EXPECT_EQ(ProblemOf("21VZ;01;;havo;2025;hbo;30;25\n21VZ;;;havo;2025;wo;34;\n"),
              "Regel 3, kolom 2: 21VZ heeft in 2025 cijfers voor de hele school én per vestiging "
              "(zie regel 2). Geef een jaar helemaal per vestiging of helemaal voor de hele "
              "school: anders is een afgeschermd aantal terug te rekenen.");
    EXPECT_EQ(ProblemOf("21VZ;;;havo;2025;hbo;30;25\n21VZ;02;;havo;2025;hbo;3;\n").substr(0, 37),
              "Regel 3, kolom 2: 21VZ heeft in 2025 ");
    EXPECT_EQ(ProblemOf("21VZ;01;;havo;2024;hbo;30;25\n21VZ;;;havo;2025;hbo;34;\n"), "(gelezen)")
        << "another year may be of the whole school";
    EXPECT_EQ(ProblemOf("21VZ;21AB01;;havo;2025;hbo;30;25\n"),
              "Regel 2, kolom 2: \"21AB01\" is geen vestiging: vul het vestigingsnummer in (zoals "
              "01) of BRIN-code en nummer (zoals 21VZ01), of laat het leeg voor de hele school.");
    EXPECT_EQ(ProblemOf("21VZ;01;D\x01orp;havo;2025;hbo;30;25\n"),
              "Regel 2, kolom 3: Dit veld bevat een teken dat hier niet mag (een stuurteken).")
        << "the CSV reader refuses it already";
    EXPECT_EQ(ProblemOf("21VZ;01;" + std::string(121, 'a') + ";havo;2025;hbo;30;25\n"),
              "Regel 2, kolom 3: Gebruik hoogstens 120 tekens voor de vestigingsnaam.");
    EXPECT_EQ(ProblemOf("21VZ;01;;havo;2025;hbo;30;25\n21VZ;1;;havo;2025;hbo;31;25\n"),
              "Regel 3: Deze regel staat er twee keer in: 21VZ vestiging 01, havo, 2025, hbo.");
    EXPECT_EQ(ProblemOf("21VZ;01;;havo;2025;hbo;30;25\n21VZ;02;;havo;2025;hbo;31;25\n"),
              "(gelezen)");
}

TEST(DoorstroomVestiging, MadeUpVestigingenReadBackWithTheirNames) {
    const std::vector<std::string> taken;
    const auto schools = SyntheticSchools(40, 0, taken, 11);
    size_t split = 0;
    for (const auto& s : schools) split += s.vestigingen.empty() ? 0 : 1;
    EXPECT_GT(split, 4u) << "about one school in four";
    EXPECT_LT(split, 20u);
    const auto flows = SyntheticFlows(schools, 2025, 2, 11);
    const auto names = SyntheticNames(schools);
    auto read = ReadFlowFile(ToFlowCsv(flows, names));
    ASSERT_TRUE(std::holds_alternative<FlowFile>(read))
        << CsvProblemText(std::get<CsvProblem>(read));
    const auto& file = std::get<FlowFile>(read);
    ASSERT_EQ(file.flows.size(), flows.size());
    for (size_t i = 0; i < flows.size(); ++i)
        EXPECT_EQ(file.flows[i].vestiging, flows[i].vestiging);
    EXPECT_EQ(file.names.size(), names.size());
    EXPECT_EQ(file.names.front().name.substr(0, 8), "Locatie ");
}

}  // namespace
}  // namespace koers::core
