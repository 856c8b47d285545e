#include "modules/curriculum/web/assignment_view.hpp"

#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::web {
namespace {

using namespace curriculum_paths;

constexpr std::pair<std::string_view, std::string_view> kSections[] = {
    {"wat", "Wat de leerling doet"},
    {"waarom", "Waarom"},
    {"opbrengst", "Voor het loopbaandossier"},
    {"benodigdheden", "Benodigdheden"},
};

constexpr std::string_view kFacts[] = {"sectoren",     "niveaus",   "leerjaren",
                                       "competenties", "elementen", "setting",
                                       "duur",         "werkvorm",  "partner"};

View LicenceView(std::string_view code) {
    View v = Object();
    const core::Licence* l = core::LicenceOf(code);
    v.set("label", l ? std::string(l->label) : std::string(code));
    v.set("says", l ? std::string(l->says) : std::string());
    v.set("url", l ? std::string(l->url) : std::string());
    return v;
}

}  // namespace

View AssignmentView(const storage::StoredAssignment& a, std::optional<int64_t> school,
                    bool original_visible) {
    const core::Form& form = core::AssignmentForm();
    View v = Object();
    v.set("title", a.title());
    v.set("school", a.school);
    v.set("shared", a.shared());
    v.set("licence", a.shared() ? LicenceView(a.licence) : View());
    if (!a.origin_school.empty()) {
        View origin = Object();
        origin.set("title", a.origin_title);
        origin.set("school", a.origin_school);
        origin.set("licence", LicenceView(a.origin_licence));
        std::string href;
        if (original_visible && a.origin_id)
            href = school ? kAssignment.With(*school, *a.origin_id)
                          : kPublicAssignment.With(*a.origin_id);
        origin.set("href", std::move(href));
        v.set("origin", std::move(origin));
    }
    ViewList sections;
    for (const auto& [field, heading] : kSections) {
        const auto text = core::FieldOf(a.fields, field);
        if (text.empty()) continue;
        View s = Object();
        s.set("heading", std::string(heading));
        s.set("text", std::string(text));
        sections.push_back(std::move(s));
    }
    v.set("sections", std::move(sections));
    ViewList steps;
    for (auto& step : core::AssignmentSteps(core::FieldOf(a.fields, "stappen")))
        steps.emplace_back(std::move(step));
    v.set("steps", std::move(steps));
    v.set("terugblik", std::string(core::FieldOf(a.fields, "terugblik")));
    ViewList facts;
    for (const auto field : kFacts) {
        const auto value = core::FieldOf(a.fields, field);
        if (value.empty()) continue;
        const core::FieldSpec* spec = form.Find(field);
        View f = Object();
        f.set("label", spec->label);
        f.set("value", core::DisplayValue(*spec, value));
        facts.push_back(std::move(f));
    }
    v.set("facts", std::move(facts));
    v.set("updated", core::FormatDateLong(a.updated_at));
    return v;
}

}  // namespace koers::web
