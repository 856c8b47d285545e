// Quality-cycle rules on small hand-made years: the forms and their checks,
// SMART completeness, adoption, the PDCA overview, the year roll-over and team-bound access.
#include <gtest/gtest.h>

#include <regex>

#include "modules/quality/core/cycle.hpp"
#include "modules/quality/core/forms.hpp"
#include "modules/quality/core/rollover.hpp"
#include "modules/quality/core/smart.hpp"
#include "modules/quality/core/tasks.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

int64_t At(const char* local) { return ParseLocalInput(local).value(); }

TEST(QualityForms, NormaliseKeepsFormFieldsTrimsAndOrdersChoices) {
    const Form form = FormOf(Kind::kVisie, "vo");
    const Fields f = Normalise(form, {{"betekenis", "  Wij\r\nbegeleiden  "},
                                      {"verbindingen", "ouders"},
                                      {"verbindingen", "profielkeuze"},
                                      {"onbekend", "weg"}});
    EXPECT_EQ(f.at("betekenis"), "Wij\nbegeleiden");
    EXPECT_EQ(f.at("verbindingen"), "profielkeuze,ouders");
    EXPECT_EQ(f.count("onbekend"), 0u);
    EXPECT_TRUE(Validate(form, f).ok());
}

TEST(QualityForms, ValidateRefusesMalformedInputInDutch) {
    Form form = FormOf(Kind::kActiviteit, "vo");
    const Fields f = Normalise(form, {{"wat", ""},
                                      {"maand", "2026-13"},
                                      {"status", "gedaan"},
                                      {"competenties", "vliegen"},
                                      {"wie", std::string(kMaxLineLength + 1, 'x')}});
    const Validation v = Validate(form, f);
    EXPECT_EQ(v.For("wat"), "Vul “Activiteit” in.");
    EXPECT_NE(v.For("maand").find("geen geldige maand"), std::string::npos);
    EXPECT_NE(v.For("status").find("een van de mogelijkheden"), std::string::npos);
    EXPECT_NE(v.For("competenties").find("alleen uit de mogelijkheden"), std::string::npos);
    EXPECT_NE(v.For("wie").find("te lang"), std::string::npos);
    const Form goal = FormOf(Kind::kDoel, "vo");
    EXPECT_FALSE(Validate(goal, {{"titel", "x"}, {"deadline", "2027-02-30"}}).ok());
    EXPECT_TRUE(Validate(goal, {{"titel", "x"}, {"deadline", "2027-02-28"}}).ok());
}

TEST(QualityForms, AnUnfinishedGoalIsSavedButShownIncomplete) {
    const Fields goal = {{"titel", "Meer leerlingen kiezen bewust"}, {"indicator", "enquête"}};
    EXPECT_TRUE(Validate(FormOf(Kind::kDoel, "vo"), goal).ok());
    EXPECT_EQ(Gaps(Kind::kDoel, goal),
              (std::vector<std::string>{"nulmeting", "streefwaarde", "deadline"}));
    const Fields smart = {{"titel", "t"},
                          {"indicator", "i"},
                          {"nulmeting", "60%"},
                          {"streefwaarde", "75%"},
                          {"deadline", "2027-06-30"}};
    EXPECT_TRUE(Gaps(Kind::kDoel, smart).empty());
}

TEST(SmartGoals, WhatCanBeCheckedIsCheckedAndExplained) {
    const Fields smart = {{"indicator", "aandeel leerlingen met drie gesprekken"},
                          {"nulmeting", "55%"},
                          {"streefwaarde", "90%"},
                          {"richting", "hoger"},
                          {"deadline", "2027-06-30"}};
    EXPECT_TRUE(SmartProblems(smart, 2026).empty());
    auto with = [&](const char* field, const char* value) {
        Fields f = smart;
        f[field] = value;
        return SmartProblems(f, 2026);
    };
    EXPECT_EQ(with("indicator", "x").size(), 1U);
    EXPECT_EQ(with("nulmeting", "veel").size(), 1U);
    EXPECT_EQ(with("streefwaarde", "90").size(), 1U) << "a unit that differs";
    EXPECT_EQ(with("streefwaarde", "55 %").size(), 1U) << "no change";
    EXPECT_EQ(with("streefwaarde", "40%").size(), 1U) << "the wrong way";
    EXPECT_TRUE(with("richting", "").size() == 0) << "no direction, no direction check";
    EXPECT_EQ(with("richting", "lager").size(), 1U);
    EXPECT_EQ(with("deadline", "2027-08-01").size(), 1U) << "after the schooljaar";
    EXPECT_EQ(with("deadline", "2026-07-31").size(), 1U) << "before it";
    EXPECT_TRUE(with("deadline", "2026-08-01").empty());
    EXPECT_TRUE(with("nulmeting", "3,1").size() == 1) << "procent against none";
    Fields scale = smart;
    scale["nulmeting"] = "3,1";
    scale["streefwaarde"] = "4,0";
    EXPECT_TRUE(SmartProblems(scale, 2026).empty());
    EXPECT_NE(with("deadline", "2023-06-30").front().find("30 juni 2023"), std::string::npos);
}

