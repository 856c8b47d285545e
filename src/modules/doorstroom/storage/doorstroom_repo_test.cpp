// The doorstroom figures on both databases: a year imported again replaces that year whole (and
// only that year), its national sums and its stamp with it; "<5" stays "<5" after the round trip;
// a failed import leaves the figures as they were; two imports at once leave one whole file. The
// same for uitval en overstap, whose import never touches the flows of its years, and whose small
// groups are kept without any of their counts.
#include "modules/doorstroom/storage/doorstroom_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "modules/doorstroom/core/figures.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

core::FlowFile FileOf(const std::string& csv) {
    auto read = core::ReadFlowFile(csv);
    if (auto* p = std::get_if<core::CsvProblem>(&read)) ADD_FAILURE() << core::CsvProblemText(*p);
    return std::get<core::FlowFile>(read);
}

constexpr std::string_view kHeader = "brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n";

core::AttritionFile AttritionFileOf(const std::string& csv) {
    auto read = core::ReadAttritionFile(csv);
    if (auto* p = std::get_if<core::CsvProblem>(&read)) ADD_FAILURE() << core::CsvProblemText(*p);
    return std::get<core::AttritionFile>(read);
}

constexpr std::string_view kAttritionHeader =
    "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n";

// One school's rows, as the copy in memory reads them (All, ordered by school).
std::vector<core::Flow> RowsOf(DoorstroomRepo& repo, const std::string& brin) {
    std::vector<core::Flow> out;
    for (auto& f : repo.All())
        if (f.brin == brin) out.push_back(std::move(f));
    return out;
}

class DoorstroomStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        repo_ = std::make_unique<DoorstroomRepo>(*db_);
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<DoorstroomRepo> repo_;
};

TEST_P(DoorstroomStorage, AYearImportedAgainIsReplacedWholeWithItsNationalFigures) {
    repo_->Replace(
        FileOf(std::string(kHeader) + "11AA;havo;2024;hbo;50;40\n"
                                      "11AA;havo;2025;hbo;60;51\n11AA;havo;2025;wo;<5;<5\n"
                                      "12BB;havo;2025;hbo;30;\n99ZZ;havo;2025;hbo;100;90\n"),
        "eerste.csv", std::nullopt, 10, 10000);
    auto school = RowsOf(*repo_, "11AA");
    ASSERT_EQ(school.size(), 3u);
    EXPECT_FALSE(school[2].leavers.known()) << "<5 comes back as <5, not 0";
    EXPECT_FALSE(school[2].stayed->known());
    auto national = core::BreakdownOf(repo_->National(), 2025, "havo");
    EXPECT_EQ(national.Of(core::Destination::kHbo)->leavers.Text(), "190");
    EXPECT_EQ(national.Of(core::Destination::kWo)->leavers.Text(), "<5");
    EXPECT_EQ(national.Of(core::Destination::kHbo)->followed, 160) << "12BB said nothing";
    EXPECT_EQ(national.Of(core::Destination::kHbo)->stayed.known, 141);

    // 2025 again, from a file with fewer schools: 2024 stays, 2025 is only the new file.
    repo_->Replace(FileOf(std::string(kHeader) + "11AA;havo;2025;mbo4;20;18\n"), "tweede.csv",
                   std::nullopt, 20, 20000);
    school = RowsOf(*repo_, "11AA");
    ASSERT_EQ(school.size(), 2u);
    EXPECT_EQ(school[0].year, 2024);
    EXPECT_EQ(school[1].to, core::Destination::kMbo4);
    EXPECT_TRUE(RowsOf(*repo_, "99ZZ").size() == 0);
    national = core::BreakdownOf(repo_->National(), 2025, "havo");
    ASSERT_EQ(national.rows.size(), 1u);
    EXPECT_EQ(national.all.Text(), "20");
    EXPECT_EQ(core::BreakdownOf(repo_->National(), 2024, "havo").all.Text(), "50");
    const auto years = repo_->Years();
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].year, 2025);
    EXPECT_EQ(years[0].file_name, "tweede.csv");
    EXPECT_EQ(years[0].schools, 1);
    EXPECT_EQ(years[1].file_name, "eerste.csv");
    EXPECT_EQ(repo_->Census(), 2);
    EXPECT_EQ(repo_->Stamps().flows,
              (std::vector<std::pair<int, int64_t>>{{2024, 10000}, {2025, 20000}}));
    EXPECT_EQ(repo_->All().size(), 2u);
}

