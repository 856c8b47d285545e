#include "platform/web/render/form_field.hpp"

#include "platform/web/render/shapes.hpp"

namespace koers::web {

View FieldView(std::string_view name, std::string_view label, std::string value, FieldKind kind,
               int maxlength, bool required, const core::Validation& v, std::string_view help) {
    View f = Object();
    f.set("name", std::string(name));
    f.set("label", std::string(label));
    f.set("value", std::move(value));
    f.set("maxlength", std::to_string(maxlength));
    f.set("required", required);
    f.set("help", std::string(help));
    const std::string error = v.For(name);
    std::string describedby = help.empty() ? "" : std::string(name) + "-uitleg";
    if (!error.empty())
        describedby += (describedby.empty() ? "" : " ") + std::string(name) + "-fout";
    f.set("describedby", std::move(describedby));
    f.set("error", error);
    f.set("line", kind == FieldKind::kLine);
    f.set("email", kind == FieldKind::kEmail);
    f.set("date", kind == FieldKind::kDate);
    f.set("datetime", kind == FieldKind::kDateTime);
    f.set("number", kind == FieldKind::kNumber);
    f.set("text", kind == FieldKind::kText);
    f.set("choice", kind == FieldKind::kChoice);
    f.set("checks", kind == FieldKind::kChecks);
    f.set("file", kind == FieldKind::kFile);
    f.set("options", ViewList{});
    return f;
}

View CheckOption(std::string_view name, const std::string& value, std::string label, bool chosen) {
    View option = ChoiceView(value, std::move(label), chosen);
    option.set("id", std::string(name) + "-" + value);
    option.set("name", std::string(name));
    return option;
}

}  // namespace koers::web