// The kwaliteitscyclus is written by staff, who are addressed with "u": no "jullie", "je" or
// "jij" in any label, help text, option or SMART explanation.
TEST(QualityForms, StaffAreAddressedWithU) {
    const std::regex informal(R"((^|[^\w])(jullie|je|jij|jou|jouw)([^\w]|$))", std::regex::icase);
    std::vector<std::string> texts;
    for (Kind kind : {Kind::kVisie, Kind::kBeleid, Kind::kDoel, Kind::kWerkplan, Kind::kActiviteit,
                      Kind::kEvaluatie, Kind::kLeiderschap, Kind::kTaak})
        for (std::string_view sector : {"vo", "mbo", "hbo"})
            for (bool team : {false, true})
                for (const auto& field : FormOf(kind, sector, team).fields) {
                    texts.push_back(field.label);
                    texts.push_back(field.help);
                    for (const auto& option : field.options) texts.push_back(option.label);
                }
    for (const Fields& goal :
         std::vector<Fields>{{{"indicator", "x"}, {"nulmeting", "veel"}, {"streefwaarde", "hoog"}},
                             {{"indicator", "x"}, {"nulmeting", "50%"}, {"streefwaarde", "50%"}},
                             {{"nulmeting", "50%"},
                              {"streefwaarde", "40%"},
                              {"richting", "hoger"},
                              {"deadline", "2029-01-01"}}})
        for (auto& problem : SmartProblems(goal, 2026)) texts.push_back(problem);
    ASSERT_GT(texts.size(), 100U);
    for (const auto& text : texts) EXPECT_FALSE(std::regex_search(text, informal)) << text;
}

TEST(QualityForms, AdoptionNeedsTheVisieComplete_TheBeleidAGoal_TheWerkplanAnActivity) {
    EXPECT_EQ(AdoptionBlockers(Kind::kVisie, {{"betekenis", "x"}}, 0).size(), 2u);
    EXPECT_TRUE(
        AdoptionBlockers(Kind::kVisie, {{"betekenis", "x"}, {"ambitie", "y"}, {"waarom", "z"}}, 0)
            .empty());
    EXPECT_EQ(AdoptionBlockers(Kind::kBeleid, {}, 0).size(), 1u);
    EXPECT_TRUE(AdoptionBlockers(Kind::kBeleid, {}, 1).empty());
    EXPECT_EQ(AdoptionBlockers(Kind::kWerkplan, {{"aanbod", "x"}}, 0).size(), 1u);
}

TEST(QualityForms, EvaluationOfTheBeleidAsksForTheParticipationBodyOfTheSector) {
    const Form vo = FormOf(Kind::kEvaluatie, "vo");
    ASSERT_NE(vo.Find("raad_datum"), nullptr);
    EXPECT_NE(vo.Find("raad_datum")->label.find("(MR)"), std::string::npos);
    EXPECT_NE(FormOf(Kind::kEvaluatie, "mbo").Find("raad_uitkomst")->label.find("studentenraad"),
              std::string::npos);
    EXPECT_EQ(FormOf(Kind::kEvaluatie, "vo", true).Find("raad_datum"), nullptr);
}

