#include "modules/quality/core/record.hpp"

#include <array>
#include <utility>

#include "modules/quality/core/tasks.hpp"

namespace koers::core {
namespace {

struct KindInfo {
    Kind kind;
    std::string_view code;
    std::string_view label;
};

constexpr std::array<KindInfo, 8> kKinds = {{
    {Kind::kVisie, "visie", "LOB-visie"},
    {Kind::kBeleid, "beleid", "LOB-beleid"},
    {Kind::kDoel, "doel", "Doel"},
    {Kind::kWerkplan, "werkplan", "Werkplan"},
    {Kind::kActiviteit, "activiteit", "Activiteit"},
    {Kind::kEvaluatie, "evaluatie", "Evaluatie"},
    {Kind::kLeiderschap, "leiderschap", "Leiderschapsgesprek"},
    {Kind::kTaak, "taak", "LOB-taak"},
}};

const KindInfo& Info(Kind kind) {
    for (const auto& k : kKinds)
        if (k.kind == kind) return k;
    return kKinds[0];
}

}  // namespace

std::string_view KindCode(Kind kind) { return Info(kind).code; }
std::string_view KindLabel(Kind kind) { return Info(kind).label; }

std::optional<Kind> KindFromCode(std::string_view code) {
    for (const auto& k : kKinds)
        if (k.code == code) return k.kind;
    return std::nullopt;
}

bool ApplyEdit(Record& record, Fields fields) {
    const bool changed = record.fields != fields;
    record.fields = std::move(fields);
    if (record.kind == Kind::kActiviteit) {
        const auto status = FieldOf(record.fields, "status");
        record.status = std::string(status.empty() ? kGepland : status);
        record.due = std::string(FieldOf(record.fields, "maand"));
    }
    const bool document = record.kind == Kind::kVisie || record.kind == Kind::kBeleid ||
                          record.kind == Kind::kWerkplan;
    if (document && record.status.empty()) record.status = std::string(kDraft);
    if (document && changed && record.status == kVastgesteld) {
        record.status = std::string(kDraft);
        record.status_at = 0;
        record.status_by.clear();
    }
    return changed;
}

std::vector<Record> StarterMatrix(std::optional<int64_t> team_id) {
    std::vector<Record> out;
    int position = 0;
    for (const auto& task : StarterTasks()) {
        Record r;
        r.kind = Kind::kTaak;
        r.team_id = team_id;
        r.position = ++position;
        r.fields = StarterTaskFields(task);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace koers::core