TEST_P(DoorstroomStorage, AnImportThatFailsHalfwayLeavesTheFiguresAsTheyWere) {
    repo_->Replace(FileOf(std::string(kHeader) + "11AA;havo;2025;hbo;60;51\n"), "goed.csv",
                   std::nullopt, 10, 10000);
    // Two rows for one cell get past no reader, but the table refuses them too: the second
    // batch fails after the first was written, and the transaction takes all of it back.
    core::FlowFile bad = FileOf(std::string(kHeader) + "11AA;havo;2025;wo;10;8\n");
    for (int i = 0; i < 300; ++i) {
        auto f = bad.flows.front();
        f.brin =
            std::to_string(10 + i % 90) + std::string(1, static_cast<char>('B' + i / 90)) + "A";
        bad.flows.push_back(f);
    }
    bad.flows.push_back(bad.flows.front());
    EXPECT_THROW(repo_->Replace(bad, "fout.csv", std::nullopt, 20, 20000), ConstraintError);
    const auto school = RowsOf(*repo_, "11AA");
    ASSERT_EQ(school.size(), 1u);
    EXPECT_EQ(school[0].to, core::Destination::kHbo);
    EXPECT_EQ(core::BreakdownOf(repo_->National(), 2025, "havo").all.Text(), "60");
    EXPECT_EQ(repo_->Years().at(0).file_name, "goed.csv");
    EXPECT_EQ(repo_->Stamps().flows.at(0).second, 10000);
}

TEST_P(DoorstroomStorage, ThousandsOfRowsGoInBatches) {
    std::string csv(kHeader);
    int n = 0;
    for (int school = 0; school < 60; ++school)
        for (const char* type : {"havo", "vwo", "vmbo-kb"})
            for (const char* to : {"hbo", "wo", "mbo3", "mbo4", "geen"}) {
                csv += "1" + std::to_string(school % 10) + "C" +
                       std::string(1, static_cast<char>('A' + school / 10)) + ";" + type +
                       ";2025;" + to + ";" + std::to_string(5 + n % 40) + ";\n";
                ++n;
            }
    repo_->Replace(FileOf(csv), "groot.csv", std::nullopt, 1, 1000);
    EXPECT_EQ(repo_->Census(), n);
    EXPECT_EQ(repo_->Years().at(0).schools, 60);
}

// 60 schools, three onderwijstypes, five destinations in 2025, every cell `count`.
std::string UniformYear(int count) {
    std::string csv(kHeader);
    for (int school = 0; school < 60; ++school)
        for (const char* type : {"havo", "vwo", "vmbo-kb"})
            for (const char* to : {"hbo", "wo", "mbo3", "mbo4", "geen"})
                csv += "2" + std::to_string(school % 10) + "D" +
                       std::string(1, static_cast<char>('A' + school / 10)) + ";" + type +
                       ";2025;" + to + ";" + std::to_string(count) + ";\n";
    return csv;
}

// Two beheerders import the same year at the same moment: both imports succeed, one after the
// other, and the year is wholly the one that came last: its rows, its national sums, its name.
TEST_P(DoorstroomStorage, TwoImportsOfOneYearAtOnceLeaveOneWholeFile) {
    const core::FlowFile tens = FileOf(UniformYear(10)), twenties = FileOf(UniformYear(20));
    for (int round = 0; round < 3; ++round) {
        std::atomic<int> ready = 0;
        std::vector<std::string> failed;
        std::mutex m;
        auto import = [&](const core::FlowFile& file, const std::string& name) {
            DoorstroomRepo repo(*db_);
            ++ready;
            while (ready.load() < 2) std::this_thread::yield();
            try {
                repo.Replace(file, name, std::nullopt, 1, 1000 + round);
            } catch (const std::exception& e) {
                const std::lock_guard lock(m);
                failed.push_back(name + ": " + e.what());
            }
        };
        std::thread a(import, std::cref(tens), "tien.csv");
        std::thread b(import, std::cref(twenties), "twintig.csv");
        a.join();
        b.join();
        EXPECT_EQ(failed, std::vector<std::string>{}) << "round " << round;

        const auto rows = repo_->All();
        ASSERT_EQ(rows.size(), 900u);
        const auto value = rows.front().leavers.value;
        for (const auto& f : rows) ASSERT_EQ(f.leavers.value, value) << "a mix of two files";
        const std::string name = value == 10 ? "tien.csv" : "twintig.csv";
        EXPECT_EQ(repo_->Years().at(0).file_name, name);
        const auto national = core::BreakdownOf(repo_->National(), 2025, "havo");
        EXPECT_EQ(national.Of(core::Destination::kHbo)->leavers.known, 60 * *value);
    }
}