TEST(QualityRecords, EditingAnAdoptedDocumentMakesItAConceptAgain) {
    Record r{.kind = Kind::kVisie, .status = "vastgesteld", .status_at = 5, .status_by = "S"};
    r.fields = {{"betekenis", "a"}};
    EXPECT_FALSE(ApplyEdit(r, {{"betekenis", "a"}}));
    EXPECT_EQ(r.status, "vastgesteld");
    EXPECT_TRUE(ApplyEdit(r, {{"betekenis", "b"}}));
    EXPECT_EQ(r.status, "concept");
    EXPECT_EQ(r.status_at, 0);
    Record a{.kind = Kind::kActiviteit};
    ApplyEdit(a, {{"wat", "x"}, {"maand", "2027-03"}, {"status", "uitgevoerd"}});
    EXPECT_EQ(a.status, "uitgevoerd");
    EXPECT_EQ(a.due, "2027-03");
}

TEST(QualityRecords, ChangesNameTheFieldsThatDifferWithTheirLabels) {
    const Form form = FormOf(Kind::kActiviteit, "vo");
    const auto changes = Changes(form, {{"wat", "a"}, {"status", "gepland"}},
                                 {{"wat", "a"}, {"status", "uitgevoerd"}, {"wie", "mentor"}});
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].label, "Wie");
    EXPECT_EQ(changes[1].label, "Uitvoering");
    EXPECT_EQ(changes[1].before, "Gepland");
    EXPECT_EQ(changes[1].after, "Uitgevoerd");
}

TEST(QualityTasks, ATaskIsUnassignedWhenNobodyCarriesIt) {
    EXPECT_EQ(TaskActors().size(), 11u);
    EXPECT_EQ(TaskCategories().size(), 4u);
    Fields task = StarterTaskFields(StarterTasks()[0]);
    EXPECT_TRUE(Unassigned(task));
    task[CarryField("ouders")] = "betrokken";
    EXPECT_TRUE(Unassigned(task));  // being involved is not carrying it
    task[CarryField("mentor")] = "uitvoerend";
    EXPECT_FALSE(Unassigned(task));
    EXPECT_EQ(CarryLetter("verantwoordelijk"), "V");
    EXPECT_EQ(StarterMatrix(std::nullopt).size(), StarterTasks().size());
}

TEST(QualityCycle, SchoolYearsStartInAugust) {
    EXPECT_EQ(SchoolYearOf(At("2026-07-31T23:00")), 2025);
    EXPECT_EQ(SchoolYearOf(At("2026-08-01T00:30")), 2026);
    EXPECT_EQ(SchoolYearLabel(2026), "2026-2027");
    EXPECT_EQ(ParseSchoolYear("2026"), 2026);
    EXPECT_FALSE(ParseSchoolYear("26").has_value());
    EXPECT_FALSE(ParseSchoolYear("2026x").has_value());
    EXPECT_FALSE(ParseSchoolYear("1999").has_value());
    EXPECT_EQ(MonthOf(At("2026-11-22T10:00")), "2026-11");
}

YearFacts SampleYear() {
    YearFacts f;
    f.start_year = 2026;
    f.school = {.visie_adopted = true, .beleid_adopted = true, .goals = 2, .goals_complete = 2};
    f.teams.push_back({.team_id = 1,
                       .name = "Havo",
                       .has_plan = true,
                       .adopted = true,
                       .activities = 4,
                       .done = 3,
                       .dropped = 1});
    f.teams.push_back({.team_id = 2,
                       .name = "Vwo",
                       .has_plan = true,
                       .adopted = false,
                       .activities = 2,
                       .overdue = 1});
    return f;
}

TEST(QualityCycle, OverviewMarksDoneOpenBusyAndOverduePerLevelAndStep) {
    const auto o = Overview(SampleYear(), At("2026-11-22"));
    ASSERT_EQ(o.levels.size(), 3u);
    const auto& school = o.levels[0];
    EXPECT_EQ(school.steps[0].state, StepState::kDone);
    EXPECT_EQ(school.steps[1].state, StepState::kOverdue);  // team Vwo is late
    EXPECT_EQ(school.steps[2].state, StepState::kOpen);     // Check is due 1 July
    EXPECT_EQ(school.next, "Teams voeren hun werkplannen uit");
    const auto& havo = o.levels[1];
    EXPECT_EQ(havo.steps[1].state, StepState::kDone);
    EXPECT_EQ(havo.steps[1].detail, "3 van 4 uitgevoerd · 1 vervallen");
    EXPECT_EQ(havo.next, "Werkplan evalueren");
    const auto& vwo = o.levels[2];
    EXPECT_EQ(vwo.steps[0].state, StepState::kOverdue);  // not adopted after 1 October
    EXPECT_EQ(vwo.steps[1].state, StepState::kOverdue);
    EXPECT_EQ(o.overdue, 3);
}

