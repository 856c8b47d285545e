#include "platform/core/records/form.hpp"

#include <algorithm>

#include "platform/core/common/dates.hpp"
#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

bool IsMonth(std::string_view s) {
    if (s.size() != 7 || s[4] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6})
        if (s[i] < '0' || s[i] > '9') return false;
    return ParseInt(s.substr(0, 4), 2000, 2100) && ParseInt(s.substr(5, 2), 1, 12);
}

bool IsDate(std::string_view s) {
    return s.size() == 10 && IsMonth(s.substr(0, 7)) && ParseLocalInput(s).has_value();
}

bool Offered(const FieldSpec& f, std::string_view code) {
    return std::any_of(f.options.begin(), f.options.end(),
                       [&](const Option& o) { return o.code == code; });
}

}  // namespace

FieldSpec Line(std::string name, std::string label, std::string help) {
    return {std::move(name), std::move(label), std::move(help), FieldType::kLine, {}, false};
}
FieldSpec Text(std::string name, std::string label, std::string help) {
    return {std::move(name), std::move(label), std::move(help), FieldType::kText, {}, false};
}
FieldSpec Typed(FieldType type, std::string name, std::string label, std::string help,
                std::vector<Option> options) {
    return {std::move(name), std::move(label), std::move(help), type, std::move(options), false};
}
FieldSpec Required(FieldSpec f) {
    f.required = true;
    return f;
}

FieldSpec* Form::Find(std::string_view name) {
    for (auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

const FieldSpec* Form::Find(std::string_view name) const {
    for (const auto& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

Fields Normalise(const Form& form, const std::vector<std::pair<std::string, std::string>>& posted) {
    Fields out;
    for (const auto& f : form.fields) {
        if (f.type == FieldType::kChoices) {
            std::string joined;
            for (const auto& o : f.options) {
                const bool chosen = std::any_of(posted.begin(), posted.end(), [&](const auto& p) {
                    return p.first == f.name && p.second == o.code;
                });
                if (!chosen) continue;
                if (!joined.empty()) joined += ',';
                joined += o.code;
            }
            // A code that is not offered is kept, so Validate can refuse it.
            for (const auto& [name, value] : posted)
                if (name == f.name && !value.empty() && !Offered(f, value)) joined += "," + value;
            if (!joined.empty()) out[f.name] = joined;
            continue;
        }
        for (const auto& [name, value] : posted) {
            if (name != f.name) continue;
            std::string text;
            for (char c : Trim(value))
                if (c != '\r') text += c;
            if (!text.empty()) out[f.name] = std::move(text);
            break;
        }
    }
    return out;
}

Fields WithAdditions(const Form& form, Fields stored, const Fields& additions) {
    for (const auto& f : form.fields) {
        const std::string_view add = FieldOf(additions, f.name);
        if (add.empty()) continue;
        if (f.type == FieldType::kText) {
            std::string& value = stored[f.name];
            if (value.find(add) == std::string::npos)
                value += (value.empty() ? "" : "\n\n") + std::string(add);
        } else if (f.type == FieldType::kChoices) {
            // The options chosen before or proposed now, in the order of the form; a stored code
            // the form no longer offers stays, as it was.
            const auto before = SplitChoices(FieldOf(stored, f.name));
            const auto proposed = SplitChoices(add);
            auto in = [](const std::vector<std::string>& codes, const std::string& code) {
                return std::find(codes.begin(), codes.end(), code) != codes.end();
            };
            std::string joined;
            for (const auto& o : f.options)
                if (in(before, o.code) || in(proposed, o.code))
                    joined += (joined.empty() ? "" : ",") + o.code;
            for (const auto& code : before)
                if (!Offered(f, code)) joined += (joined.empty() ? "" : ",") + code;
            stored[f.name] = joined;
        }
    }
    return stored;
}

Validation Validate(const Form& form, const Fields& fields) {
    Validation v;
    for (const auto& f : form.fields) {
        const std::string_view value = FieldOf(fields, f.name);
        if (value.empty()) {
            if (f.required) v.Add(f.name, "Vul “" + f.label + "” in.");
            continue;
        }
        const bool multiline = f.type == FieldType::kText;
        if (value.size() > (multiline ? kMaxTextLength : kMaxLineLength)) {
            v.Add(f.name, "“" + f.label + "” is te lang (hoogstens " +
                              std::to_string(multiline ? kMaxTextLength : kMaxLineLength) +
                              " tekens).");
        } else if (!IsCleanText(value, multiline)) {
            v.Add(f.name, "“" + f.label + "” bevat tekens die niet zijn toegestaan.");
        } else if (f.type == FieldType::kDate && !IsDate(value)) {
            v.Add(f.name, "“" + f.label + "” is geen geldige datum (jjjj-mm-dd).");
        } else if (f.type == FieldType::kMonth && !IsMonth(value)) {
            v.Add(f.name, "“" + f.label + "” is geen geldige maand (jjjj-mm).");
        } else if (f.type == FieldType::kChoice && !Offered(f, value)) {
            v.Add(f.name, "Kies bij “" + f.label + "” een van de mogelijkheden.");
        } else if (f.type == FieldType::kChoices) {
            for (const auto& code : SplitChoices(value)) {
                if (Offered(f, code)) continue;
                v.Add(f.name, "Kies bij “" + f.label + "” alleen uit de mogelijkheden.");
                break;
            }
        }
    }
    return v;
}

std::string OptionLabel(const FieldSpec& field, std::string_view code) {
    for (const auto& o : field.options)
        if (o.code == code) return o.label;
    return std::string(code);
}

std::string DisplayValue(const FieldSpec& field, std::string_view value) {
    if (field.type == FieldType::kDate || field.type == FieldType::kMonth)
        return FormatIsoDateLong(value);
    if (field.type != FieldType::kChoice && field.type != FieldType::kChoices)
        return std::string(value);
    std::string out;
    for (const auto& code : SplitChoices(value)) {
        if (!out.empty()) out += ", ";
        out += OptionLabel(field, code);
    }
    return out;
}

std::vector<FieldChange> Changes(const Form& form, const Fields& before, const Fields& after) {
    std::vector<FieldChange> out;
    for (const auto& f : form.fields) {
        const auto a = FieldOf(before, f.name);
        const auto b = FieldOf(after, f.name);
        if (a != b) out.push_back({f.label, DisplayValue(f, a), DisplayValue(f, b)});
    }
    Fields unknown;
    for (const auto* side : {&before, &after})
        for (const auto& [name, value] : *side)
            if (form.Find(name) == nullptr) unknown[name];
    for (const auto& [name, ignored] : unknown) {
        const auto a = FieldOf(before, name);
        const auto b = FieldOf(after, name);
        if (a != b) out.push_back({name, std::string(a), std::string(b)});
    }
    return out;
}

}  // namespace koers::core