TEST_P(DoorstroomStorage, VestigingenComeBackWithTheirNamesAndAddUpInTheCountry) {
    const std::string header =
        "brin;vestiging;vestigingsnaam;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n";
    repo_->Replace(FileOf(header + "11AA;01;Noord;havo;2025;hbo;50;40\n"
                                   "11AA;02;Zuid;havo;2025;hbo;3;\n"
                                   "11AA;01;Noord;havo;2025;wo;10;9\n"
                                   "12BB;;;havo;2025;hbo;30;\n"),
                   "vestigingen.csv", std::nullopt, 10, 10000);
    const auto school = RowsOf(*repo_, "11AA");
    ASSERT_EQ(school.size(), 3u);
    EXPECT_EQ(school[0].vestiging, "01") << "hbo of 01, then of 02: a cell's vestigingen together";
    EXPECT_EQ(school[1].vestiging, "02");
    EXPECT_FALSE(school[1].leavers.known());
    EXPECT_EQ(RowsOf(*repo_, "12BB")[0].vestiging, "");
    const auto country = core::BreakdownOf(repo_->National(), 2025, "havo");
    const auto* hbo = country.Of(core::Destination::kHbo);
    ASSERT_NE(hbo, nullptr);
    EXPECT_EQ(hbo->leavers.Text(), "80 en 1× <5");
    EXPECT_EQ(repo_->Years()[0].schools, 2) << "schools, not vestigingen";
    EXPECT_EQ(repo_->Names(),
              (std::vector<core::VestigingName>{{"11AA", "01", "Noord"}, {"11AA", "02", "Zuid"}}));
    // A later file renames a vestiging; the name of one it does not name stays.
    repo_->Replace(FileOf(header + "11AA;01;Noord (Lindelaan);havo;2025;hbo;51;40\n"),
                   "hernoemd.csv", std::nullopt, 20, 20000);
    EXPECT_EQ(repo_->Names(), (std::vector<core::VestigingName>{{"11AA", "01", "Noord (Lindelaan)"},
                                                                {"11AA", "02", "Zuid"}}));
    EXPECT_EQ(repo_->Census(), 1);
}

TEST_P(DoorstroomStorage, AYearOfUitvalImportedAgainIsReplacedWholeAndTheFlowsStay) {
    repo_->Replace(FileOf("brin;onderwijstype;jaar;bestemming;aantal\n11AA;havo;2025;hbo;60\n"),
                   "stromen.csv", std::nullopt, 5, 5000);
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2024;300;9;<5\n"
                                                        "11AA;havo;2025;310;12;20\n"
                                                        "22BB;vwo;2025;4;0;0\n"),
        "eerste.csv", std::nullopt, 10, 10000);
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2025;320;3;15\n"), "tweede.csv",
        std::nullopt, 20, 20000);
    const auto cells = repo_->Attrition();
    ASSERT_EQ(cells.size(), 2u) << "2025 holds only the second file's row; 2024 stays";
    EXPECT_EQ(cells[0].year, 2024);
    EXPECT_EQ(cells[0].dropped.value, 9);
    EXPECT_FALSE(cells[0].switched.known()) << "\"<5\" is not read back as 0";
    EXPECT_EQ(cells[1].enrolled.value, 320);
    EXPECT_FALSE(cells[1].dropped.known()) << "a 3 is kept as \"<5\"";
    EXPECT_EQ(cells[1].switched.value, 15);
    EXPECT_EQ(repo_->Census(FigureKind::kAttrition), 2);
    EXPECT_EQ(repo_->Census(FigureKind::kFlows), 1) << "the flows of 2025 are another file's";
    const auto stamps = repo_->Stamps();
    EXPECT_EQ(stamps.flows, (std::vector<std::pair<int, int64_t>>{{2025, 5000}}));
    EXPECT_EQ(stamps.attrition,
              (std::vector<std::pair<int, int64_t>>{{2024, 10000}, {2025, 20000}}));
    const auto years = repo_->Years(FigureKind::kAttrition);
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].file_name, "tweede.csv");
    EXPECT_EQ(years[0].rows, 1);
    EXPECT_EQ(years[1].file_name, "eerste.csv");
    EXPECT_EQ(repo_->Years(FigureKind::kFlows).at(0).file_name, "stromen.csv");
}