TEST(QualityCycle, PlanIsOpenBeforeOctoberAndCheckOverdueAfterJuly) {
    YearFacts f = SampleYear();
    f.school.goals_complete = 1;  // one goal is not SMART
    auto early = Overview(f, At("2026-09-15"));
    EXPECT_EQ(early.levels[0].steps[0].state, StepState::kOpen);
    EXPECT_EQ(early.levels[0].steps[0].detail,
              "visie vastgesteld · beleid vastgesteld · 1 van 2 doelen SMART");
    auto late = Overview(f, At("2027-07-15"));
    EXPECT_EQ(late.levels[0].steps[2].state, StepState::kOverdue);
    f.school.evaluated = f.school.body_evaluated = true;
    f.next_year_started = true;
    f.teams[0].evaluated = true;
    auto after = Overview(f, At("2027-08-15"));
    EXPECT_EQ(after.levels[0].steps[2].state, StepState::kDone);
    EXPECT_EQ(after.levels[0].steps[3].state, StepState::kDone);
    EXPECT_EQ(after.levels[1].next, "Alles afgerond");
}

// The school's own activities (in the beleid) are part of Do at school level: late ones make it
// late, and it is done only when they are done as well (issue 14).
TEST(QualityCycle, TheSchoolsOwnActivitiesCountInDo) {
    YearFacts f = SampleYear();
    f.teams.pop_back();  // only Havo, which is done
    EXPECT_EQ(Overview(f, At("2026-11-22")).levels[0].steps[1].state, StepState::kDone);
    f.school.own = {.activities = 3, .done = 1, .overdue = 1};
    auto o = Overview(f, At("2026-11-22"));
    EXPECT_EQ(o.levels[0].steps[1].state, StepState::kOverdue);
    EXPECT_EQ(o.levels[0].steps[1].detail,
              "1 van 1 teams klaar · schoolbreed 1 van 3 uitgevoerd · 1 schoolbreed te laat");
    f.school.own = {.activities = 2, .done = 1, .dropped = 1};
    EXPECT_EQ(Overview(f, At("2026-11-22")).levels[0].steps[1].state, StepState::kDone);
    f.teams.clear();
    f.school.own = {.activities = 2, .done = 1};
    EXPECT_EQ(Overview(f, At("2026-11-22")).levels[0].steps[1].state, StepState::kBusy)
        << "a school without teams carries out its own plan";
}

std::vector<Record> LastYear() {
    std::vector<Record> y;
    y.push_back({.id = 1,
                 .kind = Kind::kVisie,
                 .status = "vastgesteld",
                 .status_at = 9,
                 .status_by = "S",
                 .fields = {{"betekenis", "b"}}});
    y.push_back({.id = 2,
                 .kind = Kind::kBeleid,
                 .status = "vastgesteld",
                 .status_at = 9,
                 .fields = {{"tijdpad", "t"}}});
    y.push_back({.id = 3,
                 .kind = Kind::kDoel,
                 .position = 1,
                 .fields = {{"titel", "A"},
                            {"nulmeting", "50%"},
                            {"resultaat", "62%"},
                            {"deadline", "2027-02-29"},
                            {"oordeel", "deels"}}});
    y.push_back({.id = 4,
                 .kind = Kind::kDoel,
                 .position = 2,
                 .fields = {{"titel", "B"}, {"vervolg", "afronden"}}});
    y.push_back({.id = 5, .kind = Kind::kWerkplan, .team_id = 7, .status = "vastgesteld"});
    y.push_back({.id = 6,
                 .kind = Kind::kActiviteit,
                 .team_id = 7,
                 .parent_id = 5,
                 .status = "uitgevoerd",
                 .due = "2026-11",
                 .fields = {{"wat", "meeloopdag"},
                            {"doel", "3"},
                            {"status", "uitgevoerd"},
                            {"toelichting", "goed"}}});
    y.push_back({.id = 8,
                 .kind = Kind::kActiviteit,
                 .team_id = 7,
                 .parent_id = 5,
                 .fields = {{"wat", "oud"}, {"vervolg", "stoppen"}}});
    y.push_back({.id = 9,
                 .kind = Kind::kActiviteit,
                 .team_id = 7,
                 .parent_id = 5,
                 .fields = {{"wat", "voor B"}, {"doel", "4"}}});
    y.push_back({.id = 10,
                 .kind = Kind::kEvaluatie,
                 .team_id = 7,
                 .fields = {{"bijstellingen", "meer ouders"}}});
    y.push_back({.id = 11, .kind = Kind::kEvaluatie, .fields = {{"bijstellingen", "scherper"}}});
    y.push_back({.id = 12, .kind = Kind::kLeiderschap, .fields = {{"datum", "2026-10-01"}}});
    y.push_back({.id = 13, .kind = Kind::kTaak, .fields = {{"taak", "x"}}});
    return y;
}

