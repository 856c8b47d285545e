#include "modules/quality/core/rollover.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

constexpr std::array<Kind, 6> kCopyOrder = {Kind::kVisie,    Kind::kBeleid,     Kind::kDoel,
                                            Kind::kWerkplan, Kind::kActiviteit, Kind::kTaak};

std::string ShiftDateYear(const std::string& date) {
    if (date.size() != 10) return date;
    const std::string shifted = ShiftMonth(date.substr(0, 7), 12);
    if (shifted.empty()) return date;
    std::string day = date.substr(8);
    if (day == "29" && shifted.substr(5) == "02") day = "28";
    return shifted + "-" + day;
}

void Erase(Fields& f, std::initializer_list<std::string_view> names) {
    for (auto name : names) {
        auto it = f.find(name);
        if (it != f.end()) f.erase(it);
    }
}

std::string Adjustments(const std::vector<Record>& year, std::optional<int64_t> team) {
    for (const auto& r : year)
        if (r.kind == Kind::kEvaluatie && r.team_id == team)
            return std::string(FieldOf(r.fields, "bijstellingen"));
    return {};
}

std::optional<Record> Next(const Record& r, const std::vector<Record>& year) {
    Record n = r;
    n.id = 0;
    switch (r.kind) {
        case Kind::kVisie:
        case Kind::kTaak:
            return n;
        case Kind::kBeleid:
        case Kind::kWerkplan: {
            n.status = std::string(kDraft);
            n.status_at = 0;
            n.status_by.clear();
            const std::string adjustments = Adjustments(year, r.team_id);
            if (adjustments.empty()) {
                Erase(n.fields, {"vorig_jaar"});
            } else {
                n.fields["vorig_jaar"] = adjustments;
            }
            return n;
        }
        case Kind::kDoel: {
            if (FieldOf(r.fields, "vervolg") == "afronden") return std::nullopt;
            if (const auto result = FieldOf(r.fields, "resultaat"); !result.empty())
                n.fields["nulmeting"] = std::string(result);
            if (const auto deadline = FieldOf(r.fields, "deadline"); !deadline.empty())
                n.fields["deadline"] = ShiftDateYear(std::string(deadline));
            Erase(n.fields, {"resultaat", "oordeel", "vervolg"});
            return n;
        }
        case Kind::kActiviteit: {
            if (FieldOf(r.fields, "vervolg") == "stoppen") return std::nullopt;
            n.status = std::string(kGepland);
            n.fields["status"] = std::string(kGepland);
            if (!r.due.empty()) {
                n.due = ShiftMonth(r.due, 12);
                n.fields["maand"] = n.due;
            }
            Erase(n.fields, {"toelichting", "vervolg"});
            return n;
        }
        case Kind::kEvaluatie:
        case Kind::kLeiderschap:
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::string ShiftMonth(std::string_view month, int months) {
    if (month.size() != 7 || month[4] != '-') return {};
    int year = 0, mon = 0;
    if (std::sscanf(std::string(month).c_str(), "%4d-%2d", &year, &mon) != 2) return {};
    if (mon < 1 || mon > 12) return {};
    const int total = year * 12 + (mon - 1) + months;
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d", total / 12, total % 12 + 1);
    return out;
}

std::vector<RecordCopy> RollOver(const std::vector<Record>& year) {
    std::vector<RecordCopy> out;
    out.reserve(year.size());
    for (Kind kind : kCopyOrder) {
        std::vector<const Record*> of_kind;
        for (const auto& r : year)
            if (r.kind == kind) of_kind.push_back(&r);
        std::stable_sort(of_kind.begin(), of_kind.end(), [](const Record* a, const Record* b) {
            return a->position != b->position ? a->position < b->position : a->id < b->id;
        });
        for (const Record* r : of_kind)
            if (auto next = Next(*r, year)) out.push_back({r->id, std::move(*next)});
    }
    return out;
}

void Rebase(Record& record, const std::map<int64_t, int64_t>& new_ids) {
    if (record.parent_id) {
        auto it = new_ids.find(*record.parent_id);
        record.parent_id = it == new_ids.end() ? std::nullopt : std::optional(it->second);
    }
    auto goal = record.fields.find("doel");
    if (goal == record.fields.end()) return;
    auto it = new_ids.find(ParseInt(goal->second).value_or(0));
    if (it == new_ids.end()) {
        record.fields.erase(goal);
    } else {
        goal->second = std::to_string(it->second);
    }
}

}  // namespace koers::core
