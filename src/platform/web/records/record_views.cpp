#include "platform/web/records/record_views.hpp"

#include <algorithm>
#include <limits>

#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/records/fields.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

ViewList FieldViews(const core::Form& form, const core::Fields& values,
                    const core::Validation& errors) {
    ViewList out;
    for (const auto& f : form.fields) {
        const auto value = core::FieldOf(values, f.name);
        View item = Object();
        item.set("name", f.name);
        item.set("label", f.label);
        // A month field says how to write it (where a browser shows a plain text box):
        // `placeholder` is not allowed on type="month".
        const std::string help = f.type == core::FieldType::kMonth
                                     ? f.help + (f.help.empty() ? "" : " ") +
                                           "Schrijf de maand als jjjj-mm, bijvoorbeeld 2027-06."
                                     : f.help;
        item.set("help", help);
        item.set("value", std::string(value));
        item.set("required", f.required);
        const std::string error = errors.For(f.name);
        std::string described = help.empty() ? "" : "f-" + f.name + "-uitleg";
        if (!error.empty()) described += (described.empty() ? "" : " ") + ("f-" + f.name + "-fout");
        item.set("describedby", described);
        item.set("error", error);
        item.set("line", f.type == core::FieldType::kLine);
        item.set("text", f.type == core::FieldType::kText);
        item.set("date", f.type == core::FieldType::kDate);
        item.set("month", f.type == core::FieldType::kMonth);
        item.set("choice", f.type == core::FieldType::kChoice);
        item.set("choices", f.type == core::FieldType::kChoices);
        item.set("maxlength",
                 std::to_string(f.type == core::FieldType::kText ? core::kMaxTextLength
                                                                 : core::kMaxLineLength));
        const auto chosen = core::SplitChoices(value);
        ViewList options;
        for (const auto& o : f.options) {
            View opt = ChoiceView(o.code, o.label,
                                  std::find(chosen.begin(), chosen.end(), o.code) != chosen.end());
            opt.set("id", f.name + "-" + o.code);
            opt.set("name", f.name);  // set, so that an option never reads its field's by accident
            options.push_back(std::move(opt));
        }
        item.set("has_options", !options.empty());
        item.set("options", std::move(options));
        out.push_back(std::move(item));
    }
    return out;
}

void AddFieldErrors(View& view, const core::Form& form, const core::Validation& errors) {
    AddErrors(view, errors, [&form](std::string_view field) {
        return form.Find(field) ? "f-" + std::string(field) : std::string(field);
    });
}

ViewList ReadViews(const core::Form& form, const core::Fields& values) {
    ViewList out;
    for (const auto& f : form.fields) {
        const auto value = core::FieldOf(values, f.name);
        if (value.empty()) continue;
        View item = Object();
        item.set("label", f.label);
        item.set("value", core::DisplayValue(f, value));
        out.push_back(std::move(item));
    }
    return out;
}

ViewList ChangeViews(const std::vector<core::FieldChange>& changes) {
    ViewList out;
    for (const auto& c : changes) {
        View item = Object();
        item.set("label", c.label);
        item.set("before", c.before);
        item.set("after", c.after);
        out.push_back(std::move(item));
    }
    return out;
}

View ConflictView(const std::string& message, const std::vector<core::FieldChange>& changes,
                  const std::string& yours) {
    View conflict = Object();
    conflict.set("message", message);
    conflict.set("yours", yours);
    ViewList rows;
    for (const auto& c : changes) {
        View item = Object();
        item.set("label", c.label);
        item.set("before", c.before.empty() ? "(leeg)" : c.before);
        item.set("after", c.after.empty() ? "(leeg)" : c.after);
        rows.push_back(std::move(item));
    }
    conflict.set("changes", std::move(rows));
    return conflict;
}

int PostedVersion(const Ctx& ctx) {
    const auto version = core::ParseInt(ctx.Field("version"), 1, std::numeric_limits<int>::max());
    if (!version)
        throw core::InvalidInput("Het formulier is onvolledig verstuurd. Laad de pagina opnieuw.");
    return static_cast<int>(*version);
}

}  // namespace koers::web