TEST_P(DoorstroomStorage, ASmallGroupsUitvalIsKeptWithoutAnyOfItsCounts) {
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "22BB;vwo;2025;4;0;0\n"), "klein.csv",
        std::nullopt, 10, 10000);
    const auto cells = repo_->Attrition();
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_FALSE(cells[0].enrolled.known());
    EXPECT_FALSE(cells[0].dropped.known()) << "'0 of 4' would tell about each of the four";
    EXPECT_FALSE(cells[0].switched.known());
    for (const auto& r : db_->Use([](Connection& c) {
             return c.Query("SELECT enrolled, dropped, switched FROM doorstroom_attrition");
         })) {
        EXPECT_FALSE(r.OptInt("enrolled").has_value());
        EXPECT_FALSE(r.OptInt("dropped").has_value());
        EXPECT_FALSE(r.OptInt("switched").has_value());
    }
}

TEST_P(DoorstroomStorage, AnImportOfUitvalThatFailsHalfwayLeavesItAsItWas) {
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2025;300;9;12\n"), "goed.csv",
        std::nullopt, 10, 10000);
    // A cell twice gets past no reader, but the table refuses it too: the second batch fails
    // after the first was written, and the transaction takes all of it back.
    auto bad = AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2025;280;7;10\n");
    for (int i = 0; i < 300; ++i) {
        auto cell = bad.cells.front();
        cell.brin =
            std::to_string(10 + i % 90) + std::string(1, static_cast<char>('B' + i / 90)) + "A";
        bad.cells.push_back(cell);
    }
    bad.cells.push_back(bad.cells.front());
    EXPECT_THROW(repo_->ReplaceAttrition(bad, "fout.csv", std::nullopt, 20, 20000),
                 ConstraintError);
    const auto cells = repo_->Attrition();
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].enrolled.value, 300);
    EXPECT_EQ(repo_->Years(FigureKind::kAttrition).at(0).file_name, "goed.csv");
    EXPECT_EQ(repo_->Stamps().attrition.at(0).second, 10000);
}

TEST_P(DoorstroomStorage, AYearOfInstroomImportedAgainIsReplacedWholeAndTheRestStays) {
    auto inflow = [](const std::string& rows) {
        auto read = core::ReadInflowFile("instelling;herkomst;onderwijstype;jaar;aantal\n" + rows);
        if (auto* p = std::get_if<core::CsvProblem>(&read))
            ADD_FAILURE() << core::CsvProblemText(*p);
        return std::get<core::InflowFile>(read);
    };
    repo_->Replace(FileOf(std::string(kHeader) + "21VZ;vmbo-kb;2025;mbo3;40;\n"), "stromen.csv",
                   std::nullopt, 5, 5000);
    repo_->ReplaceInflow(inflow("30HZ;21VZ;vmbo-kb;2024;30\n30HZ;21VZ;vmbo-kb;2025;38\n"
                                "30HZ;16TE;vmbo-tl;2025;3\n"),
                         "eerste.csv", std::nullopt, 10, 10000);
    repo_->ReplaceInflow(inflow("30HZ;21VZ;vmbo-kb;2025;36\n"), "tweede.csv", std::nullopt, 20,
                         20000);
    const auto cells = repo_->Inflow();
    ASSERT_EQ(cells.size(), 2u) << "2025 holds only the second file's row; 2024 stays";
    EXPECT_EQ(cells[0].year, 2024);
    EXPECT_EQ(cells[0].count.value, 30);
    EXPECT_EQ(cells[1].count.value, 36);
    EXPECT_EQ(repo_->Census(FigureKind::kFlows), 1);
    EXPECT_EQ(repo_->Stamps().inflow,
              (std::vector<std::pair<int, int64_t>>{{2024, 10000}, {2025, 20000}}));
    EXPECT_EQ(repo_->Years(FigureKind::kInflow).at(0).file_name, "tweede.csv");
    repo_->ReplaceInflow(inflow("30HZ;16TE;vmbo-tl;2023;3\n"), "klein.csv", std::nullopt, 30,
                         30000);
    EXPECT_FALSE(repo_->Inflow().at(0).count.known()) << "a 3 is kept as \"<5\", not as 0";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, DoorstroomStorage,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