TEST(QualityRollOver, CopiesPlansWithTheAdjustmentsApplied) {
    const auto copies = RollOver(LastYear());
    std::vector<int64_t> sources;
    for (const auto& c : copies) sources.push_back(c.source_id);
    // Referenced records first; goal B (afronden), the stopped activity, evaluations and the
    // leiderschapsgesprek are not copied.
    EXPECT_EQ(sources, (std::vector<int64_t>{1, 2, 3, 5, 6, 9, 13}));
    EXPECT_EQ(copies[0].record.status, "vastgesteld");  // the visie stays adopted
    EXPECT_EQ(copies[1].record.status, "concept");
    EXPECT_EQ(FieldOf(copies[1].record.fields, "vorig_jaar"), "scherper");
    const Record& goal = copies[2].record;
    EXPECT_EQ(FieldOf(goal.fields, "nulmeting"), "62%");
    EXPECT_EQ(FieldOf(goal.fields, "deadline"), "2028-02-28");
    EXPECT_TRUE(FieldOf(goal.fields, "resultaat").empty());
    EXPECT_TRUE(FieldOf(goal.fields, "oordeel").empty());
    EXPECT_EQ(copies[3].record.status, "concept");
    EXPECT_EQ(FieldOf(copies[3].record.fields, "vorig_jaar"), "meer ouders");
    const Record& act = copies[4].record;
    EXPECT_EQ(act.status, "gepland");
    EXPECT_EQ(act.due, "2027-11");
    EXPECT_TRUE(FieldOf(act.fields, "toelichting").empty());
}

TEST(QualityRollOver, RebaseMapsReferencesAndClearsThoseNotCopied) {
    auto copies = RollOver(LastYear());
    const std::map<int64_t, int64_t> ids = {{3, 103}, {5, 105}};
    Record act = copies[4].record;
    Rebase(act, ids);
    EXPECT_EQ(act.parent_id, 105);
    EXPECT_EQ(FieldOf(act.fields, "doel"), "103");
    Record orphan = copies[5].record;  // served goal B, which was completed
    Rebase(orphan, ids);
    EXPECT_TRUE(FieldOf(orphan.fields, "doel").empty());
    EXPECT_EQ(ShiftMonth("2026-12", 1), "2027-01");
    EXPECT_EQ(ShiftMonth("2026-1", 1), "");
}

TEST(QualityAccess, ATeamMentorEditsOnlyTheirTeamsWerkplan) {
    Principal mentor{1, "M", "m@x", {{Role::kMentor, 10, std::nullopt, "S", 7}}};
    EXPECT_TRUE(Allowed(&mentor, Permission::kEditWerkplan, Target::Team(10, 7)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kEditWerkplan, Target::Team(10, 8)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kEditWerkplan, Target::Team(11, 7)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kAdoptWerkplan, Target::Team(10, 7)));
    EXPECT_FALSE(Allowed(&mentor, Permission::kEditQuality, Target::School(10)));
    Principal decaan{2, "D", "d@x", {{Role::kDecaan, 10, std::nullopt, "S", std::nullopt}}};
    EXPECT_TRUE(Allowed(&decaan, Permission::kEditWerkplan, Target::Team(10, 8)));
    EXPECT_FALSE(Allowed(&decaan, Permission::kAdoptQuality, Target::School(10)));
    Principal regio{3, "R", "r@x", {{Role::kRegiocoordinator, std::nullopt, 1, "R", {}}}};
    EXPECT_FALSE(Allowed(&regio, Permission::kViewQuality, Target::School(10)));
    EXPECT_FALSE(Allowed(nullptr, Permission::kEditWerkplan, Target::Team(10, 7)));
}

}  // namespace
}  // namespace koers::core
